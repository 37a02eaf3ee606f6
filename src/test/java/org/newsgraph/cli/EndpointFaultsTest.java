package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.cli.ServeCommandsTest.Run;
import org.newsgraph.rdf.Iris;
import org.newsgraph.server.SparqlServer;
import org.newsgraph.store.GraphBatch;
import org.newsgraph.store.TdbStore;

/**
 * {@code load --endpoint} when the server is down, refuses the credentials, never answers, or refuses
 * the request: one line, exit 1, and the server's store as it was, since the load is one request.
 */
class EndpointFaultsTest {

    @TempDir
    static Path dir;
    static SparqlServer server;
    static ServerSocket silent;
    static final List<Socket> held = new ArrayList<>();
    static Path small;
    static Path large;

    @BeforeAll
    static void start() throws IOException {
        TdbStore store = TdbStore.open(dir.resolve("tdb2"));
        store.load(new GraphBatch(Iris.standard()).addFile(Path.of(ServeCommandsTest.FIXTURE)));
        Path passwd = Files.writeString(dir.resolve("passwd"), "editor: s3cret\n");
        server = SparqlServer.start(store.dataset(),
                new SparqlServer.Settings("127.0.0.1", 0, Duration.ofSeconds(5), Optional.of(passwd)));
        silent = new ServerSocket(0);
        Thread accept = new Thread(() -> {
            try {
                while (true) {
                    held.add(silent.accept());
                }
            } catch (IOException closed) {
                // the test is over
            }
        });
        accept.setDaemon(true);
        accept.start();
        small = Files.writeString(dir.resolve("small.trig"),
                "<urn:ex:g1> { <urn:ex:a> <urn:ex:b> \"one\" }\n<urn:ex:g2> { <urn:ex:a> <urn:ex:b> \"two\" }\n");
        large = dir.resolve("large.trig");
        try (Writer w = Files.newBufferedWriter(large, StandardCharsets.UTF_8)) {
            w.write("<urn:ex:first> { <urn:ex:a> <urn:ex:b> \"small graph first\" }\n<urn:ex:big> {\n");
            for (int i = 0; i < 30_000; i++) {
                w.write("<urn:ex:s" + i + "> <urn:ex:p> \"value " + i + "\" .\n");
            }
            w.write("}\n");
        }
    }

    @AfterAll
    static void stop() throws IOException {
        server.stop();
        silent.close();
        for (Socket s : held) {
            s.close();
        }
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("nothing listening", (Supplier<List<String>>) () -> List.of(
                        "--endpoint", "http://127.0.0.1:" + closedPort() + "/news", small.toString()),
                        Pattern.quote("cannot connect (is the server running?); nothing loaded")),
                Arguments.of("wrong password: 401", (Supplier<List<String>>) () -> List.of(
                        "--endpoint", server.datasetUrl(), "--user", "editor", "--password", "wrong", small.toString()),
                        Pattern.quote("HTTP 401 (check --user and --password); nothing loaded")),
                Arguments.of("no password: 401", (Supplier<List<String>>) () -> List.of(
                        "--endpoint", server.datasetUrl(), small.toString()),
                        Pattern.quote("HTTP 401 (check --user and --password); nothing loaded")),
                Arguments.of("a server that never answers", (Supplier<List<String>>) () -> List.of(
                        "--endpoint", "http://127.0.0.1:" + silent.getLocalPort() + "/news", "--timeout", "1",
                        small.toString()),
                        Pattern.quote("no answer within 1 s; if the request arrived, the server applies all of it or none")),
                // usually 413; the server may also close the connection while the client is still sending
                Arguments.of("a small graph, then one over the size limit: 413", (Supplier<List<String>>) () -> List.of(
                        "--endpoint", server.datasetUrl(), "--user", "editor", "--password", "s3cret", large.toString()),
                        Pattern.quote("HTTP 413 (larger than the server accepts; load with --db while the server is stopped); "
                                + "nothing loaded") + "|the server applies all of it or none"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void failsOnOneLineAndChangesNothing(String name, Supplier<List<String>> args, String ending) throws Exception {
        String before = quads();
        long start = System.nanoTime();
        Run r = ServeCommandsTest.run(Stream.concat(Stream.of("load"), args.get().stream()).toArray(String[]::new));
        assertEquals(1, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.get(0).startsWith("newsgraph load: sending "), r.err());
        assertEquals(2, lines.size(), "one progress line and one error line:\n" + r.err());
        assertTrue(lines.get(1).startsWith("newsgraph load: http://127.0.0.1:"), r.err());
        assertTrue(Pattern.compile("(" + ending + ")$").matcher(lines.get(1)).find(), r.err());
        assertTrue(System.nanoTime() - start < 30_000_000_000L, "gave up in time");
        assertEquals(before, quads(), "the server's store is unchanged");
    }

    /** Every quad of the server's named graphs, sorted. */
    static String quads() {
        Run q = ServeCommandsTest.run("query", "--endpoint", server.datasetUrl(), "--format", "tsv", "-e",
                "SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g ?s ?p ?o");
        assertEquals(0, q.code(), q.err());
        return q.out();
    }

    static int closedPort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
