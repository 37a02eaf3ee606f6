package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code newsgraph fetch} against a real Jetty on 127.0.0.1, port 0, that serves pages and a feed, and the
 * troubles of the web: a redirect, gzip, 404, 500, a slow answer, a wrong declared charset, a huge page, a
 * path robots.txt disallows. Each trouble is one line naming the address; the other pages still arrive; a rerun
 * asks with validators and saves nothing new.
 */
class FetchCommandTest {

    private static Server server;
    private static String base;
    /** Another host (another port is another origin) with robots.txt of its own. */
    private static String other;
    /** A host whose robots.txt answers with a server error. */
    private static String down;
    private static int otherPort;
    private static int downPort;

    /** newsgraph obeys its own group; the '*' group would shut it out of everything. */
    private static final String ROBOTS = """
            User-agent: *
            Disallow: /

            User-agent: newsgraph
            Disallow: /private/
            Allow: /private/open/
            Disallow: /*.pdf$
            Disallow: /drafts
            Allow: /drafts/final
            Allow: /even
            Disallow: /even
            Disallow: /café/
            Disallow: /%7Ejoe/
            """;
    private static final List<String> REQUESTS = Collections.synchronizedList(new ArrayList<>());

    private static String page(String sentence) {
        return "<!doctype html><html lang=\"en\"><head><title>Sample</title></head><body><article><h1>Sample news</h1>"
                + "<p>" + sentence + "</p></article></body></html>";
    }

    @BeforeAll
    static void start() throws Exception {
        server = new Server();
        ServerConnector connector = connector(server);
        ServerConnector otherConnector = connector(server);
        ServerConnector downConnector = connector(server);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                String path = Request.getPathInContext(request);
                int port = Request.getLocalPort(request);
                if (port == otherPort || port == downPort) {
                    REQUESTS.add((port == otherPort ? "other:" : "down:") + path);
                    if (port == downPort) {
                        reply(response, callback, 503, "text/plain", new byte[0]);
                    } else if (path.equals("/robots.txt")) {
                        reply(response, callback, 200, "text/plain",
                                "User-agent: *\nDisallow: /closed/\n".getBytes(StandardCharsets.UTF_8));
                    } else {
                        reply(response, callback, 200, "text/html", page(
                                "The prime minister of Spain visited Lisbon on Monday.").getBytes(StandardCharsets.UTF_8));
                    }
                    return true;
                }
                REQUESTS.add(path);
                switch (path) {
                    case "/robots.txt" -> reply(response, callback, 200, "text/plain",
                            ROBOTS.getBytes(StandardCharsets.UTF_8));
                    case "/moved/open" -> {
                        response.getHeaders().put("Location", other + "/open/page");
                        reply(response, callback, 302, "text/html", new byte[0]);
                    }
                    case "/moved/closed" -> {
                        response.getHeaders().put("Location", other + "/closed/page");
                        reply(response, callback, 302, "text/html", new byte[0]);
                    }
                    case "/chain/1", "/chain/2" -> {
                        Thread.sleep(600);
                        response.getHeaders().put("Location", path.equals("/chain/1") ? "/chain/2" : "/news/one");
                        reply(response, callback, 302, "text/html", new byte[0]);
                    }
                    case "/news/trickle" -> {
                        response.setStatus(200);
                        response.getHeaders().put("Content-Type", "text/html");
                        try (OutputStream out = Content.Sink.asOutputStream(response)) {
                            for (int second = 0; second < 8; second++) {
                                out.write('<');
                                out.flush();
                                Thread.sleep(1000);
                            }
                        } catch (IOException clientGone) {
                            // the client hung up, as it should
                        }
                        callback.succeeded();
                    }
                    case "/news/one" -> {
                        if ("\"v1\"".equals(request.getHeaders().get("If-None-Match"))) {
                            reply(response, callback, 304, "text/html", new byte[0]);
                        } else {
                            response.getHeaders().put("ETag", "\"v1\"");
                            reply(response, callback, 200, "text/html; charset=utf-8", page(
                                    "The foreign minister of Austria met the foreign minister of Italy in Vienna.")
                                    .getBytes(StandardCharsets.UTF_8));
                        }
                    }
                    case "/old/two" -> {
                        response.getHeaders().put("Location", base + "/news/two");
                        reply(response, callback, 301, "text/html", new byte[0]);
                    }
                    case "/news/two" -> {
                        response.getHeaders().put("ETag", "\"v2\"");
                        if ("\"v2\"".equals(request.getHeaders().get("If-None-Match"))) {
                            reply(response, callback, 304, "text/html", new byte[0]);
                        } else {
                            response.getHeaders().put("Content-Encoding", "gzip");
                            reply(response, callback, 200, "text/html", gzip(page(
                                    "The president of France received the chancellor of Germany in Paris.")));
                        }
                    }
                    case "/news/latin" -> reply(response, callback, 200, "text/html; charset=iso-8859-1", page(
                            "La città di Mosca è lontana, ha detto il ministro.").getBytes(StandardCharsets.UTF_8));
                    case "/news/slow" -> {
                        Thread.sleep(3000);
                        reply(response, callback, 200, "text/html", page("Too late.").getBytes(StandardCharsets.UTF_8));
                    }
                    case "/news/huge" -> reply(response, callback, 200, "text/html",
                            page("Words. ".repeat(400_000)).getBytes(StandardCharsets.UTF_8));
                    case "/news/broken" -> reply(response, callback, 500, "text/plain", new byte[0]);
                    case "/private/secret" -> reply(response, callback, 200, "text/html",
                            page("Not for robots.").getBytes(StandardCharsets.UTF_8));
                    case "/feed.rss" -> reply(response, callback, 200, "application/rss+xml", ("<?xml version=\"1.0\"?>"
                            + "<rss version=\"2.0\"><channel><title>Sample</title><link>" + base + "/</link>"
                            + "<item><title>One</title><link>" + base + "/news/one</link></item>"
                            + "<item><title>Two</title><link>" + base + "/old/two</link></item>"
                            + "<item><title>Gone</title><link>" + base + "/news/gone</link></item>"
                            + "</channel></rss>").getBytes(StandardCharsets.UTF_8));
                    default -> reply(response, callback, 404, "text/plain", new byte[0]);
                }
                return true;
            }
        });
        server.start();
        base = "http://127.0.0.1:" + connector.getLocalPort();
        otherPort = otherConnector.getLocalPort();
        downPort = downConnector.getLocalPort();
        other = "http://127.0.0.1:" + otherPort;
        down = "http://127.0.0.1:" + downPort;
    }

    private static ServerConnector connector(Server server) {
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        return connector;
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    private static void reply(Response response, Callback callback, int status, String type, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put("Content-Type", type);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    static Stream<Arguments> troubles() {
        return Stream.of(
                Arguments.of("a 404", "/news/gone", "HTTP 404"),
                Arguments.of("a 500", "/news/broken", "HTTP 500"),
                Arguments.of("a slow server", "/news/slow", "no answer within 1 s"),
                Arguments.of("a body that trickles a byte a second", "/news/trickle", "answer not complete within 1 s"),
                Arguments.of("redirects that together take longer than the timeout", "/chain/1", " within 1 s"),
                Arguments.of("a redirect into another host's disallowed path", "/moved/closed",
                        "/closed/page, which http://127.0.0.1:"),
                Arguments.of("a huge page", "/news/huge", "larger than 1024 KB"),
                Arguments.of("robots.txt disallows", "/private/secret", "disallowed by"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("troubles")
    void namesTheTroubleAndSavesTheRest(String name, String path, String expected, @TempDir Path dir) {
        StringWriter err = new StringWriter();
        int code = fetch(dir, err, base + path, base + "/news/one");
        assertEquals(1, code, err.toString());
        List<String> lines = err.toString().lines().filter(l -> l.contains(base + path)).toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("newsgraph fetch: " + base + path + ": ") && lines.get(0).contains(expected),
                lines.get(0));
        assertEquals(1, htmlFiles(dir).size(), "the good page still arrives");
    }

    static Stream<Arguments> robotsRules() {
        return Stream.of(
                Arguments.of("newsgraph's group, not '*' (which disallows all)", "/news/one", true),
                Arguments.of("a Disallow prefix", "/private/secret", false),
                Arguments.of("a longer Allow beats a shorter Disallow", "/private/open/page", true),
                Arguments.of("'*' and '$' match a file type", "/news/report.pdf", false),
                Arguments.of("'$' ends the path: a query is past it", "/news/report.pdf?page=2", true),
                Arguments.of("a shorter Disallow", "/drafts/first", false),
                Arguments.of("a longer Allow beats a shorter Disallow, again", "/drafts/final", true),
                Arguments.of("an Allow and a Disallow of one length: Allow wins", "/even/page", true),
                Arguments.of("a percent-encoded path meets a rule written in UTF-8", "/caf%C3%A9/menu", false),
                Arguments.of("a plain path meets a percent-encoded rule", "/~joe/page", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("robotsRules")
    void robotsTxtIsReadAsCrawlersReadIt(String name, String path, boolean allowed, @TempDir Path dir) {
        StringWriter err = new StringWriter();
        fetch(dir, err, base + path);
        String refusal = "newsgraph fetch: " + base + path + ": disallowed by " + base + "/robots.txt; not fetched";
        assertEquals(!allowed, err.toString().lines().anyMatch(refusal::equals), err.toString());
    }

    @Test
    void aRedirectToAnotherHostAsksThatHostsRobotsTxt(@TempDir Path dir) throws IOException {
        StringWriter err = new StringWriter();
        assertEquals(1, fetch(dir, err, base + "/moved/closed", base + "/moved/open"), err.toString());
        assertEquals(List.of("newsgraph fetch: " + base + "/moved/closed: redirected to " + other
                        + "/closed/page, which " + other + "/robots.txt disallows; not followed"),
                err.toString().lines().filter(l -> l.contains("/moved/")).toList());
        assertTrue(REQUESTS.contains("other:/robots.txt"), REQUESTS.toString());
        assertFalse(REQUESTS.contains("other:/closed/page"), "the disallowed page is never asked for");
        assertEquals(1, htmlFiles(dir).size(), err.toString());
        assertTrue(Files.readString(dir.resolve("metadata.tsv")).contains(other + "/open/page"), "kept at its final address");
    }

    @Test
    void aServerErrorForRobotsTxtKeepsFetchOffThatHost(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        assertEquals(1, fetch(dir, err, down + "/news/one", base + "/news/one"), err.toString());
        assertEquals(List.of("newsgraph fetch: " + down + "/news/one: " + down
                        + "/robots.txt could not be read (HTTP 503), so nothing there is fetched"),
                err.toString().lines().filter(l -> l.contains(down)).toList());
        assertFalse(REQUESTS.contains("down:/news/one"), "the page is never asked for");
        assertEquals(1, htmlFiles(dir).size(), "the other host's page still arrives");
    }

    @Test
    void aFeedsPagesArriveReadyToConvertAndARerunFetchesNothingNew(@TempDir Path dir) throws IOException {
        StringWriter err = new StringWriter();
        assertEquals(1, fetch(dir, err, base + "/feed.rss", base + "/news/latin"), err.toString());
        assertTrue(err.toString().contains(base + "/news/gone: HTTP 404"), err.toString());
        assertEquals(3, htmlFiles(dir).size(), err.toString());
        String all = String.join("\n", htmlFiles(dir).stream().map(p -> {
            try {
                return Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList());
        assertTrue(all.contains("chancellor of Germany"), "the gzipped page behind a redirect");
        assertTrue(all.contains("La città di Mosca è lontana"), "UTF-8 kept although the server declared Latin-1");
        assertTrue(REQUESTS.contains("/robots.txt"));

        List<String> before = snapshot(dir);
        REQUESTS.clear();
        StringWriter again = new StringWriter();
        fetch(dir, again, base + "/news/one", base + "/old/two");
        assertTrue(again.toString().contains("0 page(s) saved, 2 unchanged"), again.toString());
        assertEquals(before, snapshot(dir), "a rerun changes nothing");

        StringWriter converted = new StringWriter();
        StringWriter convertErr = new StringWriter();
        assertEquals(0, Main.run(new String[] {"convert", dir.toString(), "--format", "nq"}, new PrintWriter(converted),
                new PrintWriter(convertErr)), convertErr.toString());
        assertTrue(converted.toString().contains("<https://schema.org/url> <" + base + "/news/two>"), converted.toString());
        assertFalse(convertErr.toString().contains("metadata"), convertErr.toString());
    }

    @Test
    void aUsersOwnMetadataTableKeepsItsColumnsAndRows(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("metadata.tsv"), "file\tpublisher\tpublished\tlanguage\n"
                + "mine.txt\tGazzetta di prova\t2025-01-02\tit\n", StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        assertEquals(0, fetch(dir, err, base + "/news/one"), err.toString());
        List<String> lines = Files.readAllLines(dir.resolve("metadata.tsv"), StandardCharsets.UTF_8);
        assertEquals("file\tpublisher\tpublished\tlanguage\turl", lines.get(0), "the user's columns, then fetch's");
        assertEquals("mine.txt\tGazzetta di prova\t2025-01-02\tit\t", lines.get(1), "the user's row untouched");
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(2).endsWith(".html\t\t\t\t" + base + "/news/one"), lines.get(2));
    }

    private static int fetch(Path dir, StringWriter err, String... urls) {
        List<String> args = new ArrayList<>(List.of("fetch", "-o", dir.toString(), "--delay", "0", "--timeout", "1",
                "--max-size", "1024"));
        args.addAll(List.of(urls));
        return Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
    }

    private static List<Path> htmlFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> snapshot(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                out.add(p.getFileName() + ":" + Files.readString(p, StandardCharsets.ISO_8859_1).hashCode());
            }
        }
        return out;
    }
}
