package org.newsgraph.text;

import java.util.Objects;
import java.util.Optional;
import org.newsgraph.document.Span;

/** An article's text without web chrome, one paragraph a line or blank-line separated, and its headline if it has one. */
public record CleanedText(String text, Optional<Span> headline) {

    public CleanedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(headline, "headline");
        headline.ifPresent(h -> {
            if (h.end() > text.length()) {
                throw new IllegalArgumentException("headline " + h + " beyond text of length " + text.length());
            }
        });
    }
}
