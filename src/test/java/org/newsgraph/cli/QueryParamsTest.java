package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * {@code query --param}: a bound variable gives the same rows from a store ({@code --db}) and from a
 * real Fuseki ({@code --endpoint}), both holding the fixture, the ontology and the gazetteer, wherever the
 * variable stands (SELECT list, ORDER BY, a FILTER); a name the
 * query does not have is a usage error naming the ones it has.
 */
class QueryParamsTest {

    static final String ID = "https://w3id.org/newsgraph/id/";

    @TempDir
    static Path dir;
    static SparqlServer server;

    @BeforeAll
    static void start() {
        TdbStore store = TdbStore.open(dir.resolve("served"));
        store.load(new GraphBatch(Iris.standard()).addFile(Path.of(ServeCommandsTest.FIXTURE)).addReferenceData());
        server = SparqlServer.start(store.dataset(),
                new SparqlServer.Settings("127.0.0.1", 0, Duration.ofSeconds(5), Optional.empty()));
        Run load = ServeCommandsTest.run("load", "--db", dir.resolve("local").toString(), ServeCommandsTest.FIXTURE);
        assertEquals(0, load.code(), load.err());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static Stream<Arguments> bound() {
        return Stream.of(
                Arguments.of("evidence, as the README shows it", List.of("evidence", "--param", "node=" + ID + "event/a2/visit-1"),
                        "?node\t?source\t?begin\t?end\t?anchor\n<" + ID + "event/a2/visit-1>\t\"fixture/a2.txt\"\t" + count(0) + "\t" + count(52) + "\t"
                                + "\"Kim Jong-un ha visitato la Russia il 18 giugno 2024.\"\n"),
                Arguments.of("a variable that is a sort key", List.of("who-met-whom", "--param", "actor1=\"Kim Jong-un\""),
                        "?actor1\t?actor2\t?meetings\t?articles\n\"Kim Jong-un\"\t\"Vladimir Putin\"\t1\t1\n"),
                Arguments.of("a language the query defaults to Italian", List.of("military-support", "--param", "lang=en"),
                        "?support\t?provider\t?recipient\t?materiel\t?quantity\t?qualifier\t?claimedBy\t?deniedBy\t?reportedBy"
                                + "\t?hedged\t?source\t?lang\n<" + ID + "event/a2/support-1>\t\"North Korea\"\t\"Russia\"\t\"troops\"@en\t3000"
                                + "\t\"about\"@en\t\"South Korea\"\t\"Russia\"\t\t\t\"fixture/a2.txt\"\t\"en\"\n"),
                Arguments.of("a prefixed name, the only sort key", List.of("-e",
                        "PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT ?e ?t { GRAPH ?g { ?e a ?t } } ORDER BY ?t",
                        "--param", "t=ng:Visit"),
                        "?e\t?t\n<" + ID + "event/a2/visit-1>\t<https://w3id.org/newsgraph/ontology#Visit>\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bound")
    void aStoreAndAServerGiveTheSameRows(String name, List<String> args, String expected) {
        for (List<String> target : List.of(List.of("--db", dir.resolve("local").toString()),
                List.of("--endpoint", server.datasetUrl()))) {
            Run r = run(args, target);
            assertEquals(0, r.code(), target + ": " + r.err());
            assertEquals(expected, r.out().replace("\r", ""), target.toString());
        }
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("a misspelt name", List.of("evidence", "--param", "nod=" + ID + "event/a2/visit-1"),
                        "newsgraph query: --param nod: evidence has no variable ?nod; its variables are ?node ?mention"
                                + " ?anchor ?begin ?end ?article ?source ?g"),
                Arguments.of("a variable the query computes", List.of("-e", "SELECT ?n { BIND (1 AS ?n) }", "--param", "n=2"),
                        "newsgraph query: --param: -e: "),
                Arguments.of("a value that is no RDF term", List.of("evidence", "--param", "node=not a term"),
                        "newsgraph query: --param value 'not a term' is not an IRI or RDF term"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void aParameterTheQueryCannotTakeIsAUsageError(String name, List<String> args, String start) {
        for (List<String> target : List.of(List.of("--db", dir.resolve("local").toString()),
                List.of("--endpoint", server.datasetUrl()))) {
            Run r = run(args, target);
            assertEquals(2, r.code(), target + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith(start), target + ": " + r.err());
        }
    }

    static String count(int n) {
        return "\"" + n + "\"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>";
    }

    static Run run(List<String> args, List<String> target) {
        List<String> line = new ArrayList<>(List.of("query", "--format", "tsv"));
        line.addAll(target);
        line.addAll(args);
        return ServeCommandsTest.run(line.toArray(String[]::new));
    }
}
