package org.newsgraph.document;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * An amount as the text gives it: "più di 10.000" is 10000 {@link Qualifier#MORE_THAN};
 * "migliaia di" has no number, only the {@link Qualifier#THOUSANDS} qualifier.
 */
public record Quantity(Span span, OptionalLong value, Qualifier qualifier) {

    public Quantity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(qualifier, "qualifier");
        if (value.isPresent() && value.getAsLong() < 0) {
            throw new IllegalArgumentException("negative quantity: " + value.getAsLong());
        }
    }

    /** How the number relates to the true amount. */
    public enum Qualifier {
        EXACTLY, ABOUT, MORE_THAN, LESS_THAN, AT_LEAST, AT_MOST, TENS, HUNDREDS, THOUSANDS, TENS_OF_THOUSANDS
    }
}
