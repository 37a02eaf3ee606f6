package org.newsgraph.document;

import java.util.List;

/** A sentence: its span, the paragraph it belongs to (0-based) and its tokens in order. */
public record Sentence(Span span, int paragraph, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
        for (Token t : tokens) {
            if (!span.contains(t.span())) {
                throw new IllegalArgumentException("token " + t + " outside sentence " + span);
            }
        }
    }

    public Sentence(Span span, int paragraph) {
        this(span, paragraph, List.of());
    }

    public Sentence withTokens(List<Token> newTokens) {
        return new Sentence(span, paragraph, newTokens);
    }
}
