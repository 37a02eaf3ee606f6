package org.newsgraph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The progress line of load, convert and eval: its format, its redrawing on a terminal, and silence elsewhere. */
class ProgressTest {

    static final long SECOND = 1_000_000_000L;

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of("load", 120, 1000, 2 * SECOND, "newsgraph load: 120/1000 articles, 60.0/s, ETA 0:15"),
                Arguments.of("convert", 1, 100_000, 3 * SECOND, "newsgraph convert: 1/100000 articles, 0.3/s, ETA 83:19:57"),
                Arguments.of("eval", 3, 4, SECOND / 2, "newsgraph eval: 3/4 articles, 6.0/s, ETA 0:00"),
                Arguments.of("load", 0, 10, 0L, "newsgraph load: 0/10 articles, 0.0/s, ETA ?"),
                Arguments.of("convert", 120, Progress.UNKNOWN, 2 * SECOND, "newsgraph convert: 120 articles, 60.0/s"));
    }

    @ParameterizedTest(name = "{4}")
    @MethodSource("lines")
    void aLineSaysDoneOfTotalRateAndTimeLeft(String command, int done, int total, long elapsed, String expected) {
        assertEquals(expected, Progress.line(command, done, total, elapsed));
    }

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("a terminal, four articles a quarter second apart", true, 4,
                        "\rnewsgraph load: 1/4 articles, 4.0/s, ETA 0:01"
                                + "\rnewsgraph load: 2/4 articles, 4.0/s, ETA 0:01"
                                + "\rnewsgraph load: 3/4 articles, 4.0/s, ETA 0:00"
                                + "\r" + " ".repeat(45) + "\rnewsgraph load: a.txt: no text\n"
                                + "\rnewsgraph load: 4/4 articles, 4.0/s, ETA 0:00"
                                + "\r" + " ".repeat(45) + "\r"),
                Arguments.of("not a terminal", false, 4, "newsgraph load: a.txt: no text\n"),
                Arguments.of("a terminal, one article", true, 1, "newsgraph load: a.txt: no text\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void onATerminalTheLineIsRedrawnAndClearedElsewhereNothingIsAdded(String name, boolean terminal, int total,
                                                                      String expected) {
        StringWriter out = new StringWriter();
        AtomicLong now = new AtomicLong();
        Progress progress = new Progress(new PrintWriter(out), "load", total, terminal, now::get);
        for (int i = 1; i <= total; i++) {
            now.addAndGet(SECOND / 4);
            if (i == total) {
                progress.message("newsgraph load: a.txt: no text");
            }
            progress.step();
        }
        progress.clear();
        assertEquals(expected, out.toString().replace(System.lineSeparator(), "\n"));
    }
}
