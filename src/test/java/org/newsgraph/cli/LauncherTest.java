package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code newsgraph} launcher gives serve and up a bounded heap and leaves relative paths to the
 * user's folder: the real script, copied beside an up-to-date jar, runs a stand-in {@code java}.
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
        assertEquals(expected.replace("target/newsgraph.jar", dir.resolve("target/newsgraph.jar").toString()), out);
    }

    /**
     * Run from another folder, the launcher leaves relative paths to that folder: the stand-in {@code java}
     * checks it was given the repository's jar, then runs the real CLI from this build's classes.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "convert into a relative folder | convert arts -o out/x.trig | out/x.trig",
        "load into a relative store     | load arts --db db          | db/tdb.lock"})
    void relativePathsAreTheUsersOwn(String name, String command, String written) throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.copy(Path.of("newsgraph"), repo.resolve("newsgraph"));
        Files.setPosixFilePermissions(repo.resolve("newsgraph"), PosixFilePermissions.fromString("rwx------"));
        for (String d : List.of("src/main", "ontology", "queries", "target", "bin")) {
            Files.createDirectories(repo.resolve(d));
        }
        Files.writeString(repo.resolve("pom.xml"), "<project/>");
        Path jar = Files.writeString(repo.resolve("target/newsgraph.jar"), "");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        Path java = Files.writeString(repo.resolve("bin/java"), "#!/bin/sh\n"
                + "[ \"$1 $2\" = \"-jar " + jar + "\" ] || { echo \"not the repository's jar: $*\"; exit 9; }\n"
                + "shift 2\n"
                + "exec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '"
                + System.getProperty("java.class.path") + "' org.newsgraph.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        Path user = Files.createDirectories(dir.resolve("user"));
        Files.createDirectories(user.resolve("arts"));
        Files.writeString(user.resolve("arts/a.txt"), "Il ministro degli Esteri francese ha visitato la Germania"
                + " il 3 marzo 2024.\n");

        List<String> line = new ArrayList<>(List.of(repo.resolve("newsgraph").toString()));
        line.addAll(List.of(command.split(" ")));
        ProcessBuilder pb = new ProcessBuilder(line).directory(user.toFile()).redirectErrorStream(true);
        pb.environment().put("PATH", repo.resolve("bin") + ":" + pb.environment().get("PATH"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), out);
        assertTrue(Files.exists(user.resolve(written)), "written beside the user: " + out);
        assertFalse(Files.exists(repo.resolve(written.split("/")[0])), "nothing written in the repository");
    }
}
