package org.newsgraph.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.lang.DataFile;

/**
 * The readable text of a saved web page: the longest {@code <article>}, else the {@code <body>}, without
 * scripts, styles and page furniture (nav, header, footer, aside, forms); block elements become paragraph
 * breaks and character references are decoded. A small tag scanner, not a full HTML parser.
 */
final class HtmlText {

    private static final Pattern DOCTYPE = Pattern.compile("(?is)\\A\\s*(<!doctype\\s+html|<html[\\s>]|<\\?xml[^>]*>\\s*<html)");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*>|<!--.*?-->|<!\\[CDATA\\[.*?]]>|<![^>]*>|<\\?[^>]*>",
            Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?");
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "svg", "nav", "aside",
            "form", "iframe", "footer", "button", "select", "head", "object", "canvas");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "section", "article", "blockquote", "table", "tr", "main", "header", "figure", "figcaption", "dd", "dt",
            "dl", "pre", "hr", "address", "body", "td", "th");
    private static final Map<String, String> ENTITIES = loadEntities();

    private HtmlText() {
    }

    /** True for a page that declares itself HTML, or whose characters are mostly markup. */
    static boolean isHtml(String text) {
        if (DOCTYPE.matcher(text).lookingAt()) {
            return true;
        }
        Matcher m = TAG.matcher(text);
        int tags = 0;
        int markup = 0;
        while (m.find()) {
            tags++;
            markup += m.end() - m.start();
        }
        return tags >= 5 && markup * 2 > text.strip().length();
    }

    /** The page's article text, paragraphs separated by blank lines. */
    static String extract(String html) {
        String region = region(html);
        boolean inArticle = !region.equals(html) && region.regionMatches(true, 0, "<article", 0, 8);
        StringBuilder out = new StringBuilder();
        Matcher m = TAG.matcher(region);
        int pos = 0;
        String skipping = null;
        int depth = 0;
        while (m.find()) {
            String name = m.group(2) == null ? null : m.group(2).toLowerCase(Locale.ROOT);
            boolean closing = m.group(1) != null && !m.group(1).isEmpty();
            if (skipping == null) {
                out.append(decodeText(region.substring(pos, m.start())));
            }
            pos = m.end();
            if (name == null) {
                continue;
            }
            if (skipping != null) {
                if (name.equals(skipping)) {
                    depth += closing ? -1 : selfClosing(m.group()) ? 0 : 1;
                    if (depth == 0) {
                        skipping = null;
                    }
                }
                continue;
            }
            if (!closing && !selfClosing(m.group())
                    && (DROPPED.contains(name) || name.equals("header") && !inArticle)) {
                skipping = name;
                depth = 1;
            } else if (name.equals("br")) {
                out.append('\n');
            } else if (BLOCKS.contains(name)) {
                out.append("\n\n");
            }
        }
        if (skipping == null) {
            out.append(decodeText(region.substring(pos)));
        }
        return tidy(out.toString());
    }

    /** The longest article element, else the body, else the whole page. */
    private static String region(String html) {
        String best = null;
        String lower = html.toLowerCase(Locale.ROOT);
        int from = 0;
        while (true) {
            int start = lower.indexOf("<article", from);
            if (start < 0) {
                break;
            }
            int end = lower.indexOf("</article", start);
            if (end < 0) {
                end = html.length();
            }
            String candidate = html.substring(start, end);
            if (best == null || candidate.length() > best.length()) {
                best = candidate;
            }
            from = end + 1;
            if (from >= html.length()) {
                break;
            }
        }
        if (best != null) {
            return best;
        }
        int body = lower.indexOf("<body");
        if (body >= 0) {
            int end = lower.indexOf("</body", body);
            return html.substring(body, end < 0 ? html.length() : end);
        }
        return html;
    }

    private static boolean selfClosing(String tag) {
        return tag.endsWith("/>");
    }

    /** Text between tags: white space collapses as a browser collapses it, references are decoded. */
    private static String decodeText(String raw) {
        String collapsed = raw.replaceAll("\\s+", " ");
        Matcher m = ENTITY.matcher(collapsed);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(reference(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String reference(String body, String whole) {
        try {
            if (body.startsWith("#x") || body.startsWith("#X")) {
                return codepoint(Integer.parseInt(body.substring(2), 16), whole);
            }
            if (body.startsWith("#")) {
                return codepoint(Integer.parseInt(body.substring(1)), whole);
            }
        } catch (NumberFormatException e) {
            return whole;
        }
        return ENTITIES.getOrDefault(body, whole);
    }

    private static String codepoint(int cp, String whole) {
        if (cp == 0 || !Character.isValidCodePoint(cp) || cp >= 0xD800 && cp <= 0xDFFF) {
            return " ";
        }
        return new String(Character.toChars(cp));
    }

    /** Each line stripped, runs of spaces collapsed, at most one blank line between paragraphs. */
    private static String tidy(String text) {
        StringBuilder out = new StringBuilder();
        int blank = 0;
        for (String line : text.split("\n", -1)) {
            String l = line.replace('\u00A0', ' ').replaceAll(" {2,}", " ").strip();
            if (l.isEmpty()) {
                blank++;
                continue;
            }
            if (!out.isEmpty()) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            out.append(l);
            blank = 0;
        }
        return out.toString();
    }

    private static Map<String, String> loadEntities() {
        Map<String, String> map = new HashMap<>();
        for (List<String> row : DataFile.rows("html/entities.tsv")) {
            map.put(row.get(0), new String(Character.toChars(Integer.parseInt(row.get(1), 16))));
        }
        return Map.copyOf(map);
    }
}
