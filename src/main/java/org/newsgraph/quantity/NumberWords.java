package org.newsgraph.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.newsgraph.lang.Language;

/**
 * Cardinal number words read by composition, not by a list: "tremila" = 3000, "duemilacinquecento" = 2500,
 * "ventitré" = 23, "centomila" = 100000; a language that writes them apart ("twelve thousand") has one piece per
 * word. The pieces and their kinds come from the language's number-words.tsv.
 */
public final class NumberWords {

    private final Map<String, Piece> pieces = new HashMap<>();
    /** The pieces that join into one word, by first character, longest first: each word of a text is tried. */
    private final Map<Character, List<String>> joinable = new HashMap<>();

    /** Words that spell one but count nothing on their own: Italian "uno" is far more often a pronoun. */
    private final Set<String> notCounts;
    /** What joins a ten to its unit in one written word ("twenty-three"); none where they are written as one ("ventitré"). */
    private final List<String> joiners;

    NumberWords(List<List<String>> rows, Set<String> notCounts, List<String> joiners) {
        this.notCounts = notCounts;
        this.joiners = List.copyOf(joiners);
        for (List<String> row : rows) {
            Kind kind = Kind.valueOf(row.get(2).toUpperCase(Locale.ROOT));
            pieces.put(row.get(0), new Piece(new BigDecimal(row.get(1)), kind));
            if (Set.of(Kind.ATOM, Kind.HUNDRED, Kind.THOUSAND, Kind.THOUSANDS).contains(kind)) {
                joinable.computeIfAbsent(row.get(0).charAt(0), c -> new ArrayList<>()).add(row.get(0));
            }
        }
        joinable.values().forEach(pieces -> pieces.sort(Comparator.comparingInt(String::length).reversed()));
    }

    /** The number words of a language, read once. */
    public static NumberWords of(Language language) {
        return language.derived("number-words", l -> new NumberWords(l.rows("number-words.tsv"), l.words("not-a-count"),
                l.rows("number-format.tsv").stream().filter(r -> r.get(0).equals("word-joiner")).map(r -> r.get(1)).toList()));
    }

    /** The value of one whole word that is a cardinal number ("dodicimila" → 12000); empty for any other word, and for a word that counts nothing alone ("uno"). */
    public OptionalLong parse(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.isEmpty() || notCounts.contains(w)) {
            return OptionalLong.empty();
        }
        long total = 0;
        long current = 0;
        long lastAtom = -1;
        boolean joined = false;
        int i = 0;
        while (i < w.length()) {
            String joiner = joinerAt(w, i);
            if (joiner != null) {
                if (joined || lastAtom < 20 || lastAtom % 10 != 0) {
                    return OptionalLong.empty();
                }
                joined = true;
                i += joiner.length();
                continue;
            }
            String piece = longestPieceAt(w, i);
            if (piece == null) {
                return OptionalLong.empty();
            }
            Piece p = pieces.get(piece);
            long v = p.value().longValue();
            if (joined && (p.kind() != Kind.ATOM || v >= 10 || lastAtom < 0)) {
                return OptionalLong.empty();
            }
            switch (p.kind()) {
                case ATOM -> {
                    boolean joinsTen = lastAtom >= 20 && lastAtom % 10 == 0 && v < 10;
                    if (lastAtom >= 0 && !joinsTen || v >= 10 && current % 100 != 0) {
                        return OptionalLong.empty();
                    }
                    current += v;
                    lastAtom = v;
                }
                case HUNDRED -> {
                    if (current >= 10) {
                        return OptionalLong.empty();
                    }
                    current = Math.max(1, current) * 100;
                    lastAtom = -1;
                }
                case THOUSAND -> {
                    if (total != 0 || current != 0) {
                        return OptionalLong.empty();
                    }
                    total = 1000;
                    lastAtom = -1;
                }
                case THOUSANDS -> {
                    if (total != 0 || current < 2) {
                        return OptionalLong.empty();
                    }
                    total = current * 1000;
                    current = 0;
                    lastAtom = -1;
                }
                default -> {
                    return OptionalLong.empty();
                }
            }
            i += piece.length();
        }
        if (joined && lastAtom % 10 == 0) {
            return OptionalLong.empty();
        }
        long value = total + current;
        return value > 0 ? OptionalLong.of(value) : OptionalLong.empty();
    }

    /** What a word after a number multiplies it by: "milioni" → 1000000, "mila" → 1000. */
    public Optional<BigDecimal> multiplier(String word) {
        return piece(word).filter(p -> p.kind() == Kind.MULTIPLIER || p.kind() == Kind.THOUSANDS).map(Piece::value);
    }

    /** The value of a word before a multiplier: a number word, or "un" (1), "mezzo" (0.5). */
    public Optional<BigDecimal> beforeMultiplier(String word) {
        Optional<BigDecimal> small = piece(word).filter(p -> p.kind() == Kind.ARTICLE || p.kind() == Kind.HALF)
                .map(Piece::value);
        if (small.isPresent()) {
            return small;
        }
        OptionalLong n = parse(word);
        return n.isPresent() ? Optional.of(BigDecimal.valueOf(n.getAsLong())) : Optional.empty();
    }

    /** The value of a noun for about that many: "migliaio" → 1000, "decina" → 10. */
    public OptionalLong approximate(String word) {
        return piece(word).filter(p -> p.kind() == Kind.APPROXIMATE)
                .map(p -> OptionalLong.of(p.value().longValue())).orElse(OptionalLong.empty());
    }

    /** All forms of one kind, for building patterns. */
    List<String> forms(Kind... kinds) {
        Set<Kind> wanted = Set.of(kinds);
        return pieces.entrySet().stream().filter(e -> wanted.contains(e.getValue().kind())).map(Map.Entry::getKey)
                .sorted().toList();
    }

    private Optional<Piece> piece(String word) {
        return Optional.ofNullable(pieces.get(word.toLowerCase(Locale.ROOT).replace('’', '\'')));
    }

    private String joinerAt(String w, int i) {
        return joiners.stream().filter(j -> w.startsWith(j, i)).findFirst().orElse(null);
    }

    private String longestPieceAt(String w, int i) {
        for (String piece : joinable.getOrDefault(w.charAt(i), List.of())) {
            if (w.startsWith(piece, i)) {
                return piece;
            }
        }
        return null;
    }

    enum Kind { ATOM, HUNDRED, THOUSAND, THOUSANDS, MULTIPLIER, ARTICLE, HALF, APPROXIMATE }

    private record Piece(BigDecimal value, Kind kind) {
    }
}
