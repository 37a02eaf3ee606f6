package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
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
 * The attacks of issue 11 against a real updatable server on 127.0.0.1 port 0 with a 2 s query timeout:
 * each is refused or bounded, and the server goes on answering. Tests that count the requests running
 * in Fuseki, or fill the connection limits, start a server of their own. A second client is played
 * from another loopback address (127.0.0.2 and up), where the system allows binding it.
 */
class ServerHardeningTest {

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** What an answer may take beyond what the test expects, on a busy two-core machine. */
    static final Duration SLACK = Duration.ofSeconds(3);
    static final HttpClient HTTP = HttpClient.newHttpClient();
    /** A second client's address, or null where it cannot be bound. */
    static final InetAddress OTHER_CLIENT = bindable("127.0.0.2");

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
                new SparqlServer.Settings("127.0.0.1", 0, TIMEOUT, Optional.of(passwd)));
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
                TIMEOUT, Optional.of(dir.resolve("passwd")), true));
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

    /** The catastrophic regex of issue 11 item 1, in every place a query can run a regex. */
    static Stream<Arguments> catastrophicRegexes() {
        String text = "\"" + "a".repeat(37) + "!\"";
        String pattern = "\"^(.*a){12}$\"";
        String fn = "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> ";
        return Stream.of(
                Arguments.of("REGEX in FILTER", "ASK { FILTER(REGEX(" + text + ", " + pattern + ")) }"),
                Arguments.of("REPLACE in FILTER", "ASK { FILTER(REPLACE(" + text + ", " + pattern + ", \"x\") = \"y\") }"),
                Arguments.of("REGEX in BIND", "SELECT ?m { BIND(REGEX(" + text + ", " + pattern + ") AS ?m) }"),
                Arguments.of("REPLACE in BIND", "SELECT ?m { BIND(REPLACE(" + text + ", " + pattern + ", \"\") AS ?m) }"),
                Arguments.of("REGEX in a subquery", "SELECT * { { SELECT (REGEX(" + text + ", " + pattern + ") AS ?m) {} } }"),
                Arguments.of("REPLACE in ORDER BY", "SELECT * { VALUES ?x { 1 2 3 } } ORDER BY (REPLACE(CONCAT(STR(?x), "
                        + text + "), " + pattern + ", \"\"))"),
                Arguments.of("REGEX in EXISTS", "ASK { FILTER EXISTS { FILTER(REGEX(" + text + ", " + pattern + ")) } }"),
                Arguments.of("REGEX in an aggregate", "SELECT (SUM(IF(REGEX(?x, " + pattern + "), 1, 0)) AS ?n) { VALUES ?x { "
                        + text + " } }"),
                Arguments.of("REGEX in HAVING", "SELECT (COUNT(*) AS ?n) {} HAVING (REGEX(" + text + ", " + pattern + "))"),
                Arguments.of("fn:matches", fn + "ASK { FILTER(fn:matches(" + text + ", " + pattern + ")) }"),
                Arguments.of("fn:replace", fn + "ASK { FILTER(fn:replace(" + text + ", " + pattern + ", \"\") = \"\") }"),
                Arguments.of("ARQ's matches by class name", "ASK { FILTER(<http://jena.apache.org/ARQ/function#FN_Matches>("
                        + text + ", " + pattern + ")) }"),
                Arguments.of("ARQ's replace by java: name", "ASK { FILTER(<java:org.apache.jena.sparql.function.library."
                        + "FN_StrReplace>(" + text + ", " + pattern + ", \"\") = \"\") }"),
                Arguments.of("REGEX on every row of the data", "SELECT * { ?s ?p ?o FILTER(REGEX(CONCAT(STR(?o), " + text
                        + "), " + pattern + ")) }"),
                Arguments.of("REGEX under a second a row, on every row", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o . ?a ?b ?c "
                        + "FILTER(REGEX(CONCAT(STR(?o), \"" + "a".repeat(30) + "!\"), \"^(.*a){9}$\")) }"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catastrophicRegexes")
    void aCatastrophicRegexEndsWithinTheTimeoutWithTheTimeoutStatus(String where, String sparql) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = query(sparql);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, r.statusCode(), where + ": " + r.body());
        assertTrue(millis < TIMEOUT.toMillis() + SLACK.toMillis(), where + " answered after " + millis + " ms");
    }

    /** Functions that run unbounded in one call, or are named by class, and what a query using them gets. */
    static Stream<Arguments> refusedFunctions() {
        return Stream.of(
                Arguments.of("afn:wait sleeps", "ASK { FILTER(<http://jena.apache.org/ARQ/function#wait>(600000)) }"),
                Arguments.of("lfn:factorial multiplies", "ASK { FILTER(<http://www.dotnetrdf.org/leviathan#factorial>(10000000) > 1) }"),
                Arguments.of("apf:strSplit splits by a regex", "SELECT * { ?x <http://jena.apache.org/ARQ/property#strSplit> (\""
                        + "a".repeat(37) + "!\" \"^(.*a){12}$\") }"),
                Arguments.of("a class outside ARQ's library", "ASK { FILTER(<java:org.apache.jena.sparql.function.scripting."
                        + "ScriptFunction>(\"a\")) }"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFunctions")
    void functionsWithUnboundedWorkAreRefusedAtOnce(String what, String sparql) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = query(sparql);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(422, r.statusCode(), what + ": " + r.body());
        assertTrue(r.body().contains("is not available on this server"), r.body());
        assertTrue(millis < TIMEOUT.toMillis(), what + " answered after " + millis + " ms");
    }

    /** Ordinary uses of the guarded functions, each answered by the server as plain Jena answers it. */
    static Stream<Arguments> ordinaryRegexes() {
        return Stream.of(
                Arguments.of("REGEX(\"Kim Jong-un\", \"^kim\", \"i\")"),
                Arguments.of("REGEX(\"Mosca\"@it, \"OSC\")"),
                Arguments.of("REGEX(\"a.b\", \".\", \"q\")"),
                Arguments.of("REGEX(\"a+b\", \"a+b\", \"q\")"),
                Arguments.of("REGEX(42, \"4\")"),
                Arguments.of("REPLACE(\"abcabc\", \"b\", \"X\")"),
                Arguments.of("REPLACE(\"Seul\"@it, \"(e)\", \"[$1]\")"),
                Arguments.of("REPLACE(\"abc\", \"x*\", \"-\")"),
                Arguments.of("REPLACE(\"AbAB\", \"b\", \"\", \"i\")"),
                Arguments.of("REPLACE(\"abc\", \"z\", \"y\")"),
                Arguments.of("REPLACE(\"abc\", \"(b)\", \"$2\")"),
                Arguments.of("REPLACE(\"2024-06-18\"^^<http://www.w3.org/2001/XMLSchema#string>, \"-\", \"/\")"),
                Arguments.of("<http://www.w3.org/2005/xpath-functions#matches>(\"Pyongyang\", \"yang$\")"),
                Arguments.of("<http://www.w3.org/2005/xpath-functions#replace>(\"Pyongyang\", \"yang\", \"-\")"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ordinaryRegexes")
    void ordinaryRegexesAnswerAsInPlainJena(String expression) throws Exception {
        String sparql = "SELECT (" + expression + " AS ?x) {}";
        HttpResponse<String> served = send(server, sparql, "text/tab-separated-values");
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ResultSetFormatter.outputAsTSV(plain, ResultSet.adapt(QueryExec.dataset(DatasetGraphFactory.create())
                .query(sparql).select()));
        assertEquals(200, served.statusCode(), served.body());
        assertEquals(plain.toString(StandardCharsets.UTF_8).strip(), served.body().strip(), expression);
    }

    @Test
    void ordinaryRegexesOverTheDataStillMatch() throws Exception {
        HttpResponse<String> people = query("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a ?c ; "
                + "<http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(REGEX(?l, \"^(kim|VLADIMIR) \", \"i\") "
                + "&& ?c = <https://w3id.org/newsgraph/ontology#Person>) }");
        assertEquals("2", people.body().lines().skip(1).findFirst().orElseThrow().strip(), people.body());
        HttpResponse<String> renamed = query("SELECT (COUNT(*) AS ?n) { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?l "
                + "FILTER(REPLACE(?l, \"^Kim \", \"K. \") = \"K. Jong-un\") }");
        assertTrue(Integer.parseInt(renamed.body().lines().skip(1).findFirst().orElseThrow().strip()) > 0, renamed.body());
    }

    /** Fuseki answers a failed update with 500 and the reason, whatever the reason; the write is undone. */
    @Test
    void aCatastrophicRegexInAnUpdateFailsAndWritesNothing() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = update("INSERT { <urn:ex:a> <urn:ex:b> \"c\" } WHERE { FILTER(REGEX(\""
                + "a".repeat(37) + "!\", \"^(.*a){12}$\")) }");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(500, r.statusCode(), r.body());
        assertTrue(r.body().contains("backtracks too much"), r.body());
        assertTrue(millis < TIMEOUT.toMillis() + SLACK.toMillis(), "answered after " + millis + " ms");
        assertEquals("0", count("<urn:ex:a> ?p ?o"));
    }

    @Test
    void twentyCatastrophicRegexesAtOnceLeaveTheServerAnswering() throws Exception {
        String text = "\"" + "a".repeat(37) + "!\"";
        List<CompletableFuture<HttpResponse<String>>> attacks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String sparql = i % 2 == 0 ? "ASK { FILTER(REGEX(" + text + ", \"^(.*a){12}$\")) }"
                    : "ASK { FILTER(REPLACE(" + text + ", \"^(.*a){12}$\", \"\") = \"\") }";
            attacks.add(HTTP.sendAsync(request(server, sparql, "text/csv"), HttpResponse.BodyHandlers.ofString()));
        }
        Thread.sleep(300);
        long start = System.nanoTime();
        assertEquals("1", count("VALUES ?x { 1 }"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < SLACK.toMillis(), "a normal query waited " + millis + " ms behind 20 regex attacks");
        for (CompletableFuture<HttpResponse<String>> attack : attacks) {
            assertEquals(503, attack.get(TIMEOUT.toMillis() + SLACK.toMillis(), TimeUnit.MILLISECONDS).statusCode());
        }
    }

    @Test
    void aClientThatLeavesHasItsQueryCancelled() throws Exception {
        SparqlServer patient = ownServer("leave", Duration.ofSeconds(60));
        String sparql = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
        List<Socket> leaving = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                leaving.add(post(patient, sparql));
            }
            assertTrue(waitFor(() -> running(patient) == 10, Duration.ofSeconds(10)),
                    "10 queries running, not " + running(patient));
            for (Socket s : leaving) {
                s.close();
            }
            long start = System.nanoTime();
            assertTrue(waitFor(() -> running(patient) == 0, Duration.ofSeconds(5)),
                    running(patient) + " queries still running 5 s after their clients left");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 3000, "the queries ran on for " + millis + " ms after their clients left");
            assertEquals(200, send(patient, "ASK {}", "text/csv").statusCode());
        } finally {
            for (Socket s : leaving) {
                s.close();
            }
            patient.stop();
        }
    }

    @Test
    void slowBodiesAreCutOffAfterTheGraceAndNormalQueriesGoOn() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 30; i++) {
                slow.add(post(server, "S", 1000));
            }
            long start = System.nanoTime();
            Map<Socket, String> cutOff = new HashMap<>();
            while (cutOff.size() < slow.size() && System.nanoTime() - start < SparqlServer.BODY_GRACE.plusSeconds(8).toNanos()) {
                long asked = System.nanoTime();
                assertEquals("1", count("VALUES ?x { 1 }"));
                long millis = (System.nanoTime() - asked) / 1_000_000;
                assertTrue(millis < SLACK.toMillis(), "a normal query waited " + millis + " ms beside 30 slow bodies");
                for (Socket s : slow) {
                    String answer = cutOff.containsKey(s) ? null : trickleAndListen(s);
                    if (answer != null) {
                        cutOff.put(s, answer);
                    }
                }
                if (cutOff.isEmpty()) {
                    assertTrue(System.nanoTime() - start < SparqlServer.BODY_GRACE.plusSeconds(4).toNanos(),
                            "no slow body cut off soon after the grace period");
                } else {
                    assertTrue(System.nanoTime() - start > SparqlServer.BODY_GRACE.toNanos(),
                            "slow bodies cut off within the grace period: " + cutOff.values());
                }
                Thread.sleep(2000);
            }
            assertEquals(slow.size(), cutOff.size(), "slow bodies cut off: " + cutOff.values());
            assertTrue(cutOff.values().stream().allMatch(a -> a.startsWith("HTTP/1.1 408") || a.equals("closed")),
                    cutOff.values().toString());
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void oneClientHoldsAtMostItsShareOfThreads() throws Exception {
        assumeTrue(OTHER_CLIENT != null, "127.0.0.2 cannot be bound here to play a second client");
        SparqlServer shared = ownServer("share", TIMEOUT);
        String sparql = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        List<Socket> notReading = new ArrayList<>();
        try {
            for (int i = 0; i < SparqlServer.MAX_THREADS; i++) {
                Socket s = new Socket();
                s.setReceiveBufferSize(1024);
                s.bind(new InetSocketAddress(OTHER_CLIENT, 0));
                s.connect(new InetSocketAddress("127.0.0.1", shared.port()));
                write(s, "POST /news/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/sparql-results+json\r\n"
                        + "Content-Type: application/sparql-query\r\nContent-Length: " + sparql.length() + "\r\n\r\n" + sparql);
                notReading.add(s);
            }
            assertTrue(waitFor(() -> running(shared) >= SparqlServer.THREADS_PER_CLIENT, Duration.ofSeconds(10)),
                    "the client's requests did not start: " + running(shared));
            Thread.sleep(1000);
            assertEquals(SparqlServer.THREADS_PER_CLIENT, running(shared),
                    "requests of one client in Fuseki at once, each holding a thread on a write the client never reads");
            long start = System.nanoTime();
            assertEquals(200, send(shared, "SELECT * { VALUES ?x { 1 } }", "text/csv").statusCode());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < SLACK.toMillis(), "another client's query waited " + millis + " ms");
            for (Socket s : notReading) {
                s.close();
            }
            assertTrue(waitFor(() -> running(shared) == 0, Duration.ofSeconds(10)),
                    "threads still held after the client left: " + running(shared));
        } finally {
            for (Socket s : notReading) {
                s.close();
            }
            shared.stop();
        }
    }

    @Test
    void oneClientHoldsAtMostItsShareOfConnections() throws Exception {
        assumeTrue(OTHER_CLIENT != null, "127.0.0.2 cannot be bound here to play a second client");
        SparqlServer limited = ownServer("connections", TIMEOUT);
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < SparqlServer.CONNECTIONS_PER_CLIENT; i++) {
                held.add(connect(limited, OTHER_CLIENT));
            }
            // Jetty accepts in arrival order: once a later connection is answered, the held ones have all been
            // accepted, so the next one is the client's first over its share (a loaded machine accepts late)
            assertTrue(waitFor(() -> ping(limited, InetAddress.getLoopbackAddress()) == 200, Duration.ofSeconds(10)),
                    "the server answered no other client");
            try (Socket oneMore = connect(limited, OTHER_CLIENT)) {
                assertEquals(-1, readOrEnd(oneMore), "a connection over the client's share was kept open");
            }
            assertEquals(200, send(limited, "ASK {}", "text/csv").statusCode());
            held.remove(0).close();
            assertTrue(waitFor(() -> ping(limited, OTHER_CLIENT) == 200, Duration.ofSeconds(5)),
                    "the client got no connection after closing one of its own");
        } finally {
            for (Socket s : held) {
                s.close();
            }
            limited.stop();
        }
    }

    @Test
    void connectionsOverTheServersCapWaitUntilOneCloses() throws Exception {
        List<InetAddress> clients = new ArrayList<>();
        for (int i = 2; clients.size() * SparqlServer.CONNECTIONS_PER_CLIENT < SparqlServer.MAX_CONNECTIONS; i++) {
            InetAddress a = bindable("127.0.0." + i);
            assumeTrue(a != null, "127.0.0." + i + " cannot be bound here to play another client");
            clients.add(a);
        }
        SparqlServer limited = ownServer("cap", TIMEOUT);
        List<Socket> held = new ArrayList<>();
        try {
            for (InetAddress a : clients) {
                for (int i = 0; i < SparqlServer.CONNECTIONS_PER_CLIENT; i++) {
                    held.add(connect(limited, a));
                }
            }
            assertEquals(0, ping(limited, InetAddress.getLoopbackAddress()), "a connection over the cap was served");
            for (int i = 0; i < 10; i++) {
                held.remove(0).close();
            }
            assertTrue(waitFor(() -> ping(limited, InetAddress.getLoopbackAddress()) == 200, Duration.ofSeconds(5)),
                    "no connection accepted after others closed");
        } finally {
            for (Socket s : held) {
                s.close();
            }
            limited.stop();
        }
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
        return send(server, sparql, "text/csv");
    }

    static HttpRequest request(SparqlServer target, String sparql, String accept) {
        return HttpRequest.newBuilder(URI.create(target.datasetUrl() + "/sparql"))
                .header("Accept", accept).header("Content-Type", "application/sparql-query")
                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString(sparql)).build();
    }

    static HttpResponse<String> send(SparqlServer target, String sparql, String accept) throws Exception {
        return HTTP.send(request(target, sparql, accept), HttpResponse.BodyHandlers.ofString());
    }

    static String count(String pattern) throws Exception {
        String body = query("SELECT (COUNT(*) AS ?n) { " + pattern + " }").body();
        return body.lines().skip(1).findFirst().orElseThrow().strip();
    }

    /** A server of its own over the fixture, for tests that count its requests or fill its limits. */
    static SparqlServer ownServer(String name, Duration timeout) {
        TdbStore store = TdbStore.open(dir.resolve("tdb2-" + name));
        store.load(new GraphBatch(Iris.standard()).addFile(Path.of(SparqlServerTest.FIXTURE)));
        return SparqlServer.start(store.dataset(), new SparqlServer.Settings("127.0.0.1", 0, timeout, Optional.empty()));
    }

    /** Requests Fuseki has begun and not yet answered on /news, from its statistics. */
    static long running(SparqlServer target) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(target.url() + "$/stats/news"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            JsonObject news = JSON.parse(r.body()).get("datasets").getAsObject().get("/news").getAsObject();
            return news.get("Requests").getAsNumber().value().longValue()
                    - news.get("RequestsGood").getAsNumber().value().longValue()
                    - news.get("RequestsBad").getAsNumber().value().longValue();
        } catch (Exception e) {
            throw new IllegalStateException("no statistics: " + e, e);
        }
    }

    /** Whether {@code condition} holds within {@code limit}, asked every 100 ms. */
    static boolean waitFor(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    /** A POST of {@code sparql} on a raw connection whose answer the test never reads. */
    static Socket post(SparqlServer target, String sparql) throws IOException {
        return post(target, sparql, sparql.length());
    }

    /** A POST announcing {@code length} bytes of body and sending {@code body}, the rest still to come. */
    static Socket post(SparqlServer target, String body, int length) throws IOException {
        Socket s = new Socket("127.0.0.1", target.port());
        write(s, "POST /news/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                + "Content-Length: " + length + "\r\n\r\n" + body);
        return s;
    }

    static void write(Socket s, String text) throws IOException {
        s.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
    }

    /**
     * Sends one more byte of a slow body and looks for the server's answer: its status line, "closed" when
     * the connection was closed, or null while the server still waits for the body.
     */
    static String trickleAndListen(Socket s) throws IOException {
        try {
            write(s, " ");
        } catch (IOException closed) {
            return "closed";
        }
        s.setSoTimeout(50);
        try {
            byte[] buffer = new byte[256];
            int n = s.getInputStream().read(buffer);
            return n < 0 ? "closed" : new String(buffer, 0, n, StandardCharsets.US_ASCII).lines().findFirst().orElse("");
        } catch (SocketTimeoutException waiting) {
            return null;
        } catch (IOException reset) {
            return "closed";
        }
    }

    /** A connection to {@code target} from the local address {@code client}. */
    static Socket connect(SparqlServer target, InetAddress client) throws IOException {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(client, 0));
        s.connect(new InetSocketAddress("127.0.0.1", target.port()));
        return s;
    }

    /** The next byte, or -1 when the server closes or resets the connection; fails if it stays open 15 s (a loaded machine accepts late). */
    static int readOrEnd(Socket s) throws IOException {
        s.setSoTimeout(15_000);
        try {
            return s.getInputStream().read();
        } catch (SocketTimeoutException open) {
            throw open;
        } catch (IOException reset) {
            return -1;
        }
    }

    /** The status of {@code GET /$/ping} from {@code client}, or 0 if nothing answers within 2 s. */
    static int ping(SparqlServer target, InetAddress client) {
        try (Socket s = connect(target, client)) {
            write(s, "GET /$/ping HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            s.setSoTimeout(2000);
            String status = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return status.startsWith("HTTP/1.1 ") ? Integer.parseInt(status.substring(9)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** {@code address} if this machine lets a socket bind it (Linux routes all of 127.0.0.0/8 to loopback). */
    static InetAddress bindable(String address) {
        try (Socket s = new Socket()) {
            InetAddress a = InetAddress.getByName(address);
            s.bind(new InetSocketAddress(a, 0));
            return a;
        } catch (IOException e) {
            return null;
        }
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
