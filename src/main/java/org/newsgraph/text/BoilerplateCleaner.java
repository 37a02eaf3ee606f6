package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.document.Span;
import org.newsgraph.lang.DataFile;
import org.newsgraph.lang.Language;

/**
 * Removes what a scraper keeps besides the article (advertising slots, share buttons, related headlines,
 * comment forms, cookie notices, section labels, credits) by the line patterns of {@code it/boilerplate.tsv},
 * and finds the headline. Line breaks stay as they were; where chrome or a blank line separated two lines,
 * a blank line does.
 * <p>Example: "Esteri\nKim riceve Shoigu a Pyongyang\n- Advertisement -\nIl leader nordcoreano…" becomes
 * "Kim riceve Shoigu a Pyongyang\n\nIl leader nordcoreano…" with the first paragraph as headline.
 */
public final class BoilerplateCleaner {

    /** Longest line still taken for a title. */
    private static final int TITLE_MAX_CHARS = 200;
    private static final int TITLE_MAX_WORDS = 30;
    private static final int TITLE_MIN_WORDS = 3;
    /** A line of at most this many words and no sentence end, above the article's first prose, is a label. */
    private static final int LABEL_MAX_WORDS = 3;
    private static final int LABEL_MAX_CHARS = 60;
    /** Longer lines are article text, never chrome; the cap also bounds the work of the patterns. */
    private static final int CHROME_MAX_CHARS = 500;
    /** How much of a line's end a suffix pattern may take. */
    private static final int SUFFIX_MAX_CHARS = 120;

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    /** What a rule does not see at a line's edges: spaces, dashes, bullets, bars, and at the end also ':' and '»'. */
    private static final Pattern EDGES = Pattern.compile("^[\\s\\p{Pd}•|]+|[\\s\\p{Pd}•|:»]+$");

    private final List<Rule> rules;

    private BoilerplateCleaner(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The cleaner with a language's patterns ({@code boilerplate.tsv}). */
    public static BoilerplateCleaner of(Language language) {
        return fromData(language.code() + "/boilerplate.tsv");
    }

    /** A cleaner with the patterns of a boilerplate file under newsgraph/lang/. */
    public static BoilerplateCleaner fromData(String name) {
        List<Rule> rules = new ArrayList<>();
        for (List<String> row : DataFile.rows(name)) {
            rules.add(Rule.of(row.get(0), row.get(1), name));
        }
        return new BoilerplateCleaner(rules);
    }

    /**
     * The article without chrome, and without its publisher's name where a page glued it to the first word
     * of a paragraph ("AgenPressIl ministro…" becomes "Il ministro…").
     */
    public CleanedText clean(String text, Optional<String> publisher) {
        String unglued = publisher.filter(p -> !p.isBlank())
                .map(p -> Pattern.compile("(?m)^" + Pattern.quote(p.strip()) + "(?=\\p{Lu})").matcher(text).replaceAll(""))
                .orElse(text);
        return clean(unglued);
    }

    /** The article without chrome; the headline is the first line when it looks like a title. */
    public CleanedText clean(String text) {
        List<Line> kept = keptLines(text);
        Optional<String> headline = Optional.empty();
        int firstProse = firstProse(kept);
        List<Line> body = new ArrayList<>();
        boolean gap = false;
        for (int i = 0; i < kept.size(); i++) {
            Line line = kept.get(i);
            boolean header = i < firstProse;
            if (header && headline.isEmpty() && looksLikeTitle(line.text)) {
                headline = Optional.of(line.text);
                continue;
            }
            if (header && isLabel(line.text)
                    || headline.isPresent() && line.text.equalsIgnoreCase(headline.get())) {
                gap = true;
                continue;
            }
            body.add(gap ? new Line(line.text, true) : line);
            gap = false;
        }
        StringBuilder out = new StringBuilder();
        headline.ifPresent(out::append);
        for (Line line : body) {
            if (!out.isEmpty()) {
                out.append(line.blankBefore ? "\n\n" : "\n");
            }
            out.append(line.text);
        }
        return new CleanedText(out.toString(), headline.map(h -> new Span(0, h.length())));
    }

    /** The lines that survive the rules, each with whether a blank line preceded it. */
    private List<Line> keptLines(String text) {
        List<Line> kept = new ArrayList<>();
        boolean blank = false;
        boolean proseSeen = false;
        boolean inList = false;
        for (String raw : text.split("\\R", -1)) {
            String line = SPACES.matcher(raw).replaceAll(" ").strip();
            if (line.isEmpty()) {
                blank = true;
                continue;
            }
            line = withoutDateline(withoutSuffix(line));
            if (line.isEmpty()) {
                blank = true;
                continue;
            }
            if (inList && looksLikeListedTitle(line)) {
                continue;
            }
            inList = false;
            Rule rule = line.length() <= CHROME_MAX_CHARS ? match(line) : null;
            if (rule != null) {
                if (rule.kind == Kind.FROM_HERE_ON && proseSeen) {
                    break;
                }
                inList = rule.kind == Kind.LIST_AFTER;
                blank = true;
                continue;
            }
            kept.add(new Line(line, blank || kept.isEmpty()));
            proseSeen |= isProse(line);
            blank = false;
        }
        return kept;
    }

    /** The line without a trailing credit ("… a Pyongyang. Foto: AFP."); only its last characters are examined. */
    private String withoutSuffix(String line) {
        int from = Math.max(0, line.length() - SUFFIX_MAX_CHARS);
        String tail = line.substring(from);
        for (Rule rule : rules) {
            if (rule.kind == Kind.SUFFIX) {
                Matcher m = rule.pattern.matcher(tail);
                if (m.find()) {
                    return line.substring(0, from + m.start()).strip();
                }
            }
        }
        return line;
    }

    /**
     * The line without the dateline that opens an agency report ("KIEV, 02 OTT – L'Italia…" becomes "L'Italia…"):
     * where and when it was filed names no place of the events, and its agency is no speaker. Only a line that
     * goes on as prose loses its opening.
     */
    private String withoutDateline(String line) {
        for (Rule rule : rules) {
            if (rule.kind == Kind.DATELINE) {
                Matcher m = rule.pattern.matcher(line);
                if (m.lookingAt() && m.end() < line.length() && isProse(line.substring(m.end()))) {
                    return line.substring(m.end());
                }
            }
        }
        return line;
    }

    private Rule match(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        String bare = EDGES.matcher(lower).replaceAll("");
        for (Rule rule : rules) {
            if (rule.matches(lower, bare)) {
                return rule;
            }
        }
        return null;
    }

    private static int firstProse(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (isProse(lines.get(i).text)) {
                return i;
            }
        }
        return lines.size();
    }

    /** Running text: a sentence-ending line of some length, or a long line that is no title. */
    private static boolean isProse(String line) {
        int words = words(line);
        return !looksLikeTitle(line) && (words >= 20 || words >= 8 && endsSentence(line));
    }

    private static boolean looksLikeTitle(String line) {
        int words = words(line);
        return words >= TITLE_MIN_WORDS && words <= TITLE_MAX_WORDS && line.length() <= TITLE_MAX_CHARS
                && !line.endsWith(".") && !line.endsWith(":") && !line.endsWith(",") && !line.endsWith(";")
                && Character.isUpperCase(line.codePointAt(firstLetter(line)));
    }

    private static boolean looksLikeListedTitle(String line) {
        return words(line) <= TITLE_MAX_WORDS && line.length() <= TITLE_MAX_CHARS && !line.endsWith(".");
    }

    private static boolean isLabel(String line) {
        return words(line) <= LABEL_MAX_WORDS && line.length() <= LABEL_MAX_CHARS && !endsSentence(line);
    }

    private static boolean endsSentence(String line) {
        int i = line.length();
        while (i > 0 && SentenceSplitter.isCloser(line.charAt(i - 1))) {
            i--;
        }
        if (i == 0) {
            return false;
        }
        char last = line.charAt(i - 1);
        return last == '.' || last == '!' || last == '?' || last == '…';
    }

    private static int firstLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return i;
            }
        }
        return 0;
    }

    private static int words(String line) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < line.length(); i++) {
            boolean letter = Character.isLetterOrDigit(line.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    private record Line(String text, boolean blankBefore) {
    }

    private enum Kind {
        LINE, PREFIX, REGEX, SUFFIX, FROM_HERE_ON, LIST_AFTER, DATELINE
    }

    /** One row of the boilerplate file. */
    private record Rule(Kind kind, String text, Pattern pattern) {

        static Rule of(String kind, String pattern, String file) {
            Kind k = switch (kind) {
                case "line" -> Kind.LINE;
                case "prefix" -> Kind.PREFIX;
                case "regex" -> Kind.REGEX;
                case "suffix" -> Kind.SUFFIX;
                case "from-here-on" -> Kind.FROM_HERE_ON;
                case "list-after" -> Kind.LIST_AFTER;
                case "dateline" -> Kind.DATELINE;
                default -> throw new IllegalArgumentException(file + ": unknown kind '" + kind + "'");
            };
            String lower = pattern.toLowerCase(Locale.ROOT);
            String source = k == Kind.SUFFIX ? "(?:^|(?<=\\s))(?:" + pattern + ")$" : pattern;
            Pattern regex = k == Kind.LINE || k == Kind.PREFIX ? null
                    : k == Kind.DATELINE ? Pattern.compile(source)
                    : Pattern.compile(source, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            return new Rule(k, lower, regex);
        }

        boolean matches(String lower, String bare) {
            return switch (kind) {
                case LINE -> bare.equals(text);
                case PREFIX -> lower.startsWith(text);
                case SUFFIX, DATELINE -> false;
                default -> pattern.matcher(lower).matches();
            };
        }
    }
}
