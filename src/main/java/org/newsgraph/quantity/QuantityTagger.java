package org.newsgraph.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsgraph.document.Annotation;
import org.newsgraph.document.Document;
import org.newsgraph.document.Quantity.Qualifier;
import org.newsgraph.document.Quantity;
import org.newsgraph.document.Span;
import org.newsgraph.lang.CaselessPattern;
import org.newsgraph.lang.CaselessPatternSet;
import org.newsgraph.lang.CaselessText;
import org.newsgraph.lang.Language;
import org.newsgraph.lang.PhrasePattern;
import org.newsgraph.pipeline.Stage;

/**
 * Finds amounts in the raw text: reads TEXT, writes QUANTITIES. "più di 10.000 soldati" gives "più di 10.000"
 * = 10000 MORE_THAN; "migliaia di truppe" gives "migliaia", THOUSANDS without a number. The span covers the
 * qualifier and the number, never the partitive "di". Years, dates, times, ordinals, percentages, decimals
 * without a multiplier, codes ("F-16") and phone-like numbers are not counts and are left alone.
 */
public final class QuantityTagger implements Stage {

    private static final String B = PhrasePattern.WORD_START;
    private static final String E = PhrasePattern.WORD_END;
    private static final int QUALIFIER_REACH = 40;
    /** How far after a number a unit or ordinal ending is looked for: a bounded window keeps long texts linear. */
    private static final int LOOK_AHEAD = 40;
    /** A regex that matches nothing: a setting without values. */
    private static final String NOTHING = "(?!)";
    private static final int APPROXIMATE = 0;
    private static final int VAGUE = 1;

    private final NumberWords words;
    private final Map<String, Qualifier> before = new HashMap<>();
    private final Map<String, Qualifier> after = new HashMap<>();
    private final Map<String, Qualifier> alone = new HashMap<>();
    private final CaselessPattern number;
    /** A percent sign, an ordinal mark or a word for per cent after a number: "40%", "3ª", "40 percent". */
    private final CaselessPattern percentOrOrdinal;
    private final String grouping;
    private final String decimal;
    private final CaselessPattern qualifierBefore;
    private final CaselessPattern qualifierAfter;
    /** {@link #APPROXIMATE}, {@link #VAGUE}, then the spans that are not counts: dates, times, phone numbers. */
    private final CaselessPatternSet spotted;

    /** The tagger of a language, with its number words, qualifiers, months and weekdays. */
    public QuantityTagger(Language language) {
        this.words = NumberWords.of(language);
        Map<String, List<String>> format = settings(language.rows("number-format.tsv"));
        Map<String, List<String>> dates = settings(language.rows("time-grammar.tsv"));
        grouping = single(format, "grouping");
        decimal = single(format, "decimal");
        for (List<String> row : language.rows("qualifiers.tsv")) {
            Qualifier q = Qualifier.valueOf(row.get(2));
            switch (row.get(1)) {
                case "before" -> before.put(key(row.get(0)), q);
                case "after" -> after.put(key(row.get(0)), q);
                case "alone" -> alone.put(key(row.get(0)), q);
                default -> throw new IllegalArgumentException("qualifiers.tsv: position must be before, after or alone: "
                        + row.get(1));
            }
        }
        String multipliers = PhrasePattern.alternation(words.forms(NumberWords.Kind.MULTIPLIER,
                NumberWords.Kind.THOUSANDS));
        String joiner = anyOf(format.getOrDefault("word-joiner", List.of()));
        number = CaselessPattern.compile(B + "(?:(?<digits>\\d{1,3}(?:" + PhrasePattern.regex(grouping) + "\\d{3})+|\\d+(?:"
                + PhrasePattern.regex(decimal) + "\\d+)?)|(?<half>" + anyOf(words.forms(NumberWords.Kind.HALF)) + ")\\s+"
                + anyOf(words.forms(NumberWords.Kind.ARTICLE)) + "(?=\\s*" + multipliers + E + ")|(?<word>\\p{L}+(?:" + joiner
                + "\\p{L}+)?['’]?))" + "(?:\\s*(?<mult>" + multipliers + ")" + E + ")?");
        String percent = anyOf(format.getOrDefault("percent", List.of()));
        percentOrOrdinal = CaselessPattern.compile("\\A(?:\\s*[%°ºª]|\\s+" + percent + E + ")");
        CaselessPattern approximate = CaselessPattern.atWordStart("(?:"
                + PhrasePattern.alternation(words.forms(NumberWords.Kind.ARTICLE)) + ")\\s*(?<approx>"
                + PhrasePattern.alternation(words.forms(NumberWords.Kind.APPROXIMATE)) + ")" + E);
        CaselessPattern vague = CaselessPattern.atWordStart("(?<vague>" + PhrasePattern.alternation(alone.keySet()) + ")" + E);
        qualifierBefore = CaselessPattern.compile(B + "(?<q>" + PhrasePattern.alternation(before.keySet(), true) + ")\\z");
        qualifierAfter = CaselessPattern.compile("\\A\\s+(?<q>" + PhrasePattern.alternation(after.keySet()) + ")" + E);

        String month = PhrasePattern.alternation(language.rows("months.tsv").stream()
                .flatMap(r -> Stream.concat(Stream.of(r.get(0)), Stream.of(r.get(2).split(",")).filter(a -> !a.isBlank()))).toList());
        String weekday = PhrasePattern.alternation(language.rows("weekdays.tsv").stream().map(r -> r.get(0)).toList());
        String day = "\\d{1,2}(?:\\s*" + anyOf(dates.getOrDefault("day-suffix", List.of())) + ")?";
        String range = "\\s*" + anyOf(dates.getOrDefault("range-joiner", List.of())) + "\\s*(?:"
                + anyOf(dates.getOrDefault("range-article", List.of()), true) + ")?";
        List<String> orders = dates.getOrDefault("order", List.of());
        List<CaselessPattern> patterns = new ArrayList<>(List.of(approximate, vague,
                CaselessPattern.compile("(?<![\\d.,])\\d{4}-\\d{1,2}-\\d{1,2}(?!\\d)"),
                CaselessPattern.compile("(?<![\\d.,/])\\d{1,2}([/.-])\\d{1,2}\\1\\d{2,4}(?![\\d])"),
                CaselessPattern.compile("(?<![\\d.,])\\d{1,2}:\\d{2}(?!\\d)"),
                CaselessPattern.atWordStart(weekday + "\\s+\\d{1,2}" + E),
                CaselessPattern.atWordStart(month + "\\s+\\d{4}" + E),
                CaselessPattern.compile("\\+\\d[\\d\\s./-]{6,}\\d"),
                CaselessPattern.compile("(?<![\\d.,])0\\d{1,3}(?:[\\s./-]?\\d{2,4}){2,}(?!\\d)"),
                CaselessPattern.compile("\\d{8,}"),
                CaselessPattern.atWordStart(percent + E)));
        if (orders.contains("day month")) {
            patterns.add(CaselessPattern.atWordStart(day + "\\s+" + month + E));
            patterns.add(CaselessPattern.atWordStart(day + range + day + "\\s+" + month + E));
        }
        if (orders.contains("month day")) {
            patterns.add(CaselessPattern.atWordStart(month + "\\s+" + day + "(?:" + range + day + ")?" + E));
        }
        spotted = CaselessPatternSet.of(patterns);
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TEXT);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.QUANTITIES);
    }

    @Override
    public Document apply(Document document) {
        return document.withQuantities(find(document.text()));
    }

    /** The amounts of {@code text} in order, leftmost-longest, none overlapping. */
    public List<Quantity> find(String text) {
        CaselessText caseless = CaselessText.of(text);
        BitSet masked = new BitSet(text.length()); // characters of dates, times, phone numbers: no count starts there
        List<Quantity> approximations = new ArrayList<>();
        List<Quantity> vagueAmounts = new ArrayList<>();
        spotted.forEachMatch(caseless, (i, m) -> {
            if (i == APPROXIMATE) {
                qualified(caseless, new Span(m.start(), m.end()), words.approximate(m.group("approx")), Qualifier.ABOUT, false)
                        .ifPresent(approximations::add);
            } else if (i == VAGUE) {
                vagueAmounts.add(new Quantity(new Span(m.start(), m.end()), OptionalLong.empty(), alone.get(key(m.group("vague")))));
            } else {
                masked.set(m.start(), m.end());
            }
        });
        List<Quantity> candidates = new ArrayList<>();
        Matcher m = number.matcher(caseless);
        while (m.find()) {
            Span core = new Span(m.start(), m.end());
            if (masked.nextSetBit(core.begin()) < 0 || masked.nextSetBit(core.begin()) >= core.end()) {
                OptionalLong value = value(m, caseless);
                if (value.isPresent()) {
                    qualified(caseless, core, value, Qualifier.EXACTLY, isYear(m)).ifPresent(candidates::add);
                }
            }
        }
        candidates.addAll(approximations);
        candidates.addAll(vagueAmounts);
        candidates.sort(Comparator.comparing(Quantity::span));
        List<Quantity> out = new ArrayList<>();
        int taken = 0;
        for (Quantity q : candidates) {
            if (q.span().begin() >= taken) {
                out.add(q);
                taken = q.span().end();
            }
        }
        return out;
    }

    /** The number with a qualifier word before or after it; a year-like number counts only with one before. */
    private Optional<Quantity> qualified(CaselessText text, Span core, OptionalLong value, Qualifier plain, boolean yearLike) {
        Matcher q = qualifierBefore.matcher(text);
        q.region(Math.max(0, core.begin() - QUALIFIER_REACH), core.begin());
        q.useTransparentBounds(true);
        if (q.find()) {
            return Optional.of(new Quantity(new Span(q.start(), core.end()), value, before.get(key(q.group("q")))));
        }
        if (yearLike) {
            return Optional.empty();
        }
        Matcher p = qualifierAfter.matcher(text);
        p.region(core.end(), text.original().length());
        p.useTransparentBounds(true);
        if (p.find()) {
            return Optional.of(new Quantity(new Span(core.begin(), p.end()), value, after.get(key(p.group("q")))));
        }
        return Optional.of(new Quantity(core, value, plain));
    }

    /** The count a match stands for, or empty when it is not one: a word that is no number, a code, a percentage. */
    private OptionalLong value(Matcher m, CaselessText text) {
        BigDecimal base;
        String digits = m.group("digits");
        if (digits != null) {
            if (!plainNumber(text, m.start(), m.end(), m.group("mult") != null) || digits.length() > 1 && digits.startsWith("0")
                    || digits.contains(decimal) && m.group("mult") == null) {
                return OptionalLong.empty();
            }
            base = new BigDecimal(digits.replace(grouping, "").replace(decimal, "."));
        } else if (m.group("half") != null) {
            base = words.beforeMultiplier(m.group("half")).orElseThrow();
        } else {
            String word = m.group("word");
            if (m.group("mult") != null) {
                base = words.beforeMultiplier(word).orElse(null);
            } else {
                OptionalLong n = words.parse(word);
                base = n.isPresent() ? BigDecimal.valueOf(n.getAsLong()) : null;
            }
            if (base == null) {
                return OptionalLong.empty();
            }
        }
        if (startsWith(text, m.end(), percentOrOrdinal)) {
            return OptionalLong.empty();
        }
        BigDecimal total = m.group("mult") == null ? base : base.multiply(words.multiplier(m.group("mult")).orElseThrow());
        try {
            return OptionalLong.of(total.stripTrailingZeros().longValueExact());
        } catch (ArithmeticException notAWholeCount) {
            return OptionalLong.empty();
        }
    }

    /** Digits standing on their own: not glued to letters ("F-16", "7G", "3esimo") or to other numbers ("3.10", "1/2"). */
    private static boolean plainNumber(CaselessText caseless, int start, int end, boolean multiplied) {
        String text = caseless.original();
        if (start > 0) {
            char c = text.charAt(start - 1);
            if (c == '+' || c == '#' || (c == '-' || c == '/' || c == '.' || c == ',' || c == ':')
                    && start > 1 && Character.isLetterOrDigit(text.charAt(start - 2))) {
                return false;
            }
        }
        if (!multiplied && end < text.length()) {
            char c = text.charAt(end);
            if (Character.isLetter(c)) {
                return false;
            }
            if ((c == '.' || c == ',' || c == ':' || c == '/' || c == '-') && end + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(end + 1))) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code pattern}, anchored with \\A, matches within {@link #LOOK_AHEAD} characters from {@code at}. */
    private static boolean startsWith(CaselessText text, int at, CaselessPattern pattern) {
        Matcher m = pattern.matcher(text);
        m.region(at, Math.min(text.original().length(), at + LOOK_AHEAD));
        return m.find();
    }

    /** Four bare digits from 1800 to 2100: read as a year unless a qualifier says otherwise ("oltre 2000 soldati"). */
    private static boolean isYear(Matcher m) {
        String d = m.group("digits");
        if (d == null || m.group("mult") != null || d.length() != 4 || !d.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int n = Integer.parseInt(d);
        return n >= 1800 && n <= 2100;
    }

    /** The rows of a settings file (setting, value) grouped by setting, in file order. */
    private static Map<String, List<String>> settings(List<List<String>> rows) {
        return rows.stream().collect(Collectors.groupingBy(r -> r.get(0), Collectors.mapping(r -> r.get(1), Collectors.toList())));
    }

    private static String single(Map<String, List<String>> settings, String setting) {
        List<String> values = settings.getOrDefault(setting, List.of());
        if (values.size() != 1 || values.get(0).isEmpty()) {
            throw new IllegalArgumentException("number-format.tsv: '" + setting + "' needs exactly one value: " + values);
        }
        return values.get(0);
    }

    private static String anyOf(List<String> values) {
        return anyOf(values, false);
    }

    /** The alternation of some language data, or a regex that matches nothing when the language has none. */
    private static String anyOf(List<String> values, boolean spaceAfter) {
        return values.isEmpty() ? NOTHING : PhrasePattern.alternation(values, spaceAfter);
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'\\s+", "'").replaceAll("\\s+", " ").strip();
    }
}
