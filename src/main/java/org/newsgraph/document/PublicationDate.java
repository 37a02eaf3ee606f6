package org.newsgraph.document;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was published, as precisely as its metadata says: a day ({@code 2024-12-05}), a month
 * ({@code 2024-12}) or a year ({@code 2024}). A month or a year is the span of days it covers, so a date told
 * relative to it resolves only when every day of that span gives the same answer ("last month", not "yesterday").
 */
public record PublicationDate(LocalDate first, ChronoUnit precision) {

    public PublicationDate {
        Objects.requireNonNull(first, "first");
        boolean aligned = switch (Objects.requireNonNull(precision, "precision")) {
            case DAYS -> true;
            case MONTHS -> first.getDayOfMonth() == 1;
            case YEARS -> first.getDayOfYear() == 1;
            default -> false;
        };
        if (!aligned) {
            throw new IllegalArgumentException("not the first day of a " + precision + ": " + first);
        }
    }

    /** A publication day. */
    public static PublicationDate of(LocalDate day) {
        return new PublicationDate(day, ChronoUnit.DAYS);
    }

    /** A publication month: its day unknown. */
    public static PublicationDate of(YearMonth month) {
        return new PublicationDate(month.atDay(1), ChronoUnit.MONTHS);
    }

    /** A publication year: its month unknown. */
    public static PublicationDate of(Year year) {
        return new PublicationDate(year.atDay(1), ChronoUnit.YEARS);
    }

    /** The date of an ISO text at its own precision ({@code 2024-12-05}, {@code 2024-12}, {@code 2024}). */
    public static PublicationDate parse(String iso) {
        return switch (iso.length()) {
            case 4 -> of(Year.parse(iso));
            case 7 -> of(YearMonth.parse(iso));
            default -> of(LocalDate.parse(iso));
        };
    }

    /** The last day it may be. */
    public LocalDate last() {
        return first.plus(1, precision).minusDays(1);
    }

    /** The day, when the date names one. */
    public Optional<LocalDate> day() {
        return precision == ChronoUnit.DAYS ? Optional.of(first) : Optional.empty();
    }

    /** The ISO form at its own precision: {@code 2024-12-05}, {@code 2024-12} or {@code 2024}. */
    public String iso() {
        return switch (precision) {
            case DAYS -> first.toString();
            case MONTHS -> YearMonth.from(first).toString();
            default -> Year.from(first).toString();
        };
    }
}
