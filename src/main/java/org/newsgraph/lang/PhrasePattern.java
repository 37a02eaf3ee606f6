package org.newsgraph.lang;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Regular-expression text for phrases of language data matched in raw text: a space matches any run of
 * white space and an apostrophe matches ' or ’ with optional space after, so "all'inizio" and "all’ inizio" both match.
 */
public final class PhrasePattern {

    /** No letter or digit just before: where a word starts. */
    public static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    /** No letter or digit just after: where a word ends. */
    public static final String WORD_END = "(?![\\p{L}\\p{N}])";

    private PhrasePattern() {
    }

    /** The regex for one phrase: "l'altro ieri" → {@code l['’]\s*altro\s+ieri}. */
    public static String regex(String phrase) {
        return String.join("", tokens(phrase));
    }

    /**
     * A non-capturing alternation of the phrases that matches as trying the longest phrase first would: the
     * longest phrase that lets the rest of the pattern match wins at a position.
     */
    public static String alternation(Collection<String> phrases) {
        return alternation(phrases, false);
    }

    /**
     * As {@link #alternation(Collection)}; with {@code spaceAfter}, each phrase must be followed by white space
     * unless it elides into the next word ("dell'").
     * <p>
     * The phrases are written as a trie of their tokens, {@code a(?:d|l(?:la)?)?} for "a", "ad", "al", "alla", so
     * that at each position the engine reads the text once instead of trying every phrase in turn (JFR showed
     * the taggers' flat alternations as the main cost of conversion). Siblings start with different tokens and a
     * literal, {@code \s+} and {@code ['’]\s*} never match the same text, so at most one branch can match at a
     * position; a phrase that ends where longer ones go on is a greedy {@code ?}, tried after them, so the
     * order in which whole phrases are tried, longest first, is the same as a flat alternation sorted by length.
     */
    public static String alternation(Collection<String> phrases, boolean spaceAfter) {
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("no phrases to match");
        }
        Trie root = new Trie();
        for (String phrase : phrases) {
            List<String> tokens = tokens(phrase);
            if (spaceAfter && !elides(phrase)) {
                tokens.add("\\s+");
            }
            root.add(tokens, 0);
        }
        return "(?:" + (root.end ? root.regex() : root.branches()) + ")";
    }

    private static List<String> tokens(String phrase) {
        List<String> out = new ArrayList<>();
        String p = phrase.strip();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (Character.isWhitespace(c)) {
                while (i + 1 < p.length() && Character.isWhitespace(p.charAt(i + 1))) {
                    i++;
                }
                out.add("\\s+");
            } else if (c == '\'' || c == '’') {
                out.add("['’]\\s*");
            } else if (Character.isLetterOrDigit(c)) {
                out.add(String.valueOf(c));
            } else {
                out.add("\\" + c);
            }
        }
        return out;
    }

    /** The phrases' token sequences sharing their prefixes; {@code end} where a phrase ends. */
    private static final class Trie {
        private final Map<String, Trie> next = new TreeMap<>();
        private boolean end;

        void add(List<String> tokens, int from) {
            if (from == tokens.size()) {
                end = true;
            } else {
                next.computeIfAbsent(tokens.get(from), t -> new Trie()).add(tokens, from + 1);
            }
        }

        /** What may follow the tokens that lead here, as one regex atom (or nothing). */
        String regex() {
            if (next.isEmpty()) {
                return "";
            }
            if (end) {
                return "(?:" + branches() + ")?";
            }
            return next.size() == 1 ? branches() : "(?:" + branches() + ")";
        }

        String branches() {
            return next.entrySet().stream().map(e -> e.getKey() + e.getValue().regex()).collect(Collectors.joining("|"));
        }
    }

    /** True when the phrase ends in an apostrophe and so runs into the next word ("dell'"). */
    public static boolean elides(String phrase) {
        return phrase.endsWith("'") || phrase.endsWith("’");
    }
}
