package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.system.Txn;
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

    @Test
    void withTheOptionLoadFetchesHttpButStillNoFiles() throws Exception {
        HttpServer web = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        web.createContext("/data.ttl", exchange -> {
            byte[] body = "<urn:ex:s> <urn:ex:p> \"fetched\" .\n".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/turtle");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        web.start();
        TdbStore store = TdbStore.open(dir.resolve("tdb2-web"));
        SparqlServer open = SparqlServer.start(store.dataset(), new SparqlServer.Settings("127.0.0.1", 0,
                Duration.ofSeconds(2), Optional.of(dir.resolve("passwd")), true));
        try {
            String url = "http://127.0.0.1:" + web.getAddress().getPort() + "/data.ttl";
            HttpResponse<String> fetched = update(open, "LOAD <" + url + "> INTO GRAPH <urn:ex:web>");
            assertTrue(fetched.statusCode() / 100 == 2, fetched.statusCode() + " " + fetched.body());
            Path secret = Files.writeString(dir.resolve("secret2.ttl"), "<urn:ex:a> <urn:ex:b> \"local\" .\n");
            HttpResponse<String> local = update(open, "LOAD <" + secret.toUri() + "> INTO GRAPH <urn:ex:local>");
            assertTrue(local.statusCode() >= 400, local.statusCode() + " " + local.body());
            assertEquals(1L, (long) Txn.calculateRead(store.dataset(), () -> store.dataset().stream().count()));
        } finally {
            open.stop();
            web.stop(0);
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedByTheBytesRead() throws Exception {
        long start = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /news/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String head = "SELECT * {} #";
            out.write((Integer.toHexString(head.length()) + "\r\n" + head + "\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("10000\r\n" + "x".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            try {
                for (int i = 0; i < 48; i++) {
                    out.write(chunk);
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException refusedWhileSending) {
                // the server answered and closed before the 3 MB were sent
            }
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 413", status);
        }
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "refused within seconds");
        assertEquals("1", count("VALUES ?x { 1 }"));
    }

    @Test
    void slowClientsHoldNoWorker() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 60; i++) {
                Socket s = new Socket("127.0.0.1", server.port());
                s.getOutputStream().write(("POST /news/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/sparql-query\r\nContent-Length: 1000\r\n\r\nS")
                        .getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                slow.add(s);
            }
            long start = System.nanoTime();
            assertEquals("1", count("VALUES ?x { 1 }"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 3000, "a normal query waited " + millis + " ms behind 60 slow clients");
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void aCatastrophicRegexFailsWithinSecondsAndOrdinaryOnesStillWork() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = query("ASK { FILTER(REGEX(\"" + "a".repeat(37) + "!\", \"^(.*a){12}$\")) }");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(seconds < 5, "answered after " + seconds + " s");

        HttpResponse<String> inData = query("SELECT * { ?s ?p ?o FILTER(REGEX(STR(?o), \"^(.*a){12}$\")) }");
        assertTrue(inData.statusCode() == 200 || inData.statusCode() == 503, inData.statusCode() + " " + inData.body());
        HttpResponse<String> people = query("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a ?c ; "
                + "<http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(REGEX(?l, \"^(kim|VLADIMIR) \", \"i\") "
                + "&& ?c = <https://w3id.org/newsgraph/ontology#Person>) }");
        assertEquals("2", people.body().lines().skip(1).findFirst().orElseThrow().strip(), people.body());
    }

    @Test
    void resultsStillStreamingAtTheTimeoutEndInAnErrorTheClientSees() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(20_000);
            String query = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            socket.getOutputStream().write(("POST /news/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Accept: application/sparql-results+json\r\nContent-Type: application/sparql-query\r\n"
                    + "Content-Length: " + query.length() + "\r\n\r\n" + query).getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] last = new byte[5];
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; total += n) {
                if (n >= 5) {
                    System.arraycopy(buffer, n - 5, last, 0, 5);
                } else {
                    System.arraycopy(last, n, last, 0, 5 - n);
                    System.arraycopy(buffer, 0, last, 5 - n, n);
                }
                if (new String(last, StandardCharsets.US_ASCII).equals("0\r\n\r\n")) {
                    break;
                }
            }
            assertTrue(total > 1_000_000, "the results had begun streaming: " + total + " bytes");
            assertFalse(new String(last, StandardCharsets.US_ASCII).equals("0\r\n\r\n"),
                    "the chunked response was ended as if complete; the client cannot tell it was cut off");
        }
        assertEquals("1", count("VALUES ?x { 1 }"));
    }

    static HttpResponse<String> query(String sparql) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql"))
                .header("Accept", "text/csv").header("Content-Type", "application/sparql-query")
                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString(sparql)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String count(String pattern) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql"))
                .header("Accept", "text/csv").header("Content-Type", "application/sparql-query")
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString("SELECT (COUNT(*) AS ?n) { " + pattern + " }")).build();
        String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        return body.lines().skip(1).findFirst().orElseThrow().strip();
    }

    static HttpResponse<String> update(String sparql) throws Exception {
        return update(server, sparql);
    }

    static HttpResponse<String> update(SparqlServer target, String sparql) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.datasetUrl() + "/update"))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(sparql)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
