package org.newsgraph.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.format.DateTimeParseException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.document.PublicationDate;

/** Publication dates as metadata writes them, read at the precision they are written with. */
class PublicationDatesTest {

    /** Text, its ISO form at its precision, its first and last possible day ("" when no date at all). */
    static Stream<Arguments> dates() {
        return Stream.of(
                Arguments.of("2024-12-05", "2024-12-05", "2024-12-05", "2024-12-05"),
                Arguments.of(" 2024-12-05 ", "2024-12-05", "2024-12-05", "2024-12-05"),
                Arguments.of("2024-12-05T23:30:00-05:00", "2024-12-05", "2024-12-05", "2024-12-05"),
                Arguments.of("2024-12-05 09:30:00", "2024-12-05", "2024-12-05", "2024-12-05"),
                Arguments.of("Thu, 05 Dec 2024 10:00:00 GMT", "2024-12-05", "2024-12-05", "2024-12-05"),
                Arguments.of("2024-12", "2024-12", "2024-12-01", "2024-12-31"),
                Arguments.of("2024-02", "2024-02", "2024-02-01", "2024-02-29"),
                Arguments.of("2024", "2024", "2024-01-01", "2024-12-31"),
                Arguments.of("2024-13", "", "", ""),
                Arguments.of("12/2024", "", "", ""),
                Arguments.of("yesterday", "", "", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dates")
    void readsADateAtItsOwnPrecision(String text, String iso, String first, String last) {
        if (iso.isEmpty()) {
            assertThrows(DateTimeParseException.class, () -> PublicationDates.date(text));
            return;
        }
        PublicationDate date = PublicationDates.date(text);
        assertEquals(iso, date.iso());
        assertEquals(first, date.first().toString());
        assertEquals(last, date.last().toString());
        assertEquals(iso.length() == 10, date.day().isPresent(), "only a day is a day");
    }
}
