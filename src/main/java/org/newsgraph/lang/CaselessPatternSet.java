package org.newsgraph.lang;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Several {@link CaselessPattern}s run over a text in one pass. Each pattern yields the matches that repeated
 * {@link Matcher#find()} would give it, but on a folded text it is tried only where its {@link PrefixGate} lets it:
 * one table look-up per character says which patterns may start there. Running each date and quantity pattern
 * over every character was a third of conversion in JFR.
 */
public final class CaselessPatternSet {

    private static final char LATIN_1_END = 0x100;
    private static final int MAX_PATTERNS = Long.SIZE;

    private final List<CaselessPattern> patterns;
    private final long all;
    /** The patterns that may also start after a letter or digit. */
    private final long anywhere;
    /** The patterns whose gate is open: tried with plain find. */
    private final long ungated;
    /** For each Latin-1 character, the gated patterns a match of which may start with it. */
    private final long[] latin1 = new long[LATIN_1_END];

    private CaselessPatternSet(List<CaselessPattern> patterns) {
        if (patterns.isEmpty() || patterns.size() > MAX_PATTERNS) {
            throw new IllegalArgumentException("a pattern set holds 1 to " + MAX_PATTERNS + " patterns: " + patterns.size());
        }
        this.patterns = List.copyOf(patterns);
        long wordStart = 0;
        long noGate = 0;
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).matchesAtWordStart()) {
                wordStart |= 1L << i;
            }
            if (patterns.get(i).gate().isOpen()) {
                noGate |= 1L << i;
            }
        }
        this.all = -1L >>> (MAX_PATTERNS - patterns.size());
        this.anywhere = all & ~wordStart;
        this.ungated = noGate;
        for (char c = 0; c < LATIN_1_END; c++) {
            latin1[c] = mayStartWith(c);
        }
    }

    /** The set of {@code patterns}, at most 64; a match is reported with its pattern's index in this list. */
    public static CaselessPatternSet of(List<CaselessPattern> patterns) {
        return new CaselessPatternSet(patterns);
    }

    /**
     * Hands {@code action} each pattern's matches in {@code text}: for one pattern, in the order and with the groups
     * that repeated {@link Matcher#find()} gives; matches of different patterns may come interleaved. A matcher is
     * valid only during the call that receives it.
     */
    public void forEachMatch(CaselessText text, MatchAction action) {
        Matcher[] matchers = new Matcher[patterns.size()];
        for (int i = 0; i < matchers.length; i++) {
            matchers[i] = patterns.get(i).matcher(text);
            if (!text.isFolded() || (ungated & 1L << i) != 0) {
                while (matchers[i].find()) {
                    action.accept(i, matchers[i]);
                }
            } else {
                matchers[i].useTransparentBounds(true).useAnchoringBounds(false);
            }
        }
        if (!text.isFolded()) {
            return;
        }
        String s = text.matchable();
        int length = s.length();
        int[] next = new int[matchers.length];
        boolean afterLetterOrDigit = false;
        for (int at = 0; at <= length; at++) {
            long tried = all & ~ungated;
            if (at < length) {
                char c = s.charAt(at);
                tried &= (c < LATIN_1_END ? latin1[c] : mayStartWith(c)) & (afterLetterOrDigit ? anywhere : all);
                afterLetterOrDigit = Character.isLetterOrDigit(c);
            }
            for (; tried != 0; tried &= tried - 1) {
                int i = Long.numberOfTrailingZeros(tried);
                Matcher m = matchers[i];
                if (at >= next[i] && patterns.get(i).gate().mayStartAt(s, at) && m.region(at, length).lookingAt()) {
                    action.accept(i, m);
                    next[i] = m.end() > at ? m.end() : at + 1;
                }
            }
        }
    }

    private long mayStartWith(char c) {
        long may = 0;
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).gate().mayStartWith(c)) {
                may |= 1L << i;
            }
        }
        return may;
    }

    /** What is done with one match. */
    @FunctionalInterface
    public interface MatchAction {
        /** Called with the index of the pattern that matched and its matcher, positioned on the match. */
        void accept(int pattern, Matcher match);
    }
}
