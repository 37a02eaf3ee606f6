package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.query.QueryLibrary;

/** The store, server and query subcommands, run through Main.run as a user would type them. */
class ServeCommandsTest {

    static final String FIXTURE = "src/test/resources/store/fixture.trig";
    /** The fixture's first article with nothing extracted from it. */
    static final String A1_EMPTIED = "src/test/resources/store/a1-emptied.trig";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    String db() {
        return dir.resolve("tdb2").toString();
    }

    @Test
    void loadThenQueryByName() {
        Run load = run("load", "--db", db(), FIXTURE);
        assertEquals(0, load.code(), load.err());
        assertTrue(load.err().contains("loaded 4 graph(s)"), "two articles, the ontology and the gazetteer: " + load.err());
        Run q = run("query", "who-met-whom", "--db", db(), "--format", "csv");
        assertEquals(0, q.code(), q.err());
        assertEquals("actor1,actor2,meetings,articles\nKim Jong-un,Vladimir Putin,1,1\n", q.out().replace("\r", ""));
    }

    @Test
    void queryWithAParameter() {
        run("load", "--db", db(), FIXTURE);
        Run q = run("query", "evidence", "--db", db(), "--format", "tsv",
                "--param", "node=https://w3id.org/newsgraph/id/event/a2/visit-1");
        assertEquals(0, q.code(), q.err());
        assertEquals(2, q.out().lines().count(), q.out());
        assertTrue(q.out().contains("Kim Jong-un ha visitato la Russia"), q.out());
    }

    @Test
    void verboseAfterTheSubcommandAddsTheStackTrace() {
        Run q = run("query", "-e", "SELECT * WHERE {", "--db", db(), "--verbose");
        assertEquals(1, q.code());
        assertTrue(q.err().lines().count() > 1 && q.err().contains("\tat org.newsgraph."), q.err());
    }

    @Test
    void inlineQueryWithASyntaxErrorNamesLineAndColumn() {
        Run q = run("query", "-e", "SELECT * WHERE {\n  ?s ?p }", "--db", db());
        assertEquals(1, q.code());
        assertTrue(q.err().startsWith("newsgraph query: -e: line 2, column"), q.err());
        assertEquals(1, q.err().lines().count(), q.err());
    }

    @Test
    void unknownQueryFails() {
        Run q = run("query", "no-such-query", "--db", db());
        assertEquals(1, q.code());
        assertTrue(q.err().contains("neither a shipped query nor a file"), q.err());
    }

    @Test
    void queriesListsEveryShippedQueryWithItsDescription() {
        Run r = run("queries");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("meetings") && r.out().contains("Meetings: participants"), r.out());
        assertEquals(11, r.out().lines().count(), r.out());
    }

    @Test
    void brokenRdfLoadsNothing() throws Exception {
        Path broken = dir.resolve("broken.trig");
        Files.writeString(broken, "<urn:ex:g> { <urn:ex:a> <urn:ex:b> }\n");
        Run r = run("load", "--db", db(), FIXTURE, broken.toString());
        assertEquals(1, r.code());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.get(lines.size() - 1).startsWith("newsgraph load: " + broken + ":1:"), r.err());
        assertTrue(lines.stream().noneMatch(l -> l.contains("loaded")), r.err());
        Run q = run("query", "-e", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "--db", db(), "--format", "csv");
        assertEquals("n\n0\n", q.out().replace("\r", ""));
    }

    @Test
    void validateReportsViolationsReadably() {
        Run ok = run("validate", "--shapes", "src/test/resources/cli/shapes.ttl", FIXTURE);
        assertEquals(0, ok.code(), ok.out() + ok.err());
        Run bad = run("validate", "--shapes", "src/test/resources/cli/strict-shapes.ttl", FIXTURE);
        assertEquals(1, bad.code());
        assertTrue(bad.out().contains("1 violation(s)"), bad.out());
        assertTrue(bad.out().contains("Violation: <https://w3id.org/newsgraph/id/event/a1/statement-1> ng:date: a statement needs a date"),
                bad.out());
    }

    @Test
    void validateAStore() {
        run("load", "--db", db(), FIXTURE);
        Run r = run("validate", "--db", db(), "--shapes", "src/test/resources/cli/strict-shapes.ttl");
        assertEquals(1, r.code(), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "load --db a --endpoint http://127.0.0.1:1/news",
        "load --user u --password p",
        "serve --port 70000",
        "serve --update",
        "query",
        "query actors -e ASK{}",
        "query actors --format xml",
        "validate --db a seeds",
        "frobnicate"})
    void badUsageExitsTwoWithOneLine(String line) {
        Run r = run(line.split(" "));
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("newsgraph"), r.err());
    }

    @Test
    void serveAnswersUntilStopped() throws Exception {
        run("load", "--db", db(), FIXTURE);
        try (Background serve = new Background("serve", "--db", db(), "--port", "0")) {
            String url = serve.url();
            assertTrue(serve.out().contains("shipped queries: actors"), serve.out());
            assertTrue(serve.out().contains("  view:            " + url + "view/"), serve.out());
            assertEquals(200, get(url + "$/ping"));
            assertEquals(200, get(url + "view/"));
            Run q = run("query", "meetings", "--endpoint", url + "news", "--format", "csv");
            assertEquals(0, q.code(), q.err());
            assertTrue(q.out().contains("Vladivostok"), q.out());
        }
    }

    @Test
    void servingBeyondLoopbackWithoutCredentialsWarns() throws Exception {
        try (Background serve = new Background("serve", "--db", db(), "--host", "0.0.0.0", "--port", "0")) {
            assertEquals(200, get(serve.url() + "$/ping"));
            assertTrue(serve.err().contains("warning: listening on 0.0.0.0"), serve.err());
        }
    }

    @Test
    void upLoadsAndServesAndLoadCanWriteToAnAuthenticatedServer() throws Exception {
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "editor: s3cret\n");
        Files.setPosixFilePermissions(passwd, PosixFilePermissions.fromString("rw-------"));
        try (Background up = new Background("up", FIXTURE, "--db", db(), "--port", "0", "--update", "--passwd", passwd.toString())) {
            String dataset = up.url() + "news";
            Path extra = dir.resolve("extra.nt");
            Files.writeString(extra, "<urn:ex:a> <urn:ex:b> \"added\" .\n");
            Run anonymous = run("load", "--endpoint", dataset, extra.toString());
            assertEquals(1, anonymous.code(), anonymous.err());
            Run pairs = run("query", "who-met-whom", "--endpoint", dataset, "--format", "csv");
            assertEquals("actor1,actor2,meetings,articles\nKim Jong-un,Vladimir Putin,1,1\n", pairs.out().replace("\r", ""));
            Run editor = run("load", "--endpoint", dataset, "--user", "editor", "--password", "s3cret",
                    extra.toString(), A1_EMPTIED);
            assertEquals(0, editor.code(), editor.err());
            Run q = run("query", "-e", "SELECT ?o { <urn:ex:a> <urn:ex:b> ?o }", "--endpoint", dataset, "--format", "csv");
            assertEquals("o\nadded\n", q.out().replace("\r", ""));
            Run rebuilt = run("query", "who-met-whom", "--endpoint", dataset, "--format", "csv");
            assertEquals("actor1,actor2,meetings,articles\n", rebuilt.out().replace("\r", ""),
                    "the server rebuilt the summary in the same update: the only meeting's article was emptied");
        }
    }

    /** A password file Jetty would misread, or others could read, is refused before the server starts. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "a comma in a password | bob: pa,ss\\n        | rw------- | passwd:1: user 'bob': a password may not hold ','",
        "an empty password     | carol:\\n            | rw------- | passwd:1: user 'carol' has an empty password",
        "no colon              | dave secret\\n       | rw------- | passwd:1: expected 'user: password'",
        "an empty file         | ''                  | rw------- | passwd: the password file names no user",
        "only comments         | # nobody\\n          | rw------- | passwd: the password file names no user",
        "world-readable        | editor: s3cret\\n    | rw-r--r-- | passwd: other users may read or change the password file",
        "group-readable        | editor: s3cret\\n    | rw-r----- | passwd: other users may read or change the password file",
        "a user listed twice   | a: x\\na: y\\n        | rw------- | passwd:2: user 'a' is listed twice"})
    @Timeout(20)
    void aBadPasswordFileIsRefusedInOneLine(String name, String content, String perms, String expected) throws Exception {
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, content.replace("\\n", "\n").replace("''", ""));
        Files.setPosixFilePermissions(passwd, PosixFilePermissions.fromString(perms));
        Run serve = run("serve", "--db", db(), "--port", "0", "--update", "--passwd", passwd.toString());
        assertEquals(1, serve.code(), serve.err());
        assertEquals(1, serve.err().lines().count(), serve.err());
        assertTrue(serve.err().contains(expected), serve.err());
    }

    @Test
    void aDirectoryAsPasswordFileIsRefused() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("passwd.d"));
        Run serve = run("serve", "--db", db(), "--port", "0", "--update", "--passwd", folder.toString());
        assertEquals(1, serve.code(), serve.err());
        assertTrue(serve.err().contains("passwd.d: is a directory"), serve.err());
    }

    @Test
    void upConvertsTheSeedsLoadsAndServesThemUntilStopped() throws Exception {
        try (Background up = new Background("up", "seeds", "--db", db(), "--port", "0")) {
            String url = up.url();
            assertFalse(url.endsWith(":0/"), "the actual port is printed, not 0: " + url);
            assertTrue(up.err().contains("loaded 7 graph(s)"), "five articles, the ontology and the gazetteer: " + up.err());
            assertTrue(up.out().contains("SPARQL endpoint: " + url + "news/sparql"), up.out());
            String names = QueryLibrary.all().stream().map(QueryLibrary.ShippedQuery::name).collect(Collectors.joining(", "));
            assertTrue(up.out().contains("shipped queries: " + names), up.out());
            HttpResponse<String> meetings = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "news/sparql"))
                    .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(QueryLibrary.named("meetings").orElseThrow().text())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, meetings.statusCode(), meetings.body());
            assertTrue(meetings.body().startsWith("meeting,participants,place,date,source,sentences,evidence"), meetings.body());
            assertTrue(meetings.body().lines().anyMatch(l -> l.contains("Kim Jong-un, Sergei Shoigu")
                    && l.contains("seeds/002_38ed30342ddea968.txt")), meetings.body());
        }
    }

    static int get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A long-running command on its own thread; closing interrupts it, as Ctrl-C would stop it. */
    static final class Background implements AutoCloseable {
        private final StringWriter out = new StringWriter();
        private final StringWriter err = new StringWriter();
        private final AtomicInteger code = new AtomicInteger(-1);
        private final Thread thread;

        Background(String... args) {
            thread = new Thread(() -> code.set(Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true))));
            thread.start();
        }

        String out() {
            return out.toString();
        }

        String err() {
            return err.toString();
        }

        /** The URL, once the whole start-up banner is printed (it is written line by line). */
        String url() throws InterruptedException {
            Pattern p = Pattern.compile("web UI: +(http://\\S+/)");
            for (int i = 0; i < 600 && thread.isAlive(); i++) {
                Matcher m = p.matcher(out.toString());
                if (m.find() && out.toString().contains("Press Ctrl-C to stop.")) {
                    return m.group(1);
                }
                Thread.sleep(50);
            }
            throw new AssertionError("no URL printed: " + out + err);
        }

        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join(10_000);
            assertFalse(thread.isAlive(), "still running after interrupt");
            assertEquals(0, code.get(), err.toString());
        }
    }
}
