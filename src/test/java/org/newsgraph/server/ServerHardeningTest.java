package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphBatch;
import org.newsgraph.store.TdbStore;

/**
 * The attacks of issue 11 against a real updatable server on 127.0.0.1 port 0: each is refused or
 * bounded, and the server goes on answering.
 */
class ServerHardeningTest {

    @TempDir
    static Path dir;
    static SparqlServer server;
    static ServerSocket web;
    static final AtomicInteger webConnections = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        TdbStore store = TdbStore.open(dir.resolve("tdb2"));
        store.load(new GraphBatch(Iris.standard()).addFile(Path.of(SparqlServerTest.FIXTURE)));
        Path passwd = Files.writeString(dir.resolve("passwd"), "editor: s3cret\n");
        Files.setPosixFilePermissions(passwd, PosixFilePermissions.fromString("rw-------"));
        server = SparqlServer.start(store.dataset(),
                new SparqlServer.Settings("127.0.0.1", 0, Duration.ofSeconds(2), Optional.of(passwd)));
        web = new ServerSocket(0);
        Thread accept = new Thread(() -> {
            try {
                while (true) {
                    Socket s = web.accept();
                    webConnections.incrementAndGet();
                    s.close();
                }
            } catch (IOException closed) {
                // the test is over
            }
        }, "fake-web");
        accept.setDaemon(true);
        accept.start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.stop();
        web.close();
    }

    @Test
    void loadFromAServerFileIsRefusedAndEchoesNothing() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.ttl"), "<urn:ex:secret> <urn:ex:is> \"swordfish\" .\n");
        for (String source : new String[] {secret.toUri().toString(), "file:///etc/passwd"}) {
            HttpResponse<String> r = update("LOAD <" + source + "> INTO GRAPH <urn:ex:stolen>");
            assertTrue(r.statusCode() >= 400, source + " answered " + r.statusCode() + ": " + r.body());
            assertFalse(r.body().contains("root:") || r.body().contains("swordfish"), r.body());
        }
        assertEquals("0", count("GRAPH <urn:ex:stolen> { ?s ?p ?o }"));
    }

    @Test
    void loadFromTheWebIsRefusedWithoutTheOptionAndConnectsNowhere() throws Exception {
        int before = webConnections.get();
        HttpResponse<String> r = update("LOAD <http://127.0.0.1:" + web.getLocalPort() + "/data.ttl> INTO GRAPH <urn:ex:web>");
        assertTrue(r.statusCode() >= 400, r.statusCode() + ": " + r.body());
        assertTrue(r.body().contains("--allow-load-from-web"), r.body());
        assertEquals(before, webConnections.get(), "the server made an outbound connection");
    }

    static String count(String pattern) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql"))
                .header("Accept", "text/csv").header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString("SELECT (COUNT(*) AS ?n) { " + pattern + " }")).build();
        String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        return body.lines().skip(1).findFirst().orElseThrow().strip();
    }

    static HttpResponse<String> update(String sparql) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update"))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(sparql)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
