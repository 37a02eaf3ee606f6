package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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
 * What a new user's first mistakes print: one line that says what is wrong and what to do, against a
 * real read-only Fuseki and a port where nothing listens.
 */
class MessagesTest {

    @TempDir
    static Path dir;
    static SparqlServer server;
    /** A dataset URL on a port nobody listens on. */
    static final String CLOSED = "http://127.0.0.1:" + EndpointFaultsTest.closedPort() + "/news";

    @BeforeAll
    static void start() {
        TdbStore store = TdbStore.open(dir.resolve("tdb2"));
        store.load(new GraphBatch(Iris.standard()).addFile(Path.of(ServeCommandsTest.FIXTURE)));
        server = SparqlServer.start(store.dataset(),
                new SparqlServer.Settings("127.0.0.1", 0, Duration.ofSeconds(5), Optional.empty()));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("an option newsgraph does not have", (Supplier<List<String>>) () -> List.of("--bogus"), 2,
                        "newsgraph: Unknown option: '--bogus' (see newsgraph --help)"),
                Arguments.of("a command newsgraph does not have", (Supplier<List<String>>) () -> List.of("frob", "seeds"), 2,
                        "newsgraph: unknown command 'frob'; see newsgraph --help"),
                Arguments.of("an option a command does not have", (Supplier<List<String>>) () -> List.of("query", "--bogus"), 2,
                        "newsgraph query: Unknown option: '--bogus' (see newsgraph query --help)"),
                Arguments.of("a query to a port where nothing listens", (Supplier<List<String>>) () -> List.of(
                        "query", "actors", "--endpoint", CLOSED), 1,
                        "newsgraph query: " + CLOSED + ": connection refused (is the server running? 'newsgraph serve' starts one)"),
                Arguments.of("a query to a wrong path", (Supplier<List<String>>) () -> List.of(
                        "query", "actors", "--endpoint", server.url() + "nothing"), 1,
                        "newsgraph query: " + server.url() + "nothing: HTTP 404: no dataset at this URL"
                                + " (a dataset URL looks like http://127.0.0.1:3030/news)"),
                Arguments.of("a load into a read-only server", (Supplier<List<String>>) () -> List.of(
                        "load", "--endpoint", server.datasetUrl(), ServeCommandsTest.FIXTURE), 1,
                        "newsgraph load: " + server.datasetUrl() + "/update: HTTP 405 (the server is read-only: start it"
                                + " with 'newsgraph serve --update --passwd FILE'); nothing loaded"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void saysWhatIsWrongInOneLine(String name, Supplier<List<String>> args, int code, String last) {
        Run r = ServeCommandsTest.run(args.get().toArray(String[]::new));
        assertEquals(code, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(last, lines.get(lines.size() - 1), r.err());
    }
}
