package org.newsgraph.lang;

import java.util.Collection;
import java.util.Comparator;
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
        StringBuilder out = new StringBuilder();
        String p = phrase.strip();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (Character.isWhitespace(c)) {
                while (i + 1 < p.length() && Character.isWhitespace(p.charAt(i + 1))) {
                    i++;
                }
                out.append("\\s+");
            } else if (c == '\'' || c == '’') {
                out.append("['’]\\s*");
            } else if (Character.isLetterOrDigit(c)) {
                out.append(c);
            } else {
                out.append('\\').append(c);
            }
        }
        return out.toString();
    }

    /** A non-capturing alternation of the phrases, longest first, so the longest phrase wins at a position. */
    public static String alternation(Collection<String> phrases) {
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("no phrases to match");
        }
        return phrases.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(PhrasePattern::regex)
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** True when the phrase ends in an apostrophe and so runs into the next word ("dell'"). */
    public static boolean elides(String phrase) {
        return phrase.endsWith("'") || phrase.endsWith("’");
    }
}
