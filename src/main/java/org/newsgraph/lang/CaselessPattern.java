package org.newsgraph.lang;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression that ignores case. On a {@link CaselessText} that could be folded it runs a plain pattern over
 * the folded copy, which finds the same matches at the same offsets as the case-insensitive pattern on the original
 * and is several times faster (no case mapping of every character tried); otherwise it runs the case-insensitive one.
 * Groups read from a folded match are in lower case.
 */
public final class CaselessPattern {

    private final Pattern plain;
    private final Pattern caseless;
    private final boolean atWordStart;

    private CaselessPattern(String regex, boolean atWordStart) {
        this.plain = Pattern.compile(regex);
        this.caseless = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.atWordStart = atWordStart;
    }

    /** The pattern for {@code regex}, whose literal letters must be in folded (lower) case, as language data is. */
    public static CaselessPattern compile(String regex) {
        return new CaselessPattern(checked(regex), false);
    }

    /**
     * As {@link #compile(String)} for {@link PhrasePattern#WORD_START} followed by {@code regex}: a match starts where
     * a word does, so {@link CaselessPatternSet} does not try it after a letter or digit.
     */
    public static CaselessPattern atWordStart(String regex) {
        return new CaselessPattern(checked(PhrasePattern.WORD_START + "(?:" + regex + ")"), true);
    }

    private static String checked(String regex) {
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i = i + 1 < regex.length() && "pP".indexOf(regex.charAt(i + 1)) >= 0 ? regex.indexOf('}', i) : i + 1;
            } else if (CaselessText.fold(c) != c) {
                throw new IllegalArgumentException("a caseless pattern must be written in lower case, '" + c + "' at "
                        + i + " in " + regex);
            }
        }
        return regex;
    }

    /** A matcher over {@code text}'s matchable form. */
    public Matcher matcher(CaselessText text) {
        return (text.isFolded() ? plain : caseless).matcher(text.matchable());
    }

    /** True when a match can only start where a word does ({@link #atWordStart}). */
    boolean matchesAtWordStart() {
        return atWordStart;
    }

    /** The pattern run over a folded text. */
    Pattern plain() {
        return plain;
    }
}
