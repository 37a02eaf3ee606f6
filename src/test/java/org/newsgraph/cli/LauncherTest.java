package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code newsgraph} launcher gives serve and up a bounded heap: the real script, copied beside an
 * up-to-date jar, runs a stand-in {@code java} that prints the arguments it was given.
 */
class LauncherTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} with NEWSGRAPH_HEAP={1}, NEWSGRAPH_JAVA_OPTS={2}")
    @CsvSource(quoteCharacter = '"', value = {
        "serve, '',   '',                 -Xmx2g -jar target/newsgraph.jar serve --port 0",
        "up,    512m, '',                 -Xmx512m -jar target/newsgraph.jar up --port 0",
        "serve, '',   -XX:+UseSerialGC -Dx=1, -Xmx2g -XX:+UseSerialGC -Dx=1 -jar target/newsgraph.jar serve --port 0",
        "load,  '',   '',                 -jar target/newsgraph.jar load --port 0"})
    void serveAndUpGetABoundedHeap(String command, String heap, String options, String expected) throws Exception {
        Files.copy(Path.of("newsgraph"), dir.resolve("newsgraph"));
        Files.setPosixFilePermissions(dir.resolve("newsgraph"), PosixFilePermissions.fromString("rwx------"));
        for (String d : List.of("src/main", "ontology", "queries", "target", "bin")) {
            Files.createDirectories(dir.resolve(d));
        }
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Path jar = Files.writeString(dir.resolve("target/newsgraph.jar"), "");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        Path java = Files.writeString(dir.resolve("bin/java"), "#!/bin/sh\necho \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));

        ProcessBuilder pb = new ProcessBuilder(dir.resolve("newsgraph").toString(), command, "--port", "0")
                .redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("PATH", dir.resolve("bin") + ":" + env.get("PATH"));
        env.remove("NEWSGRAPH_HEAP");
        env.remove("NEWSGRAPH_JAVA_OPTS");
        if (!heap.equals("''")) {
            env.put("NEWSGRAPH_HEAP", heap);
        }
        if (!options.equals("''")) {
            env.put("NEWSGRAPH_JAVA_OPTS", options);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor(30, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), out);
        assertEquals(expected, out);
    }
}
