package org.newsgraph.eval;

import java.util.Collection;
import org.newsgraph.entity.Folding;

/**
 * Decides when an output label names a gold actor: equal after folding case, accents, hyphens and
 * apostrophes ("Kim Jong Un" = "Kim Jong-un", "Beloúsov" = "Belousov"), or a near spelling variant — at
 * most one edit apart when both folded forms have at least {@value #NEAR_MIN_LENGTH} characters
 * ("Belousov" ~ "Belusov"; "Seul" and "Seoul" are too short to be guessed and need an alias).
 */
public final class NameMatcher {

    /** Folded names shorter than this only match exactly. */
    public static final int NEAR_MIN_LENGTH = 6;

    /** How well two names agree. */
    public enum Agreement { NONE, NEAR, EXACT }

    private NameMatcher() {
    }

    /** "Kim Jong-Un" → "kim jong un"; "L’Aia" → "l aia". */
    public static String fold(String s) {
        return Folding.fold(s).replace('\'', ' ').replaceAll("\\s+", " ").strip();
    }

    /** The best agreement between any of {@code labels} and any of {@code names}. */
    public static Agreement compare(Collection<String> labels, Collection<String> names) {
        Agreement best = Agreement.NONE;
        for (String l : labels) {
            String fl = fold(l);
            for (String n : names) {
                String fn = fold(n);
                if (fl.equals(fn)) {
                    return Agreement.EXACT;
                }
                if (fl.length() >= NEAR_MIN_LENGTH && fn.length() >= NEAR_MIN_LENGTH && withinOneEdit(fl, fn)) {
                    best = Agreement.NEAR;
                }
            }
        }
        return best;
    }

    /** True when the Levenshtein distance of {@code a} and {@code b} is at most 1. */
    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        String s = a.length() <= b.length() ? a : b;
        String l = a.length() <= b.length() ? b : a;
        int i = 0;
        while (i < s.length() && s.charAt(i) == l.charAt(i)) {
            i++;
        }
        if (i == s.length()) {
            return true;
        }
        return s.length() == l.length()
                ? s.substring(i + 1).equals(l.substring(i + 1))
                : s.substring(i).equals(l.substring(i + 1));
    }
}
