package org.newsgraph.text;

/** A word, number or punctuation mark with its offsets; {@code text} is exactly the covered text. */
public record Token(Span span, String text) {

    public Token {
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("token text '" + text + "' does not fit " + span);
        }
    }

    public int begin() {
        return span.begin();
    }

    public int end() {
        return span.end();
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }
}
