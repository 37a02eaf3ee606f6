package org.newsgraph.lang;

/**
 * A text prepared for {@link CaselessPattern}: its copy folded to lower case one character at a time, or the text
 * itself when folding it would change what a case-insensitive pattern matches. Folding never changes the length,
 * so match offsets in the copy are offsets in the text.
 */
public final class CaselessText {

    private final String original;
    private final String folded;

    private CaselessText(String original, String folded) {
        this.original = original;
        this.folded = folded;
    }

    /** The text, folded when every character either folds to itself or is an upper-case letter with one lower-case partner. */
    public static CaselessText of(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            char f = fold(c);
            if (f != c && !(Character.isUpperCase(c) && Character.isLowerCase(f) && Character.toUpperCase(f) == c)) {
                return new CaselessText(text, null);
            }
            out[i] = f;
        }
        return new CaselessText(text, new String(out));
    }

    /**
     * The character a case-insensitive, Unicode-aware pattern compares {@code c} by: "É" → "é", "ſ" → "s".
     * A character that does not fold to itself (ſ, ı, µ, ς, İ, K) keeps its whole text on the case-insensitive path.
     */
    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** The text as given. */
    public String original() {
        return original;
    }

    /** True when {@link #matchable()} is the folded copy. */
    boolean isFolded() {
        return folded != null;
    }

    /** What a pattern runs over: the folded copy, or the original when the text could not be folded. */
    public String matchable() {
        return folded == null ? original : folded;
    }
}
