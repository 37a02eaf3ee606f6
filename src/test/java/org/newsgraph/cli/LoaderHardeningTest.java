package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.app.Loading;
import org.newsgraph.cli.ServeCommandsTest.Run;

/** The loader's and converter's answers to the faults of issue 11, through the real CLI and real files. */
class LoaderHardeningTest {

    @TempDir
    Path dir;

    @Test
    void aConvertThatConvertsNothingLeavesThePreviousOutput() throws IOException {
        Path good = dir.resolve("good.trig");
        Run first = ServeCommandsTest.run("convert", "seeds", "-o", good.toString());
        assertEquals(0, first.code(), first.err());
        byte[] before = Files.readAllBytes(good);

        Run failed = ServeCommandsTest.run("convert", dir.resolve("nonexistent").toString(), "-o", good.toString());
        assertEquals(1, failed.code(), failed.err());
        assertTrue(failed.err().contains("nonexistent: no such file or directory"), failed.err());
        assertTrue(failed.err().contains("no article converted; " + good + " left as it was"), failed.err());
        assertArrayEquals(before, Files.readAllBytes(good), "the previous output is untouched");
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file left beside it");
        }
    }

    /** Pairs of file names that reduce to one article id. */
    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource(quoteCharacter = '"', value = {"città.txt, cittù.txt", "\"a b.txt\", a-b.txt", "_notes.txt, notes.txt"})
    void twoArticlesWithOneIdentityAreAnErrorNamingBoth(String first, String second) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve(first), "Kim Jong-un ha incontrato Vladimir Putin a Mosca.");
        Files.writeString(articles.resolve(second), "Il ministro russo è arrivato a Pyongyang.");
        Path db = dir.resolve("tdb2");
        Run load = ServeCommandsTest.run("load", "--db", db.toString(), articles.toString());
        assertEquals(1, load.code(), load.err());
        String line = load.err().lines().filter(l -> l.contains("article id")).findFirst().orElse(load.err());
        assertTrue(line.contains(first) && line.contains(second), line);
        assertTrue(load.err().contains("nothing loaded"), load.err());

        Run convert = ServeCommandsTest.run("convert", articles.toString(), "--format", "nq");
        assertEquals(1, convert.code(), convert.err());
        assertEquals(1, convert.out().lines().map(l -> l.substring(l.lastIndexOf('<'))).distinct().count(),
                "one article graph: the colliding file is left out, not merged");
    }

    /** 100,000 levels of nesting in each syntax that nests: file name, head, opening, closing, tail. */
    static Stream<Arguments> deepFiles() {
        return Stream.of(
                Arguments.of("deep.ttl", "<urn:ex:s> <urn:ex:p> ", "[ <urn:ex:p> ", "]", " ."),
                Arguments.of("deep.trig", "<urn:ex:s> <urn:ex:p> ", "( ", ")", " ."),
                Arguments.of("deep.jsonld", "{\"@id\": \"urn:ex:s\", \"urn:ex:p\": ", "[", "]", "}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deepFiles")
    void deepNestingFailsInOneLineNamingTheFile(String name, String head, String open, String close, String tail)
            throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, head + open.repeat(100_000) + close.repeat(100_000) + tail);
        Path db = dir.resolve("tdb2");
        Run load = ServeCommandsTest.run("load", "--db", db.toString(), file.toString());
        assertEquals(1, load.code(), load.err());
        List<String> lines = load.err().lines().filter(l -> !l.startsWith("newsgraph load: loading into")).toList();
        assertEquals(1, lines.size(), load.err().lines().limit(5).toList().toString());
        assertTrue(lines.get(0).contains(file + ": nested too deeply"), lines.get(0));

        Run validate = ServeCommandsTest.run("validate", file.toString());
        assertEquals(1, validate.err().lines().count(), validate.err().lines().limit(5).toList().toString());
    }

    @Test
    void jsonLdContextsAreReadFromTheFileOnlyUnlessAllowed() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer web = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        web.createContext("/ctx.jsonld", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"@context\": {\"name\": \"urn:ex:name\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        web.start();
        try {
            Path localContext = Files.writeString(dir.resolve("ctx.jsonld"), "{\"@context\": {\"name\": \"urn:ex:name\"}}");
            String remote = "http://127.0.0.1:" + web.getAddress().getPort() + "/ctx.jsonld";
            Path db = dir.resolve("tdb2");
            for (String context : List.of(remote, localContext.toUri().toString())) {
                Path doc = Files.writeString(dir.resolve("doc.jsonld"),
                        "{\"@context\": \"" + context + "\", \"@id\": \"urn:ex:s\", \"name\": \"x\"}");
                Run load = ServeCommandsTest.run("load", "--db", db.toString(), doc.toString());
                assertEquals(1, load.code(), load.err());
                String last = load.err().lines().reduce((a, b) -> b).orElse("");
                assertTrue(last.startsWith("newsgraph load: " + doc + ": ") && last.contains("ctx.jsonld> not fetched")
                        && last.contains("--fetch-jsonld-contexts"), load.err());
            }
            assertEquals(0, requests.get(), "the load reached the network");

            Path doc = Files.writeString(dir.resolve("doc.jsonld"),
                    "{\"@context\": \"" + remote + "\", \"@id\": \"urn:ex:s\", \"name\": \"x\"}");
            Run allowed = ServeCommandsTest.run("load", "--db", db.toString(), "--fetch-jsonld-contexts", doc.toString());
            assertEquals(0, allowed.code(), allowed.err());
            Run q = ServeCommandsTest.run("query", "-e", "SELECT ?n { <urn:ex:s> <urn:ex:name> ?n }", "--db", db.toString(),
                    "--format", "csv");
            assertEquals("n\nx\n", q.out().replace("\r", ""), q.err());
        } finally {
            web.stop(0);
        }
    }

    @Test
    void aKilledLoadsConvertedArticlesAreDeletedByTheNextLoad() throws IOException {
        Path db = dir.resolve("tdb2");
        assertEquals(0, ServeCommandsTest.run("load", "--db", db.toString(), ServeCommandsTest.FIXTURE).code());
        Path leftover = Files.writeString(db.resolve(Loading.CONVERTED_PREFIX + "123.nq"), "<urn:ex:a> <urn:ex:b> <urn:ex:c> .\n");
        Run load = ServeCommandsTest.run("load", "--db", db.toString(), "seeds");
        assertEquals(0, load.code(), load.err());
        try (var left = Files.list(db)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(Loading.CONVERTED_PREFIX)).toList(), "left behind in " + db);
        }
        assertTrue(!Files.exists(leftover));
    }

    /**
     * A load into a store on a 20 MB tmpfs that fills up: one line saying so, the store as it was, and its
     * space given back. Mounting needs root (as in CI's container); elsewhere the test is skipped, saying why.
     */
    @Test
    void aFullDiskFailsInOneLineAndLeavesTheStoreEmptyAndSmall() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("small-disk"));
        Process m = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=20m", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        String why = new String(m.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        Assumptions.assumeTrue(m.waitFor() == 0, "disk-full test skipped: cannot mount a small tmpfs (" + why + ")");
        try {
            Path quads = dir.resolve("large.nq");
            try (Writer w = Files.newBufferedWriter(quads, StandardCharsets.UTF_8)) {
                for (int i = 0; i < 200_000; i++) {
                    w.write("<urn:ex:s" + i + "> <urn:ex:p" + i % 17 + "> \"value " + i + "\" <urn:ex:graph/" + i % 100 + "> .\n");
                }
            }
            Path db = mount.resolve("tdb2");
            Process load = StoreFaultsTest.child("load", "--db", db.toString(), quads.toString());
            assertTrue(load.waitFor(120, TimeUnit.SECONDS), "the load did not end");
            List<String> lines = new String(load.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("newsgraph load: loading into")).toList();
            assertEquals(1, load.exitValue(), lines.toString());
            assertEquals(1, lines.size(), lines.stream().limit(5).toList().toString());
            assertTrue(lines.get(0).startsWith("newsgraph load: the disk holding the store " + db + " is full")
                    && lines.get(0).endsWith("the store is unchanged"), lines.get(0));
            Process q = StoreFaultsTest.child("query", "-e", "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }",
                    "--db", db.toString(), "--format", "csv");
            String count = new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(q.waitFor(60, TimeUnit.SECONDS) && q.exitValue() == 0, count);
            assertEquals("n\n0\n", count.replace("\r", ""), "the store holds nothing");
            var disk = Files.getFileStore(mount);
            long used = disk.getTotalSpace() - disk.getUsableSpace();
            assertTrue(used < 4L * 1024 * 1024, "the failed load's space was given back: " + used + " bytes in use");
        } finally {
            new ProcessBuilder("umount", mount.toString()).inheritIO().start().waitFor();
        }
    }
}
