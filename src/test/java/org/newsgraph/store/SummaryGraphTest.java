package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.rdf.Iris;

/** The summary graph agrees with the article graphs after every load, also when a load replaces an article. */
class SummaryGraphTest {

    private static final String PREFIXES = "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"
            + "PREFIX id: <https://w3id.org/newsgraph/id/>\n";

    /** The fixture's first article again, with nothing extracted from it. */
    static final Path A1_EMPTIED = Path.of("src/test/resources/store/a1-emptied.trig");

    @TempDir
    Path dir;

    /** A query on the summary graph (one row per line, values by space), its rows after the fixture, after a1 is emptied. */
    static Stream<Arguments> summaries() {
        return Stream.of(
                Arguments.of("articles per actor",
                        "SELECT ?x ?n { GRAPH id:graph\\/summary { ?x a ?c ; ng:articleCount ?n VALUES ?c { ng:Person ng:Organization ng:Country } } } ORDER BY ?x",
                        List.of("country/north-korea 2", "country/russia 2", "country/south-korea 1", "organization/yonhap 1",
                                "person/kim-jong-un 2", "person/vladimir-putin 1"),
                        List.of("country/north-korea 1", "country/russia 1", "country/south-korea 1", "organization/yonhap 1",
                                "person/kim-jong-un 1")),
                Arguments.of("pairs that met",
                        "SELECT ?x ?y ?m ?n { GRAPH id:graph\\/summary { [] a ng:ActorPair ; ng:firstActor ?x ; ng:secondActor ?y ;"
                                + " ng:meetingCount ?m ; ng:articleCount ?n } }",
                        List.of("person/kim-jong-un person/vladimir-putin 1 1"),
                        List.of()),
                Arguments.of("places with their articles",
                        "SELECT ?x ?n { GRAPH id:graph\\/summary { ?x a ng:Place ; ng:articleCount ?n } } ORDER BY ?x",
                        List.of("place/vladivostok 1"),
                        List.of()),
                Arguments.of("ties: type, ends, events, articles, status, contested, first and last date",
                        "SELECT (STRAFTER(STR(?type), '#') AS ?t) ?from ?to ?events ?articles ?status ?contested"
                                + " (COALESCE(?first, '-') AS ?f) (COALESCE(?last, '-') AS ?l)"
                                + " { GRAPH id:graph\\/summary { ?tie a ng:Tie ; ng:eventType ?type ; ng:fromActor ?from ; ng:toActor ?to ;"
                                + " ng:eventCount ?events ; ng:articleCount ?articles ; ng:status ?status ; ng:contested ?contested"
                                + " OPTIONAL { ?tie ng:firstDate ?first ; ng:lastDate ?last } } } ORDER BY ?t ?from ?to",
                        List.of("Agreement country/north-korea country/russia 1 2 reported false - -",
                                "Meeting person/kim-jong-un person/vladimir-putin 1 1 reported false 2023-09-13 2023-09-13",
                                "MilitarySupport country/north-korea country/russia 1 1 denied true - -",
                                "Visit person/kim-jong-un country/russia 1 1 reported false 2024-06-18 2024-06-18"),
                        List.of("Agreement country/north-korea country/russia 1 1 reported false - -",
                                "MilitarySupport country/north-korea country/russia 1 1 denied true - -",
                                "Visit person/kim-jong-un country/russia 1 1 reported false 2024-06-18 2024-06-18")),
                Arguments.of("ties' publishers",
                        "SELECT (STRAFTER(STR(?type), '#') AS ?t) ?publisher { GRAPH id:graph\\/summary {"
                                + " [] ng:eventType ?type ; ng:publisher ?publisher } } ORDER BY ?t ?publisher",
                        List.of("Agreement Agenzia Due", "Agreement Agenzia Uno", "Meeting Agenzia Uno",
                                "MilitarySupport Agenzia Due", "Visit Agenzia Due"),
                        List.of("Agreement Agenzia Due", "MilitarySupport Agenzia Due", "Visit Agenzia Due")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("summaries")
    void theSummaryFollowsEveryLoad(String what, String query, List<String> afterFixture, List<String> afterEmptying) {
        TdbStore batchLoaded = TdbStore.open(dir.resolve("batch"));
        batchLoaded.load(new GraphBatch(Iris.standard()).addFile(TdbStoreTest.FIXTURE));
        assertEquals(afterFixture, rows(batchLoaded, query), "batch load");
        batchLoaded.load(new GraphBatch(Iris.standard()).addFile(A1_EMPTIED));
        assertEquals(afterEmptying, rows(batchLoaded, query), "batch load replacing a1");

        TdbStore streamed = TdbStore.open(dir.resolve("streamed"));
        streamed.load(List.of(TdbStoreTest.FIXTURE), new GraphBatch(Iris.standard()));
        assertEquals(afterFixture, rows(streamed, query), "streaming load");
        streamed.load(List.of(A1_EMPTIED), new GraphBatch(Iris.standard()));
        assertEquals(afterEmptying, rows(streamed, query), "streaming load replacing a1");
    }

    @Test
    void theUpdateRebuildsTheGraphTheQueriesRead() {
        UpdateDrop drop = (UpdateDrop) SummaryGraph.rebuild().getOperations().get(0);
        assertEquals(Iris.standard().summaryGraph(), drop.getGraph());
    }

    /** The query's rows, each value as the IRI after the base or the literal's lexical form, space separated. */
    private static List<String> rows(TdbStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(PREFIXES + query, DatasetFactory.wrap(store.dataset()))) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    List<String> values = new ArrayList<>();
                    rs.getResultVars().forEach(v -> values.add(row.get(v).isLiteral() ? row.getLiteral(v).getLexicalForm()
                            : row.getResource(v).getURI().substring(Iris.standard().base().length())));
                    out.add(String.join(" ", values));
                }
            }
            return out;
        });
    }
}
