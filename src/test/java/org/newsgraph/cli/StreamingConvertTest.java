package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.document.NewsgraphException;

/** {@code convert} streams: reruns and thread counts give the same bytes; a bad article fails alone. */
class StreamingConvertTest {

    private static int run(StringWriter err, String... args) {
        return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    }

    @Test
    void sameBytesAcrossRunsAndThreadCounts(@TempDir Path dir) throws IOException {
        for (String format : new String[] {"nq", "trig"}) {
            Path one = dir.resolve("one." + format);
            Path again = dir.resolve("again." + format);
            Path parallel = dir.resolve("parallel." + format);
            StringWriter err = new StringWriter();
            assertEquals(0, run(err, "convert", "seeds", "--format", format, "-o", one.toString()), err.toString());
            assertEquals(0, run(err, "convert", "seeds", "--format", format, "-o", again.toString()), err.toString());
            assertEquals(0, run(err, "convert", "seeds", "--format", format, "--threads", "3", "-o", parallel.toString()),
                    err.toString());
            assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(again));
            assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(parallel));
        }
    }

    @Test
    void standardOutputMatchesTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.trig");
        assertEquals(0, run(new StringWriter(), "convert", "seeds", "-o", file.toString()));
        StringWriter out = new StringWriter();
        assertEquals(0, Main.run(new String[] {"convert", "seeds"}, new PrintWriter(out), new PrintWriter(new StringWriter())));
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), out.toString());
    }

    @Test
    void anUnreadableArticleIsReportedAndTheOthersAreWritten(@TempDir Path dir) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("in"));
        Files.writeString(articles.resolve("a.txt"), "Il ministro russo è arrivato a Pyongyang.");
        Files.write(articles.resolve("b.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 'x'});
        Files.writeString(articles.resolve("c.txt"), "Kim Jong-un ha incontrato Vladimir Putin.");
        Path out = dir.resolve("out.nq");
        StringWriter err = new StringWriter();
        int code = run(err, "convert", articles.toString(), "--format", "nq", "--threads", "2", "-o", out.toString());
        if (code == 0) {
            // this converter decodes such bytes instead of rejecting them: nothing to report then
            assertTrue(Files.readString(out).contains("/a>"));
            return;
        }
        assertEquals(NewsgraphException.FAILURE, code);
        assertTrue(err.toString().contains("b.txt"), err.toString());
        String written = Files.readString(out);
        assertTrue(written.contains("article/a>") && written.contains("article/c>"), written);
    }

    @Test
    void threadsBelowOneIsBadUsage() {
        assertEquals(NewsgraphException.USAGE, run(new StringWriter(), "convert", "seeds", "--threads", "0"));
    }
}
