package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphBatch;
import org.newsgraph.store.TdbStore;

/**
 * Over HTTP, without a browser: the view's files, vis-network and the prefix list are served and nothing
 * else of the classpath; the Fuseki UI comes patched (no prefix.cc, the read-only style sheet); {@code /$/tasks}
 * is an empty list; every answer carries the Content-Security-Policy that keeps pages on this server.
 */
class ViewResourcesTest {

    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir
    static Path dir;
    static SparqlServer server;
    static TdbStore store;

    @BeforeAll
    static void start() {
        store = TdbStore.open(dir.resolve("tdb2"));
        store.load(new GraphBatch(Iris.standard()).addFile(Path.of(SparqlServerTest.FIXTURE)));
        server = SparqlServer.start(store.dataset(),
                new SparqlServer.Settings("127.0.0.1", 0, Duration.ofSeconds(30), Optional.empty()));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** 'serve' and 'up' run the first picture's queries before they print the view's address: they parse and answer. */
    @Test
    void theWarmUpReadsTheFirstPicture() {
        assertTrue(ViewWarmUp.run(store.dataset()) > 0, "the view's first-picture queries read no row of the summary");
    }

    /** Path, expected status, a content type it starts with ("" for any), text the body holds, text it must not hold. */
    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("$/tasks", 200, "application/json", "[]", "<"),
                Arguments.of("$/tasks/1", 404, "", "", "[]"),
                Arguments.of("view", 302, "", "", "<html"),
                Arguments.of("view/", 200, "text/html", "lib/vis-network.min.js", ""),
                Arguments.of("view/view.js", 200, "text/javascript", "newsgraphView", ""),
                Arguments.of("view/network.rq", 200, "application/sparql-query", "ng:fromActor", ""),
                Arguments.of("view/top.rq", 200, "application/sparql-query", "ng:articleCount", ""),
                Arguments.of("view/search.rq", 200, "application/sparql-query", "VALUES ?text { UNDEF }", ""),
                Arguments.of("view/events.rq", 200, "application/sparql-query", "ng:MilitarySupport", ""),
                Arguments.of("view/lib/vis-network.min.js", 200, "text/javascript", "vis-network", ""),
                Arguments.of("view/prefixes.json", 200, "application/json",
                        "\"ng\":\"https://w3id.org/newsgraph/ontology#\"", ""),
                Arguments.of("view/queries/index.txt", 200, "text/plain", "who-met-whom", ""),
                Arguments.of("view/queries/timeline.rq", 200, "application/sparql-query", "ng:date", ""),
                Arguments.of("view/queries/../network.rq", 200, "application/sparql-query", "ng:fromActor", ""),
                Arguments.of("view/log4j2.xml", 404, "", "", "<Configuration"),
                Arguments.of("view/lib/vis-network.js", 404, "", "", "function("),
                Arguments.of("view/queries/summary.ru", 404, "", "", "INSERT"),
                Arguments.of("view/%2e%2e/newsgraph/lang/it/months.tsv", 400, "", "", "gennaio"),
                Arguments.of("", 200, "text/html", "view/fuseki-ui-read-only.css", ""),
                Arguments.of("index.html", 200, "text/html", "view/fuseki-ui-read-only.css", ""),
                Arguments.of("view/fuseki-ui-read-only.css", 200, "text/css", ".dataset-remove", ""),
                Arguments.of("static/" + queryScript(), 200, "text/javascript", "view/prefixes.json", "prefix.cc"));
    }

    @ParameterizedTest(name = "GET /{0} → {1}")
    @MethodSource("answers")
    void answersWithItsPolicy(String path, int status, String type, String holds, String lacks) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type), r.headers().toString());
        assertTrue(r.body().contains(holds), r.body().length() > 300 ? r.body().substring(0, 300) : r.body());
        assertFalse(!lacks.isEmpty() && r.body().contains(lacks), lacks);
        if (status != 400) { // Jetty refuses an ambiguous path itself, before any filter, with a page of plain text
            assertEquals(ContentSecurity.POLICY, r.headers().firstValue("Content-Security-Policy").orElse(""));
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
    }

    /** Whether the server takes updates, and the style sheet its Fuseki UI page must carry. */
    static Stream<Arguments> uiSheets() {
        return Stream.of(Arguments.of(false, "view/fuseki-ui-read-only.css", "view/fuseki-ui.css\""),
                Arguments.of(true, "view/fuseki-ui.css\"", "read-only"));
    }

    @ParameterizedTest(name = "updatable: {0}")
    @MethodSource("uiSheets")
    void theUiHidesWhatTheServerRefuses(boolean updatable, String sheet, String notSheet) throws Exception {
        Path passwd = Files.writeString(dir.resolve("passwd"), "editor: s3cret\n");
        Files.setPosixFilePermissions(passwd, PosixFilePermissions.fromString("rw-------"));
        SparqlServer own = SparqlServer.start(TdbStore.open(dir.resolve("tdb2")).dataset(), new SparqlServer.Settings(
                "127.0.0.1", 0, Duration.ofSeconds(30), updatable ? Optional.of(passwd) : Optional.empty()));
        try {
            String page = HTTP.send(HttpRequest.newBuilder(URI.create(own.url())).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(page.contains(sheet) && !page.contains(notSheet), page);
        } finally {
            own.stop();
        }
    }

    /** The Fuseki UI's query page script, whose name carries a hash that changes with each Jena release. */
    static String queryScript() {
        try (var files = FileSystems.newFileSystem(Path.of(ViewResourcesTest.class.getClassLoader()
                .getResource("webapp/index.html").toURI().getSchemeSpecificPart().replaceFirst("^file:", "")
                .replaceFirst("!/.*$", "")))) {
            try (Stream<Path> list = Files.list(files.getPath("webapp", "static"))) {
                return list.map(p -> p.getFileName().toString()).filter(n -> n.matches("Query-.*\\.js"))
                        .findFirst().orElseThrow();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot list the Fuseki UI's files", e);
        }
    }
}
