package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.convert.Converter;
import org.newsgraph.convert.Corpus;
import org.newsgraph.query.QueryLibrary;
import org.newsgraph.rdf.ConvertedArticle;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphBatch;
import org.newsgraph.store.TdbStore;

/**
 * 8 clients run every shipped query against Fuseki over the seeds store while the seeds are reloaded
 * in a loop, and issue 11's attackers run beside them from the same address: no request of the normal
 * clients may fail and every answer must be complete. The run lasts {@code -Dnewsgraph.loadtest.seconds}
 * (default 10; docs/RELIABILITY.md records a 60 s run).
 */
class ServerLoadTest {

    static final int CLIENTS = 8;
    static final int SLOW_CLIENTS = 25;
    static final int REGEX_ATTACKERS = 2;
    static final int REPLACE_ATTACKERS = 2;
    static final int LEAVERS = 2;
    static final String CATASTROPHIC_TEXT = "\"" + "a".repeat(37) + "!\"";
    static final String CATASTROPHIC_PATTERN = "\"^(.*a){12}$\"";

    @TempDir
    Path dir;

    @Test
    void shippedQueriesStayCompleteWhileTheSeedsAreReloaded() throws Exception {
        int seconds = Integer.getInteger("newsgraph.loadtest.seconds", 10);
        Converter converter = Converter.standard();
        List<ConvertedArticle> articles = Corpus.collect(List.of(Path.of("seeds")), Optional.empty()).articles()
                .stream().map(converter::convert).toList();
        GraphBatch seeds = new GraphBatch(Iris.standard()).addArticles(articles).addReferenceData();
        TdbStore store = TdbStore.open(dir.resolve("tdb2"));
        store.load(seeds);
        SparqlServer server = SparqlServer.start(store.dataset(),
                new SparqlServer.Settings("127.0.0.1", 0, Duration.ofSeconds(30), Optional.empty()));
        HttpClient http = HttpClient.newHttpClient();
        URI endpoint = URI.create(server.datasetUrl() + "/sparql");
        try {
            Map<String, Integer> expectedRows = new TreeMap<>();
            for (QueryLibrary.ShippedQuery q : QueryLibrary.all()) {
                expectedRows.put(q.name(), rows(http, endpoint, q.text()));
            }
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger reloads = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            Thread reloader = new Thread(() -> {
                while (running.get()) {
                    store.load(seeds);
                    reloads.incrementAndGet();
                }
            });
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int first = c;
                clients.add(new Thread(() -> {
                    List<QueryLibrary.ShippedQuery> queries = QueryLibrary.all();
                    for (int i = first; running.get(); i++) {
                        QueryLibrary.ShippedQuery q = queries.get(i % queries.size());
                        long start = System.nanoTime();
                        try {
                            int n = rows(http, endpoint, q.text());
                            latencies.add(System.nanoTime() - start);
                            if (n != expectedRows.get(q.name())) {
                                failures.add(q.name() + ": " + n + " rows, not " + expectedRows.get(q.name()));
                            }
                        } catch (Exception e) {
                            failures.add(q.name() + ": " + e);
                        }
                    }
                }));
            }
            // beside them, issue 11's attackers: slow clients trickling request bodies, clients sending a
            // catastrophic REGEX or REPLACE, and clients that send an expensive query and leave; none may
            // cost the normal clients a request
            AtomicInteger slowOpened = new AtomicInteger();
            AtomicInteger slowCutOff = new AtomicInteger();
            AtomicInteger regexRefused = new AtomicInteger();
            AtomicInteger replaceRefused = new AtomicInteger();
            AtomicInteger left = new AtomicInteger();
            List<Thread> attackers = new ArrayList<>();
            attackers.add(new Thread(() -> trickle(server.port(), running, slowOpened, slowCutOff)));
            String regex = "ASK { FILTER(REGEX(" + CATASTROPHIC_TEXT + ", " + CATASTROPHIC_PATTERN + ")) }";
            String replace = "ASK { FILTER(REPLACE(" + CATASTROPHIC_TEXT + ", " + CATASTROPHIC_PATTERN + ", \"\") = \"\") }";
            for (int a = 0; a < REGEX_ATTACKERS; a++) {
                attackers.add(new Thread(() -> attack(http, endpoint, regex, running, regexRefused)));
            }
            for (int a = 0; a < REPLACE_ATTACKERS; a++) {
                attackers.add(new Thread(() -> attack(http, endpoint, replace, running, replaceRefused)));
            }
            for (int a = 0; a < LEAVERS; a++) {
                attackers.add(new Thread(() -> leave(server.port(), running, left)));
            }
            long start = System.nanoTime();
            reloader.start();
            attackers.forEach(Thread::start);
            clients.forEach(Thread::start);
            Thread.sleep(seconds * 1000L);
            running.set(false);
            for (Thread t : clients) {
                t.join();
            }
            reloader.join();
            for (Thread t : attackers) {
                t.join();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;

            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("load test: %d clients, %.1f s, %d requests (%.1f/s), %d failed, %d reloads; "
                            + "latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                    CLIENTS, elapsed, sorted.size(), sorted.size() / elapsed, failures.size(), reloads.get(),
                    percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
            System.out.printf("load test attackers: %d slow connections opened (%d at a time), %d cut off by the server; "
                    + "%d REGEX and %d REPLACE attacks refused with 503 by %d and %d attackers; %d expensive queries "
                    + "sent and left by %d clients%n", slowOpened.get(), SLOW_CLIENTS, slowCutOff.get(),
                    regexRefused.get(), replaceRefused.get(), REGEX_ATTACKERS, REPLACE_ATTACKERS, left.get(), LEAVERS);
            assertEquals(List.of(), failures.stream().limit(10).toList(), failures.size() + " failed requests");
            assertTrue(reloads.get() > 0, "the seeds were reloaded while the clients ran");
        } finally {
            server.stop();
        }
    }

    /** Sends {@code sparql} in a loop, counting the answers with 503. */
    static void attack(HttpClient http, URI endpoint, String sparql, AtomicBoolean running, AtomicInteger refused) {
        while (running.get()) {
            try {
                int status = http.send(HttpRequest.newBuilder(endpoint)
                        .header("Content-Type", "application/sparql-query")
                        .POST(HttpRequest.BodyPublishers.ofString(sparql)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 503) {
                    refused.incrementAndGet();
                }
            } catch (Exception e) {
                // the attacker's own trouble is not the test's
            }
        }
    }

    /** Sends a query that would run to the timeout, and closes the connection 200 ms later; in a loop. */
    static void leave(int port, AtomicBoolean running, AtomicInteger left) {
        String sparql = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        while (running.get()) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                s.getOutputStream().write(("POST /news/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/sparql-query\r\nContent-Length: " + sparql.length() + "\r\n\r\n"
                        + sparql).getBytes(StandardCharsets.US_ASCII));
                Thread.sleep(200);
                left.incrementAndGet();
            } catch (IOException | InterruptedException e) {
                // the attacker's own trouble is not the test's
            }
        }
    }

    /**
     * Keeps {@link #SLOW_CLIENTS} connections open, each a POST whose body comes one byte every 2 s; a
     * connection the server cuts off is counted and replaced. Loopback only, and it stops with the test.
     */
    static void trickle(int port, AtomicBoolean running, AtomicInteger opened, AtomicInteger cutOff) {
        List<Socket> sockets = new ArrayList<>();
        try {
            while (running.get()) {
                sockets.removeIf(Socket::isClosed);
                while (sockets.size() < SLOW_CLIENTS) {
                    Socket s = new Socket("127.0.0.1", port);
                    s.setSoTimeout(1);
                    s.getOutputStream().write(("POST /news/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Content-Type: application/sparql-query\r\nContent-Length: 100000\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    sockets.add(s);
                    opened.incrementAndGet();
                }
                for (Socket s : sockets) {
                    try {
                        s.getOutputStream().write('S');
                        s.getOutputStream().flush();
                        s.getInputStream().read();
                        cutOff.incrementAndGet();
                        s.close();
                    } catch (SocketTimeoutException stillWaiting) {
                        // the server still waits for the body
                    } catch (IOException closed) {
                        cutOff.incrementAndGet();
                        s.close();
                    }
                }
                Thread.sleep(2000);
            }
        } catch (IOException | InterruptedException e) {
            // the attacker stops; the normal clients' figures are what the test checks
        } finally {
            for (Socket s : sockets) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing an attacker's socket
                }
            }
        }
    }

    /** Runs a query and returns its row count; a non-200 answer or one that does not parse throws. */
    static int rows(HttpClient http, URI endpoint, String query) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + new String(r.body()));
        }
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
        int n = 0;
        while (results.hasNext()) {
            results.next();
            n++;
        }
        return n;
    }

    static double percentile(List<Long> sortedNanos, int p) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, i)) / 1e6;
    }
}
