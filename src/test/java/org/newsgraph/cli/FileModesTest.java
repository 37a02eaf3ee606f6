package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code convert -o} writes a file with the mode the user's umask gives any new file, as {@code >} in a
 * shell would: the real CLI in a process of its own, started under each umask.
 */
class FileModesTest {

    @TempDir
    Path dir;

    static Stream<Arguments> umasks() {
        return Stream.of(
                Arguments.of("022", "trig", "rw-r--r--"),
                Arguments.of("027", "nq", "rw-r-----"),
                Arguments.of("077", "ttl", "rw-------"),
                Arguments.of("002", "jsonld", "rw-rw-r--"));
    }

    @ParameterizedTest(name = "umask {0}, --format {1}: {2}")
    @MethodSource("umasks")
    void convertRespectsTheUmask(String umask, String format, String mode) throws Exception {
        Path out = dir.resolve("out/news." + format);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "umask " + umask + " && exec \"$0\" \"$@\"",
                java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "convert", "seeds/001_bbc4e12a5ad1c269.txt", "-o", out.toString(), "--format", format)
                .redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), output);
        assertEquals("newsgraph convert: wrote 1 article(s) to " + out + "\n", output.replace("\r\n", "\n"),
                "not on a terminal: no progress line");
        assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(out)), output);
        assertEquals(List.of(out), Files.list(out.getParent()).toList(), "no temporary file left");
    }
}
