package org.newsgraph.document;

import java.util.List;

/**
 * A word, number or punctuation mark with its offsets; {@code text} is exactly the covered text, and
 * {@code analyses} its dictionary readings once the morphology stage has run (none before, none if unknown).
 */
public record Token(Span span, String text, List<Analysis> analyses) {

    public Token {
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("token text '" + text + "' does not fit " + span);
        }
        analyses = List.copyOf(analyses);
    }

    /** A token not yet analysed. */
    public Token(Span span, String text) {
        this(span, text, List.of());
    }

    public Token withAnalyses(List<Analysis> value) {
        return new Token(span, text, value);
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
