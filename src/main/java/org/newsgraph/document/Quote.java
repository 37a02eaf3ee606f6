package org.newsgraph.document;


/** Quoted words: {@code outer} includes the quotation marks, {@code inner} is what was said. */
public record Quote(Span outer, Span inner) {

    public Quote {
        if (!outer.contains(inner)) {
            throw new IllegalArgumentException("quote inner " + inner + " outside " + outer);
        }
    }
}
