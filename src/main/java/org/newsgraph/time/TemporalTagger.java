package org.newsgraph.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.document.Annotation;
import org.newsgraph.document.Document;
import org.newsgraph.document.PublicationDate;
import org.newsgraph.document.Span;
import org.newsgraph.document.Timex;
import org.newsgraph.lang.CaselessPattern;
import org.newsgraph.lang.CaselessPatternSet;
import org.newsgraph.lang.CaselessText;
import org.newsgraph.lang.Language;
import org.newsgraph.lang.PhrasePattern;
import org.newsgraph.pipeline.Stage;

/**
 * Finds time expressions in the raw text and resolves them against the publication date: reads TEXT,
 * writes TIMEX. "Putin è arrivato a Pyongyang il 19 giugno" published 2024-06-21 gives "il 19 giugno" =
 * 2024-06-19; "venerdì" the last Friday on or before publication, or the next one when a future cue
 * ("si terrà", "sarà") stands near it. Without a publication date only dates that name their year get a value;
 * a publication month (2024-12) resolves "a gennaio" and "il mese scorso" but not "ieri".
 * How a language writes a date ("June 19, 2024" or "19 giugno 2024") is data: its time-grammar.tsv.
 */
public final class TemporalTagger implements Stage {

    private static final String B = PhrasePattern.WORD_START;
    private static final String E = PhrasePattern.WORD_END;
    private static final String YEAR = "(?:1[89]|20)\\d{2}";
    private static final String YEAR_END = "(?![\\p{L}\\p{N}]|[.,]\\d)";
    /** A regex that matches nothing: a setting of time-grammar.tsv without values. */
    private static final String NOTHING = "(?!)";
    private static final int CUE_WINDOW = 8;
    /**
     * How many days after publication a day without its year is still read as coming ("ahead of the June 12
     * summit" in a paper of June 10): a date nearly a year back would have been given its year.
     */
    private static final int NEAR_FUTURE_DAYS = 7;
    /** How many characters around an expression its sentence is searched for cues: keeps long texts linear. */
    private static final int CUE_REACH = 400;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’]+");

    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, DayOfWeek> weekdays = new HashMap<>();
    private final Map<String, Relative> relatives = new HashMap<>();
    private final Map<String, Direction> directions = new HashMap<>();
    private final Pattern futureCues;
    /** Whether month and weekday names are proper nouns, so that a lower-case "may" is no month. */
    private final boolean capitalised;
    /** Month names that are also common words: months only with a day, a year or a time word around them. */
    private final Set<String> wordMonths;
    private final Set<String> yearLeadKeys;
    private final List<Rule> rules;
    private final CaselessPatternSet rulePatterns;

    /** The tagger of a language, with its month and weekday names, relative phrases and date grammar. */
    public TemporalTagger(Language language) {
        Map<String, List<String>> grammar = settings(language.rows("time-grammar.tsv"));
        for (List<String> row : language.rows("months.tsv")) {
            int number = Integer.parseInt(row.get(1));
            months.put(key(row.get(0)), number);
            for (String abbreviation : row.get(2).split(",")) {
                if (!abbreviation.isBlank()) {
                    months.put(key(abbreviation), number);
                }
            }
        }
        for (List<String> row : language.rows("weekdays.tsv")) {
            DayOfWeek day = DayOfWeek.of(Integer.parseInt(row.get(1)));
            weekdays.put(key(row.get(0)), day);
            for (String variant : row.get(2).split(",")) {
                if (!variant.isBlank()) {
                    weekdays.put(key(variant), day);
                }
            }
        }
        for (List<String> row : language.rows("relative.tsv")) {
            relatives.put(key(row.get(0)), new Relative(Unit.valueOf(row.get(1).toUpperCase(Locale.ROOT)),
                    Integer.parseInt(row.get(2))));
        }
        List<String> after = new ArrayList<>();
        for (List<String> row : language.rows("time-directions.tsv")) {
            directions.put(key(row.get(0)), Direction.valueOf(row.get(1).toUpperCase(Locale.ROOT)));
            if (row.get(2).equals("yes")) {
                after.add(row.get(0));
            }
        }
        List<String> leads = new ArrayList<>();
        List<String> yearLeads = new ArrayList<>();
        for (List<String> row : language.rows("time-prepositions.tsv")) {
            leads.add(row.get(0));
            if (row.get(1).equals("yes")) {
                yearLeads.add(row.get(0));
            }
        }
        List<String> modifiers = language.rows("time-modifiers.tsv").stream().map(r -> r.get(0)).toList();
        futureCues = cuePattern(language.lines("future-cues.txt"));
        capitalised = grammar.getOrDefault("capitalised", List.of()).contains("yes");
        wordMonths = grammar.getOrDefault("word-month", List.of()).stream().map(TemporalTagger::key).collect(Collectors.toSet());
        yearLeadKeys = yearLeads.stream().map(TemporalTagger::key).collect(Collectors.toSet());
        String connective = "(?:" + anyOf(grammar, "connective", true) + ")";
        String daySuffix = "(?:\\s*" + anyOf(grammar, "day-suffix", false) + ")?";
        String weekdayJoiner = "(?:" + anyOf(grammar, "weekday-joiner", false) + ")?";
        String yearJoiner = "(?:" + anyOf(grammar, "year-joiner", false) + ")?";
        String rangeJoiner = anyOf(grammar, "range-joiner", false);
        String rangeArticle = "(?:" + anyOf(grammar, "range-article", true) + ")?";
        List<String> orders = grammar.getOrDefault("order", List.of());

        String lead = "(?:" + PhrasePattern.alternation(leads, true) + ")?";
        String yearLead = PhrasePattern.alternation(yearLeads, true);
        String month = "(?<mon>" + PhrasePattern.alternation(months.keySet()) + ")";
        String weekday = PhrasePattern.alternation(weekdays.keySet());
        String before = "(?<pre>" + PhrasePattern.alternation(directions.keySet()) + ")";
        String post = "(?<post>" + PhrasePattern.alternation(after) + ")";
        String modifier = "(?:(?<mod>" + PhrasePattern.alternation(modifiers) + ")\\s*" + connective + "?)";
        String yearRelative = PhrasePattern.alternation(relatives.entrySet().stream()
                .filter(e -> e.getValue().unit() == Unit.YEAR).map(Map.Entry::getKey).toList());
        String day = "(?<d>[0-3]?\\d)(?!\\p{N})" + daySuffix;
        String monthEnd = "(?![\\p{L}\\p{N}])";
        String onWeekday = "(?:(?<wd>" + weekday + ")" + weekdayJoiner + "\\s+)?";
        String yearOrPost = "(?:" + yearJoiner + "\\s+(?<y>" + YEAR + ")" + YEAR_END + "|\\s+" + post + E + ")?";

        List<Rule> all = new ArrayList<>(List.of(
                new Rule(Kind.FULL_DATE, lead + "(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})" + E),
                new Rule(Kind.FULL_DATE, "(?<![.,/])" + lead + "(?<d>\\d{1,2})([/.])(?<m>\\d{1,2})\\2(?<y>\\d{4})" + YEAR_END)));
        if (orders.contains("day month")) {
            all.add(new Rule(Kind.DAY_MONTH, lead + onWeekday + day + "\\s+" + month + monthEnd + yearOrPost));
            all.add(new Rule(Kind.DAY_MONTH, lead + day + "(?=\\s*" + rangeJoiner + "\\s*" + rangeArticle + "[0-3]?\\d"
                    + daySuffix + "\\s+" + month + monthEnd + "(?:\\s+(?<y>" + YEAR + ")" + YEAR_END + ")?)"));
        }
        if (orders.contains("month day")) {
            all.add(new Rule(Kind.DAY_MONTH, lead + onWeekday + month + "\\s+" + day + E + yearOrPost));
        }
        all.addAll(List.of(
                new Rule(Kind.MONTH, "(?<lead>" + PhrasePattern.alternation(leads, true) + ")?" + modifier + "?(?:" + before
                        + "\\s+)?" + month + monthEnd + "(?:\\s+(?<y>" + YEAR + ")" + YEAR_END + "|\\s+" + post + E + "|\\s*"
                        + connective + "(?<yrel>" + yearRelative + ")" + E + ")?"),
                new Rule(Kind.YEAR, "(?:" + lead + modifier + "|" + yearLead + ")(?<y>" + YEAR + ")" + YEAR_END),
                new Rule(Kind.RELATIVE, lead + modifier + "?(?<rel>" + PhrasePattern.alternation(relatives.keySet()) + ")" + E),
                new Rule(Kind.WEEKDAY, lead + "(?:" + before + "\\s+)?(?<wd>" + weekday + ")" + "(?:\\s+" + post + E + "|\\s+"
                        + anyOf(grammar, "day-part", false) + E + ")?" + "(?![\\p{L}\\p{N}])")));
        if (grammar.containsKey("decade-suffix")) {
            all.add(new Rule(Kind.DECADE, lead + modifier + "?(?<y>(?:1[89]|20)\\d0)" + anyOf(grammar, "decade-suffix", false) + E));
        }
        rules = List.copyOf(all);
        rulePatterns = CaselessPatternSet.of(rules.stream().map(Rule::pattern).toList());
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TEXT);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.TIMEX);
    }

    @Override
    public Document apply(Document document) {
        return document.withTimexes(find(document.text(), document.source().publication()));
    }

    /**
     * The time expressions of {@code text} in order, leftmost-longest, resolved against {@code published}; against
     * a month or a year, an expression gets a value only when its first and its last day agree on it.
     */
    public List<Timex> find(String text, Optional<PublicationDate> published) {
        Optional<LocalDate> firstDay = published.map(PublicationDate::first);
        Optional<LocalDate> lastDay = published.map(PublicationDate::last);
        List<List<Candidate>> byRule = new ArrayList<>();
        rules.forEach(r -> byRule.add(new ArrayList<>()));
        rulePatterns.forEachMatch(CaselessText.of(text), (i, m) -> {
            if (m.end() > m.start() && writtenAsADate(m, text)) {
                Kind kind = rules.get(i).kind();
                boolean day = kind == Kind.WEEKDAY || kind == Kind.RELATIVE
                        && relatives.get(key(m.group("rel"))).unit() == Unit.DAY;
                resolve(kind, m, text, firstDay, lastDay)
                        .ifPresent(v -> byRule.get(i).add(new Candidate(new Span(m.start(), m.end()), v, kind, day)));
            }
        });
        // rule by rule, so that equal spans keep the rules' order through the stable sort
        List<Candidate> candidates = new ArrayList<>();
        byRule.forEach(candidates::addAll);
        candidates.sort(Comparator.comparing(Candidate::span));
        List<Candidate> kept = new ArrayList<>();
        int taken = 0;
        for (Candidate c : candidates) {
            if (c.span().begin() >= taken) {
                Candidate last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
                if (last != null && last.day() && namesTheDay(c) && onlySeparators(text, last.span().end(), c.span().begin())) {
                    kept.set(kept.size() - 1, new Candidate(new Span(last.span().begin(), c.span().end()), c.value(),
                            c.kind(), c.day()));
                } else {
                    kept.add(c);
                }
                taken = c.span().end();
            }
        }
        return kept.stream().map(c -> new Timex(c.span(), c.span().of(text), c.value())).toList();
    }

    /**
     * False for a month or weekday name that the language capitalises but the text does not ("you may"), and for a
     * month name that is also a common word standing alone ("Theresa May"), without a day, a year or a time word.
     */
    private boolean writtenAsADate(Matcher m, String text) {
        if (capitalised && (lowerCase(m, "mon", text) || lowerCase(m, "wd", text))) {
            return false;
        }
        Optional<String> month = group(m, "mon");
        if (month.isEmpty() || !wordMonths.contains(key(month.get())) || group(m, "y").isPresent() || group(m, "d").isPresent()) {
            return true;
        }
        return group(m, "mod").isPresent() || group(m, "pre").isPresent() || group(m, "post").isPresent()
                || group(m, "lead").filter(l -> yearLeadKeys.contains(key(l))).isPresent();
    }

    private static boolean lowerCase(Matcher m, String group, String text) {
        return group(m, group).isPresent() && !Character.isUpperCase(text.charAt(m.start(group)));
    }

    /** A date that says which day a word for a day just before it means: "oggi, 4 marzo", "nel pomeriggio di ieri". */
    private static boolean namesTheDay(Candidate c) {
        return c.kind() == Kind.DAY_MONTH || c.kind() == Kind.FULL_DATE || c.kind() == Kind.RELATIVE && c.day();
    }

    private static boolean onlySeparators(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != ',' && c != '\t' && c != '\u00a0') {
                return false;
            }
        }
        return to - from <= 3;
    }

    /** The value the match has against both ends of the publication span, or no value when they disagree. */
    private Optional<Optional<String>> resolve(Kind kind, Matcher m, String text, Optional<LocalDate> first,
                                               Optional<LocalDate> last) {
        Optional<Optional<String>> early = resolve(kind, m, text, first);
        if (first.equals(last) || early.isEmpty()) {
            return early;
        }
        return Optional.of(early.get().filter(v -> resolve(kind, m, text, last).equals(Optional.of(Optional.of(v)))));
    }

    /** Empty when the match is not a date at all (31/02/2024); a present but empty value when it cannot be resolved. */
    private Optional<Optional<String>> resolve(Kind kind, Matcher m, String text, Optional<LocalDate> published) {
        try {
            return switch (kind) {
                case FULL_DATE -> Optional.of(Optional.of(LocalDate.of(number(m, "y"), number(m, "m"), number(m, "d")).toString()));
                case DAY_MONTH -> dayMonth(m, text, published);
                case MONTH -> Optional.of(month(m, text, published));
                case YEAR -> Optional.of(Optional.of(m.group("y")));
                case DECADE -> Optional.of(Optional.empty());
                case RELATIVE -> Optional.of(relative(relatives.get(key(m.group("rel"))), published));
                case WEEKDAY -> Optional.of(weekday(m, text, published));
            };
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private Optional<Optional<String>> dayMonth(Matcher m, String text, Optional<LocalDate> published) {
        int monthNumber = months.get(key(m.group("mon")));
        int dayNumber = number(m, "d");
        if (m.group("y") != null) {
            return Optional.of(Optional.of(LocalDate.of(number(m, "y"), monthNumber, dayNumber).toString()));
        }
        if (dayNumber < 1 || dayNumber > 31) {
            return Optional.empty();
        }
        if (published.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        LocalDate anchor = published.get();
        Direction direction = direction(m, "post").orElseGet(() -> future(text, m) ? Direction.FUTURE : Direction.ON_OR_BEFORE);
        if (direction == Direction.ON_OR_BEFORE && soonAfter(anchor, monthNumber, dayNumber)) {
            return Optional.of(Optional.of(LocalDate.of(anchor.getYear(), monthNumber, dayNumber).toString()));
        }
        int year = anchor.getYear();
        for (int tries = 0; tries < 8; tries++) {
            int y = switch (direction) {
                case PAST, ON_OR_BEFORE -> year - tries;
                default -> year + tries;
            };
            if (dayNumber <= YearMonth.of(y, monthNumber).lengthOfMonth()) {
                LocalDate date = LocalDate.of(y, monthNumber, dayNumber);
                boolean fits = switch (direction) {
                    case PAST -> date.isBefore(anchor);
                    case ON_OR_BEFORE -> !date.isAfter(anchor);
                    case NEXT, FUTURE, THIS -> !date.isBefore(anchor);
                };
                if (fits) {
                    return Optional.of(Optional.of(date.toString()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean soonAfter(LocalDate anchor, int monthNumber, int dayNumber) {
        if (dayNumber > YearMonth.of(anchor.getYear(), monthNumber).lengthOfMonth()) {
            return false;
        }
        LocalDate date = LocalDate.of(anchor.getYear(), monthNumber, dayNumber);
        return date.isAfter(anchor) && !date.isAfter(anchor.plusDays(NEAR_FUTURE_DAYS));
    }

    private Optional<String> month(Matcher m, String text, Optional<LocalDate> published) {
        int monthNumber = months.get(key(m.group("mon")));
        if (m.group("y") != null) {
            return Optional.of(YearMonth.of(number(m, "y"), monthNumber).toString());
        }
        if (published.isEmpty()) {
            return Optional.empty();
        }
        LocalDate anchor = published.get();
        if (group(m, "yrel").isPresent()) {
            return Optional.of(YearMonth.of(anchor.getYear() + relatives.get(key(m.group("yrel"))).amount(), monthNumber).toString());
        }
        Direction direction = direction(m, "pre").or(() -> direction(m, "post"))
                .orElseGet(() -> future(text, m) ? Direction.FUTURE : Direction.ON_OR_BEFORE);
        int now = anchor.getMonthValue();
        int year = anchor.getYear();
        int resolved = switch (direction) {
            case PAST -> now > monthNumber ? year : year - 1;
            case NEXT -> now < monthNumber ? year : year + 1;
            case THIS -> year;
            case FUTURE -> now <= monthNumber ? year : year + 1;
            case ON_OR_BEFORE -> now >= monthNumber ? year : year - 1;
        };
        return Optional.of(YearMonth.of(resolved, monthNumber).toString());
    }

    private static Optional<String> relative(Relative r, Optional<LocalDate> published) {
        return published.flatMap(anchor -> switch (r.unit()) {
            case DAY -> Optional.of(anchor.plusDays(r.amount()).toString());
            case WEEK -> Optional.empty();
            case MONTH -> Optional.of(YearMonth.from(anchor).plusMonths(r.amount()).toString());
            case YEAR -> Optional.of(Integer.toString(anchor.getYear() + r.amount()));
        });
    }

    private Optional<String> weekday(Matcher m, String text, Optional<LocalDate> published) {
        if (published.isEmpty()) {
            return Optional.empty();
        }
        LocalDate anchor = published.get();
        DayOfWeek day = weekdays.get(key(m.group("wd")));
        Direction direction = direction(m, "pre").or(() -> direction(m, "post"))
                .orElseGet(() -> future(text, m) ? Direction.FUTURE : Direction.ON_OR_BEFORE);
        LocalDate date = switch (direction) {
            case PAST -> anchor.minusDays(1).with(TemporalAdjusters.previousOrSame(day));
            case NEXT -> anchor.with(TemporalAdjusters.next(day));
            case THIS -> anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(day));
            case FUTURE -> anchor.with(TemporalAdjusters.nextOrSame(day));
            case ON_OR_BEFORE -> anchor.with(TemporalAdjusters.previousOrSame(day));
        };
        return Optional.of(date.toString());
    }

    private Optional<Direction> direction(Matcher m, String group) {
        return group(m, group).map(g -> directions.get(key(g)));
    }

    /** A named group's text, empty when the rule has no such group or it did not take part. */
    private static Optional<String> group(Matcher m, String name) {
        try {
            return Optional.ofNullable(m.group(name));
        } catch (IllegalArgumentException noSuchGroup) {
            return Optional.empty();
        }
    }

    /** A future cue within a few words of the expression, in the same sentence. */
    private boolean future(String text, Matcher m) {
        int from = sentenceStart(text, m.start());
        int to = sentenceEnd(text, m.end());
        return futureCues.matcher(lastWords(text.substring(from, m.start()))).find()
                || futureCues.matcher(firstWords(text.substring(m.end(), to))).find();
    }

    private static String lastWords(String s) {
        List<Integer> starts = new ArrayList<>();
        Matcher w = WORD.matcher(s);
        while (w.find()) {
            starts.add(w.start());
        }
        return starts.size() <= CUE_WINDOW ? s : s.substring(starts.get(starts.size() - CUE_WINDOW));
    }

    private static String firstWords(String s) {
        Matcher w = WORD.matcher(s);
        int count = 0;
        while (w.find()) {
            if (++count == CUE_WINDOW) {
                return s.substring(0, w.end());
            }
        }
        return s;
    }

    private static int sentenceStart(String text, int at) {
        for (int i = at - 1; i >= Math.max(0, at - CUE_REACH); i--) {
            if (endsSentence(text, i)) {
                return i + 1;
            }
        }
        return Math.max(0, at - CUE_REACH);
    }

    private static int sentenceEnd(String text, int at) {
        for (int i = at; i < Math.min(text.length(), at + CUE_REACH); i++) {
            if (endsSentence(text, i)) {
                return i;
            }
        }
        return Math.min(text.length(), at + CUE_REACH);
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '.') {
            return !(i > 0 && Character.isDigit(text.charAt(i - 1)) && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)));
        }
        return c == '!' || c == '?' || c == ';' || c == '\n';
    }

    private static Pattern cuePattern(List<String> lines) {
        List<String> phrases = lines.stream().filter(l -> !l.startsWith("-")).toList();
        List<String> endings = lines.stream().filter(l -> l.startsWith("-")).map(l -> l.substring(1)).toList();
        String words = PhrasePattern.alternation(phrases);
        String any = endings.isEmpty() ? words : words + "|\\p{L}+" + PhrasePattern.alternation(endings);
        return Pattern.compile(B + "(?:" + any + ")" + E, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The rows of a settings file (setting, value) grouped by setting, in file order. */
    private static Map<String, List<String>> settings(List<List<String>> rows) {
        return rows.stream().collect(Collectors.groupingBy(r -> r.get(0), Collectors.mapping(r -> r.get(1), Collectors.toList())));
    }

    /** The alternation of a setting's values, or a regex that matches nothing when the language has none. */
    private static String anyOf(Map<String, List<String>> grammar, String setting, boolean spaceAfter) {
        List<String> values = grammar.getOrDefault(setting, List.of());
        return values.isEmpty() ? NOTHING : PhrasePattern.alternation(values, spaceAfter);
    }

    private static int number(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    /**
     * The form of matched words used to look them up in the data: case folded as case-insensitive matching
     * folds it (so ſ is s and the Kelvin sign k), one apostrophe, single spaces.
     */
    private static String key(String s) {
        return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'\\s+", "'").replaceAll("\\s+", " ").strip();
    }

    private enum Kind { FULL_DATE, DAY_MONTH, MONTH, YEAR, RELATIVE, WEEKDAY, DECADE }

    private enum Unit { DAY, WEEK, MONTH, YEAR }

    /** How an underspecified date is placed relative to publication; PAST/NEXT/THIS come from words, the rest are defaults. */
    private enum Direction { PAST, NEXT, THIS, FUTURE, ON_OR_BEFORE }

    private record Relative(Unit unit, int amount) {
    }

    /** A kind of expression and its pattern, which matches from the start of a word. */
    private record Rule(Kind kind, CaselessPattern pattern) {
        Rule(Kind kind, String regex) {
            this(kind, CaselessPattern.atWordStart(regex));
        }
    }

    /** A match of one rule; {@code day} when it names a day without its date ("oggi", "lunedì", "nel pomeriggio"). */
    private record Candidate(Span span, Optional<String> value, Kind kind, boolean day) {
    }
}
