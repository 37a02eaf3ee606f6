package org.newsgraph.lang;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Several {@link CaselessPattern}s run over a text in one pass. Each pattern yields the matches that repeated
 * {@link Matcher#find()} would give it, but on a folded text it is tried only where their {@link PrefixGate} lets
 * it: one walk of the gate's trie per position says which patterns may start there. Running each date and quantity
 * pattern with find over every character was a third of conversion in JFR.
 */
public final class CaselessPatternSet {

    private final List<CaselessPattern> patterns;
    private final PrefixGate gate;
    /** The patterns that the gate judges: the others are run with plain find. */
    private final long gated;
    /** The gated patterns that may also start after a letter or digit. */
    private final long anywhere;

    private CaselessPatternSet(List<CaselessPattern> patterns) {
        this.patterns = List.copyOf(patterns);
        this.gate = PrefixGate.of(patterns.stream().map(CaselessPattern::plain).toList());
        this.gated = (-1L >>> (Long.SIZE - patterns.size())) & ~gate.open();
        long wordStart = 0;
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).matchesAtWordStart()) {
                wordStart |= 1L << i;
            }
        }
        this.anywhere = gated & ~wordStart;
    }

    /** The set of 1 to 64 {@code patterns}; a match is reported with its pattern's index in this list. */
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
            if (!text.isFolded() || (gated & 1L << i) == 0) {
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
            long wanted = afterLetterOrDigit ? anywhere : gated;
            afterLetterOrDigit = at < length && Character.isLetterOrDigit(s.charAt(at));
            for (long may = wanted == 0 ? 0 : gate.mayStartAt(s, at, wanted); may != 0; may &= may - 1) {
                int i = Long.numberOfTrailingZeros(may);
                Matcher m = matchers[i];
                if (at >= next[i] && m.region(at, length).lookingAt()) {
                    action.accept(i, m);
                    next[i] = m.end() > at ? m.end() : at + 1;
                }
            }
        }
    }

    /** What is done with one match. */
    @FunctionalInterface
    public interface MatchAction {
        /** Called with the index of the pattern that matched and its matcher, positioned on the match. */
        void accept(int pattern, Matcher match);
    }
}
