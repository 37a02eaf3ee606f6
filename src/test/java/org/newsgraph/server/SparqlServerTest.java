package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.query.QueryLibrary;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphBatch;
import org.newsgraph.store.TdbStore;

/** A real TDB2 store with the fixture articles behind a real Fuseki on port 0, spoken to over HTTP. */
class SparqlServerTest {

    static final String FIXTURE = "src/test/resources/store/fixture.trig";

    @TempDir
    static Path dir;
    static SparqlServer server;

    @BeforeAll
    static void start() {
        TdbStore store = TdbStore.open(dir.resolve("tdb2"));
        store.load(new GraphBatch(Iris.standard()).addFile(Path.of(FIXTURE)));
        server = SparqlServer.start(store.dataset(),
                new SparqlServer.Settings("127.0.0.1", 0, Duration.ofSeconds(2), Optional.empty()));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /**
     * Each shipped query and the rows it must give on the fixture, as CSV lines after the header. The
     * fixture holds no ontology graph, so materiel and qualifiers show by their concepts' names.
     */
    static Stream<Arguments> shippedQueries() {
        return Stream.of(
                Arguments.of("actors", List.of(
                        "https://w3id.org/newsgraph/id/person/kim-jong-un,Kim Jong-un,Person,http://www.wikidata.org/entity/Q56226,2",
                        "https://w3id.org/newsgraph/id/country/north-korea,North Korea,Country,http://www.wikidata.org/entity/Q423,2",
                        "https://w3id.org/newsgraph/id/country/russia,Russia,Country,http://www.wikidata.org/entity/Q159,2",
                        "https://w3id.org/newsgraph/id/country/south-korea,South Korea,Country,http://www.wikidata.org/entity/Q884,1",
                        "https://w3id.org/newsgraph/id/person/vladimir-putin,Vladimir Putin,Person,http://www.wikidata.org/entity/Q7747,1",
                        "https://w3id.org/newsgraph/id/organization/yonhap,Yonhap,Organization,,1")),
                Arguments.of("meetings", List.of(
                        "https://w3id.org/newsgraph/id/event/a1/meeting-1,\"Kim Jong-un, Vladimir Putin\",Vladivostok,2023-09-13,fixture/a1.txt,1,"
                                + "Kim Jong-un e Vladimir Putin si sono incontrati a Vladivostok il 13 settembre 2023.")),
                Arguments.of("who-met-whom", List.of("Kim Jong-un,Vladimir Putin,1,1")),
                Arguments.of("visits", List.of(
                        "https://w3id.org/newsgraph/id/event/a2/visit-1,Kim Jong-un,Russia,2024-06-18,18 giugno 2024,fixture/a2.txt,1,"
                                + "Kim Jong-un ha visitato la Russia il 18 giugno 2024.")),
                Arguments.of("agreements", List.of(
                        "https://w3id.org/newsgraph/id/agreement/north-korea--russia,Accordo tra Corea del Nord e Russia,"
                                + "\"North Korea, Russia\",\"Kim Jong-un, Vladimir Putin\",signedOn,2024-06-18,,18 giugno 2024,fixture/a2.txt,"
                                + "\"Il trattato tra Mosca e Pyongyang è stato firmato il 18 giugno 2024, riferisce Yonhap.\"",
                        "https://w3id.org/newsgraph/id/agreement/north-korea--russia,Accordo tra Corea del Nord e Russia,"
                                + "\"North Korea, Russia\",\"Kim Jong-un, Vladimir Putin\",signedOn,2024-06-19,,19 giugno 2024,fixture/a1.txt,"
                                + "Il trattato tra Russia e Corea del Nord è stato firmato il 19 giugno 2024.")),
                Arguments.of("statements", List.of(
                        "Vladimir Putin,Siamo amici e alleati,,fixture/a1.txt,Putin ha detto: «Siamo amici e alleati».")),
                Arguments.of("military-support", List.of(
                        "https://w3id.org/newsgraph/id/event/a2/support-1,North Korea,Russia,Troops,3000,About,South Korea,Russia,,,fixture/a2.txt")),
                Arguments.of("contested-claims", List.of(
                        "https://w3id.org/newsgraph/id/event/a2/support-1,North Korea → Russia: Troops,claimed and denied,South Korea,Russia,",
                        "https://w3id.org/newsgraph/id/agreement/north-korea--russia,Accordo tra Corea del Nord e Russia,conflicting signedOn,,,"
                                + "2024-06-18 (fixture/a2.txt); 2024-06-19 (fixture/a1.txt)")),
                Arguments.of("timeline", List.of(
                        "2023-09-13,Meeting,\"Kim Jong-un, Vladimir Putin\",https://w3id.org/newsgraph/id/event/a1/meeting-1,fixture/a1.txt",
                        "2024-06-18,Visit,Kim Jong-un → Russia,https://w3id.org/newsgraph/id/event/a2/visit-1,fixture/a2.txt",
                        "2024-06-18,signedOn,Accordo tra Corea del Nord e Russia,"
                                + "https://w3id.org/newsgraph/id/agreement/north-korea--russia,fixture/a2.txt",
                        "2024-06-19,signedOn,Accordo tra Corea del Nord e Russia,"
                                + "https://w3id.org/newsgraph/id/agreement/north-korea--russia,fixture/a1.txt")),
                Arguments.of("sources", List.of(
                        "fixture/a1.txt,Vertice a Vladivostok,Agenzia Uno,2024-06-20,1,0,1,1,0,4",
                        "fixture/a2.txt,Truppe in Russia,Agenzia Due,2024-06-21,0,1,0,1,1,5")),
                Arguments.of("evidence", List.of(
                        "https://w3id.org/newsgraph/id/agreement/north-korea--russia,fixture/a1.txt,125,199,"
                                + "Il trattato tra Russia e Corea del Nord è stato firmato il 19 giugno 2024.",
                        "https://w3id.org/newsgraph/id/agreement/north-korea--russia,fixture/a2.txt,145,231,"
                                + "\"Il trattato tra Mosca e Pyongyang è stato firmato il 18 giugno 2024, riferisce Yonhap.\"",
                        "https://w3id.org/newsgraph/id/claim/a1/signed-1,fixture/a1.txt,125,199,"
                                + "Il trattato tra Russia e Corea del Nord è stato firmato il 19 giugno 2024.",
                        "https://w3id.org/newsgraph/id/claim/a2/signed-1,fixture/a2.txt,145,231,"
                                + "\"Il trattato tra Mosca e Pyongyang è stato firmato il 18 giugno 2024, riferisce Yonhap.\"",
                        "https://w3id.org/newsgraph/id/event/a1/meeting-1,fixture/a1.txt,0,83,"
                                + "Kim Jong-un e Vladimir Putin si sono incontrati a Vladivostok il 13 settembre 2023.",
                        "https://w3id.org/newsgraph/id/event/a1/statement-1,fixture/a1.txt,84,124,Putin ha detto: «Siamo amici e alleati».",
                        "https://w3id.org/newsgraph/id/event/a2/support-1,fixture/a2.txt,53,144,"
                                + "\"Secondo la Corea del Sud, Pyongyang ha inviato circa 3000 soldati in Russia, ma Mosca nega.\"",
                        "https://w3id.org/newsgraph/id/event/a2/visit-1,fixture/a2.txt,0,52,Kim Jong-un ha visitato la Russia il 18 giugno 2024.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedQueries")
    void shippedQueryGivesItsRows(String name, List<String> expected) throws Exception {
        HttpResponse<String> r = query(QueryLibrary.named(name).orElseThrow().text());
        assertEquals(200, r.statusCode(), r.body());
        List<String> rows = r.body().lines().skip(1).map(SparqlServerTest::sortLists).toList();
        assertEquals(expected.stream().map(SparqlServerTest::sortLists).toList(), rows);
    }

    @Test
    void everyShippedQueryHasAnExpectation() {
        assertEquals(QueryLibrary.all().stream().map(QueryLibrary.ShippedQuery::name).sorted().toList(),
                shippedQueries().map(a -> (String) a.get()[0]).sorted().toList());
    }

    @Test
    void sparqlUpdateIsRefused() throws Exception {
        String update = "INSERT DATA { <urn:ex:x> <urn:ex:y> <urn:ex:z> }";
        for (String path : List.of("news", "news/update", "news/sparql")) {
            int status = send("POST", path, "application/sparql-update", update).statusCode();
            assertClientError(status, "update to /" + path);
        }
        int status = send("POST", "news/update", "application/x-www-form-urlencoded",
                "update=" + URLEncoder.encode(update, StandardCharsets.UTF_8)).statusCode();
        assertClientError(status, "form update");
        assertEquals("0", query("SELECT (COUNT(*) AS ?n) { <urn:ex:x> ?p ?o }").body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    void graphStoreWritesAreRefused() throws Exception {
        String turtle = "<urn:ex:x> <urn:ex:y> <urn:ex:z> .";
        for (String method : List.of("PUT", "POST", "DELETE")) {
            for (String path : List.of("news?default", "news/data?default", "news/get?default",
                    "news?graph=https://w3id.org/newsgraph/id/graph/article/a1", "news/upload")) {
                assertClientError(send(method, path, "text/turtle", turtle).statusCode(), method + " /" + path);
            }
        }
    }

    @Test
    void adminIsReadOnly() throws Exception {
        assertEquals(200, send("GET", "$/server", null, null).statusCode());
        assertEquals(200, send("GET", "$/ping", null, null).statusCode());
        HttpResponse<String> datasets = send("GET", "$/datasets", null, null);
        assertEquals(200, datasets.statusCode());
        assertTrue(datasets.body().contains("/news"), datasets.body());
        assertEquals(405, send("POST", "$/datasets", "application/x-www-form-urlencoded", "dbName=evil&dbType=mem").statusCode());
        assertEquals(405, send("DELETE", "$/datasets/news", null, null).statusCode());
        assertEquals(405, send("POST", "$/compact/news", null, null).statusCode());
        assertEquals(200, send("GET", "$/datasets", null, null).statusCode(), "the dataset is still there");
    }

    /** Spellings of {@code /$/datasets} that Jetty routes to the admin servlet but a raw-URI check would miss. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"$/datasets", "%24/datasets", "x/../$/datasets", "./$/datasets", "$;x/datasets",
            "%24;x/datasets"})
    void adminWritesAreRefusedHoweverThePathIsSpelled(String datasets) throws Exception {
        int create = send("POST", datasets, "application/x-www-form-urlencoded", "dbName=evil&dbType=mem").statusCode();
        assertClientError(create, "POST /" + datasets);
        int delete = send("DELETE", datasets + "/news", null, null).statusCode();
        assertClientError(delete, "DELETE /" + datasets + "/news");
        HttpResponse<String> list = send("GET", "$/datasets", null, null);
        assertTrue(list.body().contains("/news") && !list.body().contains("evil"), list.body());
        assertEquals(200, query("ASK {}").statusCode());
    }

    @Test
    void webUiIsServed() throws Exception {
        HttpResponse<String> page = send("GET", "", null, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().toLowerCase().contains("<html"), page.body());
    }

    @Test
    void serviceToOtherHostsIsOff() throws Exception {
        HttpResponse<String> r = query("SELECT * { SERVICE <" + server.datasetUrl() + "/sparql> { ?s ?p ?o } } LIMIT 1");
        assertTrue(r.statusCode() >= 400, "SERVICE answered " + r.statusCode() + ": " + r.body());
    }

    @Test
    void javaScriptFunctionsAreOff() throws Exception {
        HttpResponse<String> r = query("PREFIX js: <http://jena.apache.org/ARQ/jsFunction#> SELECT (js:f(1) AS ?x) {}");
        assertTrue(r.body().contains("Scripting not enabled") || r.body().lines().map(String::strip).toList().equals(List.of("x", "")),
                r.statusCode() + " " + r.body());
    }

    @Test
    void largeBodiesAreRefused() throws Exception {
        String big = "SELECT * {} # " + "x".repeat((int) SparqlServer.MAX_BODY_BYTES);
        try {
            assertEquals(413, send("POST", "news/sparql", "application/sparql-query", big).statusCode());
        } catch (IOException closedBeforeTheBodyWasSent) {
            // refused: the server answered 413 and closed the connection while the client was still sending
        }
    }

    @Test
    void anExpensiveQueryIsCancelledAndTheServerGoesOn() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> slow = query("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertTrue(slow.statusCode() >= 400 || !slow.body().contains("\n1"), slow.statusCode() + " " + slow.body());
        assertTrue(seconds < 20, "cancelled after " + seconds + " s");
        assertEquals(200, query("ASK {}").statusCode());
    }

    static HttpResponse<String> query(String sparql) throws Exception {
        return send("POST", "news/sparql", "application/sparql-query", sparql, "text/csv");
    }

    static HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        return send(method, path, contentType, body, "*/*");
    }

    /**
     * A refused write is answered before its body is read, and the server then closes the connection;
     * a pooled client could send the next request on that closed connection and get no answer at all
     * ("header parser received no bytes"), depending on timing. So every request has its own client.
     */
    static HttpResponse<String> send(String method, String path, String contentType, String body, String accept)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", accept)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void assertClientError(int status, String what) {
        assertTrue(status >= 400 && status < 500, what + " answered " + status);
    }

    /** GROUP_CONCAT gives no order, so "a, b" and "a; b" lists are compared with their items sorted. */
    static String sortLists(String csvLine) {
        return Arrays.stream(sortCommaLists(csvLine).split(",", -1)).map(cell -> {
            String[] items = cell.split("; ");
            Arrays.sort(items);
            return String.join("; ", items);
        }).collect(java.util.stream.Collectors.joining(","));
    }

    private static String sortCommaLists(String csvLine) {
        StringBuilder out = new StringBuilder();
        String[] parts = csvLine.split("\"", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i % 2 == 1 && p.contains(", ") && !p.contains(".")) {
                String[] items = p.split(", ");
                Arrays.sort(items);
                p = String.join(", ", items);
            }
            out.append(i == 0 ? "" : "\"").append(p);
        }
        return out.toString();
    }
}
