package org.newsgraph.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A saved web page as jsoup parses it: the article's text and what the page says about it. The text is
 * JSON-LD {@code articleBody}, else the {@code <article>} with most text, else the block whose paragraphs hold
 * most text (a readability-style choice), else the body; headline, date, publisher, author, language and
 * address come from JSON-LD {@code NewsArticle}, {@code og:}/{@code article:} meta tags, {@code <html lang>}
 * and the canonical link.
 */
public record WebPage(String text, Optional<String> headline, Optional<String> published,
                      Optional<String> publisher, Optional<String> author, Optional<String> language,
                      Optional<String> canonicalUrl) {

    private static final Pattern DOCTYPE = Pattern.compile("(?is)\\A\\s*(<!doctype\\s+html|<html[\\s>]|<\\?xml[^>]*>\\s*<html)");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*>");
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
            "report", "liveblogposting");
    /** Page furniture: never article text. */
    private static final String DROPPED = "script, style, noscript, template, svg, nav, aside, form, iframe, footer, "
            + "button, select, object, canvas, [hidden], [aria-hidden=true]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "section", "article", "blockquote", "table", "tr", "main", "header", "figure", "figcaption", "dd", "dt",
            "dl", "pre", "hr", "address", "body", "td", "th");
    /** Less text than this in {@code articleBody} or an {@code <article>} is a teaser, not the article. */
    private static final int MIN_BODY_CHARS = 80;

    public WebPage {
        Objects.requireNonNull(text, "text");
    }

    /** True for a page that declares itself HTML, or whose characters are mostly markup. */
    public static boolean isHtml(String text) {
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

    /** The page's article and metadata; {@code baseUri} makes relative canonical links absolute ("" for none). */
    public static WebPage parse(String html, String baseUri) {
        Document page = Jsoup.parse(html, baseUri);
        Map<String, String> linked = linkedData(page);
        page.select(DROPPED).remove();
        Optional<String> headline = first(linked.get("headline"), meta(page, "og:title"),
                text(page.selectFirst("article h1")), text(page.selectFirst("h1")), text(page.selectFirst("title")));
        String body = Optional.ofNullable(linked.get("articleBody")).filter(b -> b.strip().length() >= MIN_BODY_CHARS)
                .map(b -> b.strip().replaceAll("[ \\t]*\\n[ \\t]*\\n\\s*", "\n\n"))
                .orElseGet(() -> blockText(mainElement(page)));
        String text = headline.filter(h -> !body.startsWith(h.strip())).map(h -> h.strip() + "\n\n" + body).orElse(body);
        return new WebPage(text, headline.map(String::strip),
                first(linked.get("datePublished"), meta(page, "article:published_time"),
                        meta(page, "og:published_time"), attr(page.selectFirst("[itemprop=datePublished]"), "content"),
                        attr(page.selectFirst("time[pubdate]"), "datetime")),
                first(linked.get("publisher"), meta(page, "og:site_name")),
                first(linked.get("author"), meta(page, "article:author"), meta(page, "author")),
                first(linked.get("inLanguage"), attr(page.selectFirst("html"), "lang"), meta(page, "og:locale"))
                        .map(WebPage::primaryLanguage),
                first(attr(page.selectFirst("link[rel=canonical]"), "abs:href"), meta(page, "og:url"),
                        linked.get("url")).filter(u -> u.startsWith("http://") || u.startsWith("https://")));
    }

    /** The text of an HTML fragment (a feed item's content, a news API's body): all of it, blocks as paragraphs. */
    public static String fragmentText(String html) {
        Document fragment = Jsoup.parseBodyFragment(html);
        fragment.select(DROPPED).remove();
        return blockText(fragment.body());
    }

    /** "it-IT", "it_IT" and "IT" are "it". */
    private static String primaryLanguage(String tag) {
        return tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    }

    /** The element whose text is the article: the fullest {@code <article>}, else the richest block of paragraphs. */
    private static Element mainElement(Document page) {
        Optional<Element> article = page.select("article").stream()
                .max(Comparator.comparingInt(e -> e.text().length()))
                .filter(e -> e.text().length() >= MIN_BODY_CHARS);
        if (article.isPresent()) {
            return article.get();
        }
        page.select("header").remove();
        Map<Element, Integer> scores = new HashMap<>();
        for (Element p : page.select("p")) {
            int chars = p.text().length() - linkChars(p);
            Element parent = p.parent();
            if (parent != null && chars > 0) {
                scores.merge(parent, chars, Integer::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), chars / 2, Integer::sum);
                }
            }
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(e -> e.getValue() >= MIN_BODY_CHARS).map(Map.Entry::getKey)
                .orElseGet(() -> page.body() == null ? page : page.body());
    }

    private static int linkChars(Element e) {
        return e.select("a").stream().mapToInt(a -> a.text().length()).sum();
    }

    /** The text of an element: blocks become paragraphs, {@code <br>} a line break, spaces collapse as a browser's. */
    private static String blockText(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText().replaceAll("\\s+", " "));
                } else if (node instanceof Element e) {
                    String name = e.normalName();
                    if (name.equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(name)) {
                        out.append("\n\n");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append("\n\n");
                }
            }
        }, root);
        return tidy(out.toString());
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

    /** The fields of the page's JSON-LD article (a {@code NewsArticle} or kin), as plain strings. */
    private static Map<String, String> linkedData(Document page) {
        Map<String, String> fields = new HashMap<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonValue json;
            try {
                json = JSON.parseAny(script.data());
            } catch (JsonException | IllegalArgumentException broken) {
                continue; // a page's broken JSON-LD is the page's problem; its other metadata still counts
            }
            for (JsonObject node : articles(json)) {
                for (String key : List.of("headline", "articleBody", "datePublished", "inLanguage", "url")) {
                    name(node.get(key)).ifPresent(v -> fields.putIfAbsent(key, v));
                }
                name(node.get("publisher")).ifPresent(v -> fields.putIfAbsent("publisher", v));
                name(node.get("author")).ifPresent(v -> fields.putIfAbsent("author", v));
                if (!fields.containsKey("url")) {
                    name(node.get("mainEntityOfPage")).ifPresent(v -> fields.put("url", v));
                }
            }
        }
        return fields;
    }

    /** The article objects in a JSON-LD value: itself, the members of an array or of its {@code @graph}. */
    private static List<JsonObject> articles(JsonValue json) {
        List<JsonObject> out = new ArrayList<>();
        if (json.isArray()) {
            json.getAsArray().forEach(v -> out.addAll(articles(v)));
        } else if (json.isObject()) {
            JsonObject o = json.getAsObject();
            if (o.hasKey("@graph")) {
                out.addAll(articles(o.get("@graph")));
            }
            if (isArticle(o.get("@type"))) {
                out.add(o);
            }
        }
        return out;
    }

    private static boolean isArticle(JsonValue type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            return type.getAsArray().stream().anyMatch(WebPage::isArticle);
        }
        return type.isString() && ARTICLE_TYPES.contains(type.getAsString().value().toLowerCase(Locale.ROOT));
    }

    /** A string, an object's {@code name} (or {@code @id}), or the names of an array's members joined by ", ". */
    private static Optional<String> name(JsonValue v) {
        if (v == null) {
            return Optional.empty();
        }
        if (v.isString()) {
            return Optional.of(v.getAsString().value()).filter(s -> !s.isBlank());
        }
        if (v.isObject()) {
            JsonObject o = v.getAsObject();
            return name(o.get("name")).or(() -> name(o.get("@id")));
        }
        if (v.isArray()) {
            JsonArray a = v.getAsArray();
            List<String> names = a.stream().map(WebPage::name).flatMap(Optional::stream).toList();
            return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
        }
        return Optional.empty();
    }

    private static Optional<String> meta(Document page, String property) {
        Element e = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return attr(e, "content");
    }

    private static Optional<String> attr(Element e, String attribute) {
        return e == null ? Optional.empty() : Optional.of(e.attr(attribute).strip()).filter(s -> !s.isEmpty());
    }

    private static Optional<String> text(Element e) {
        return e == null ? Optional.empty() : Optional.of(e.text().strip()).filter(s -> !s.isEmpty());
    }

    private static Optional<String> first(Object... candidates) {
        for (Object c : candidates) {
            if (c instanceof Optional<?> o && o.isPresent() && !o.get().toString().isBlank()) {
                return Optional.of(o.get().toString().strip());
            }
            if (c instanceof String s && !s.isBlank()) {
                return Optional.of(s.strip());
            }
        }
        return Optional.empty();
    }
}
