package org.newsgraph.convert;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.document.PublicationDate;

/**
 * Reads a publication date as metadata gives it: a day ({@code 2024-12-05}), a time with or without its zone
 * ({@code 2024-12-05T09:30:00+01:00}: the day is the publisher's, in that zone), an HTTP date, or a month or
 * year alone ({@code 2024-12}), which anchors relative dates at its own precision ("last month", not "yesterday").
 */
final class PublicationDates {

    private static final Pattern PARTIAL = Pattern.compile("\\d{4}(-\\d{2})?");

    private PublicationDates() {
    }

    /** The date of {@code text} at the precision it is written with; an exception when it is no date at all. */
    static PublicationDate date(String text) {
        String s = text.strip();
        return PARTIAL.matcher(s).matches() ? PublicationDate.parse(s) : PublicationDate.of(day(s));
    }

    private static LocalDate day(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException notDay) {
            // a day with a time follows
        }
        try {
            return OffsetDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException notOffset) {
            // without a zone, or with a space for the T
        }
        try {
            return LocalDateTime.parse(s.replaceFirst(" ", "T")).toLocalDate();
        } catch (DateTimeParseException notLocal) {
            // an HTTP date, as feeds and servers write them
        }
        return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    }

    /** The date of {@code text}, or empty when it is none: a page's malformed date is as good as none. */
    static Optional<PublicationDate> dateOrNone(Optional<String> text) {
        try {
            return text.map(PublicationDates::date);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
