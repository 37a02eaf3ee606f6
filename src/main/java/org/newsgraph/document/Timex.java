package org.newsgraph.document;

import java.util.Objects;
import java.util.Optional;
import org.newsgraph.text.Span;

/**
 * A time expression: the words used ("venerdì", "nel giugno 2024") and, when it can be resolved
 * soundly against the publication date, its ISO value: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
 */
public record Timex(Span span, String text, Optional<String> value) {

    public Timex {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        value.ifPresent(v -> {
            if (!v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                throw new IllegalArgumentException("timex value must be YYYY, YYYY-MM or YYYY-MM-DD: " + v);
            }
        });
    }
}
