package org.newsgraph.convert;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a publication date as metadata gives it: a day ({@code 2024-12-05}), a time with or without its zone
 * ({@code 2024-12-05T09:30:00+01:00}: the day is the publisher's, in that zone), an HTTP date, or a month or
 * year alone ({@code 2024-12}), which is accepted but anchors no relative day.
 */
final class PublicationDates {

    private static final Pattern PARTIAL = Pattern.compile("\\d{4}(-\\d{2})?");

    private PublicationDates() {
    }

    /** The day of {@code text}; empty for a month or year alone; an exception when it is no date at all. */
    static Optional<LocalDate> day(String text) {
        String s = text.strip();
        if (PARTIAL.matcher(s).matches()) {
            if (s.length() == 7) {
                YearMonth.parse(s);
            }
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException notDay) {
            // a day with a time follows
        }
        try {
            return Optional.of(OffsetDateTime.parse(s).toLocalDate());
        } catch (DateTimeParseException notOffset) {
            // without a zone, or with a space for the T
        }
        try {
            return Optional.of(LocalDateTime.parse(s.replaceFirst(" ", "T")).toLocalDate());
        } catch (DateTimeParseException notLocal) {
            // an HTTP date, as feeds and servers write them
        }
        return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    }

    /** The day of {@code text}, or empty when it is none: a page's malformed date is as good as none. */
    static Optional<LocalDate> dayOrNone(Optional<String> text) {
        try {
            return text.flatMap(PublicationDates::day);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
