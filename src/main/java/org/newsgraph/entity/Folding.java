package org.newsgraph.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds surface forms for matching: lower case, no accents, one kind of apostrophe, hyphens as spaces. */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("[’‘`´ʼ]");
    private static final Pattern HYPHENS = Pattern.compile("[-‐‑‒–—]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private Folding() {
    }

    /** "Kim Jong-Un" → "kim jong un"; "Beloúsov" → "belousov"; "dell’invio" → "dell'invio". */
    public static String fold(String s) {
        if (plainAscii(s)) {
            return s.toLowerCase(Locale.ROOT); // nothing to decompose, replace or collapse: most words
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        String noMarks = MARKS.matcher(decomposed).replaceAll("");
        String apostrophes = APOSTROPHES.matcher(noMarks).replaceAll("'");
        String spaced = HYPHENS.matcher(apostrophes).replaceAll(" ");
        return SPACES.matcher(spaced).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** The id-safe form of a name: "Rustem Umerov" → "rustem-umerov", "Côte d'Ivoire" → "cote-d-ivoire". */
    public static String slug(String name) {
        String s = NOT_SLUG.matcher(fold(name)).replaceAll("-");
        s = EDGE_HYPHENS.matcher(s).replaceAll("");
        return s.isEmpty() ? "unnamed" : s;
    }

    /** ASCII letters, digits and punctuation only, without white space, hyphen or backquote. */
    private static boolean plainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '-' || c == '`') {
                return false;
            }
        }
        return true;
    }
}
