package org.newsgraph.document;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A time expression: the words used ("venerdì", "nel giugno 2024") and, when it can be resolved
 * soundly against the publication date, its ISO value: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
 */
public record Timex(Span span, String text, Optional<String> value) {

    private static final Pattern ISO_VALUE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public Timex {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        value.ifPresent(v -> {
            if (!ISO_VALUE.matcher(v).matches()) {
                throw new IllegalArgumentException("timex value must be YYYY, YYYY-MM or YYYY-MM-DD: " + v);
            }
        });
    }

    /** The publication date as an implied date: no words in the text stand for it, so span and text are empty. */
    public static Timex published(LocalDate date) {
        return new Timex(new Span(0, 0), "", Optional.of(date.toString()));
    }

    /** Whether words of the article say this date, rather than it being implied by the publication date. */
    public boolean written() {
        return !text.isEmpty();
    }
}
