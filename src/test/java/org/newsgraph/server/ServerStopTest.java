package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A stopped server leaves nothing running: no thread of Jetty's file scanner, which watched the password file. */
class ServerStopTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "with a password file: {0}")
    @ValueSource(booleans = {false, true})
    void stopLeavesNoScannerRunning(boolean updatable) throws Exception {
        Optional<Path> passwd = Optional.empty();
        if (updatable) {
            Path file = Files.writeString(dir.resolve("passwd"), "editor: s3cret\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            passwd = Optional.of(file);
        }
        List<Thread> before = scanners();
        SparqlServer server = SparqlServer.start(DatasetGraphFactory.createTxnMem(),
                new SparqlServer.Settings("127.0.0.1", 0, Duration.ofSeconds(5), passwd));
        server.stop();
        List<Thread> left = scanners().stream().filter(t -> !before.contains(t)).toList();
        for (Thread t : left) {
            t.join(2_000);
        }
        assertEquals(List.of(), left.stream().filter(Thread::isAlive).map(Thread::getName).toList());
    }

    static List<Thread> scanners() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("Scanner-")).toList();
    }
}
