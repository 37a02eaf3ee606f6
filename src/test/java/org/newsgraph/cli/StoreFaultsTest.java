package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.ServeCommandsTest.Run;
import org.newsgraph.store.TdbStore;

/**
 * The store under faults, with real child processes: a load killed with SIGKILL, a store held by a
 * running server, and reloads that must replace rather than add.
 */
class StoreFaultsTest {

    static final String FIXTURE = "src/test/resources/store/fixture.trig";
    static final int LARGE_QUADS = 100_000;

    @TempDir
    Path dir;

    @Test
    void aLoadKilledMidwayLeavesTheStoreAsItWasAndARerunCompletes() throws Exception {
        Path db = dir.resolve("tdb2");
        assertEquals(0, ServeCommandsTest.run("load", "--db", db.toString(), FIXTURE).code());
        long before = count(db);
        Path large = largeNQuads(dir.resolve("large.nq"));

        Process load = child("load", "--db", db.toString(), large.toString());
        awaitLine(load, "newsgraph load: loading ");
        Thread.sleep(500);
        assertTrue(load.isAlive(), "the load ended before it could be killed; make the file larger");
        load.destroyForcibly();
        assertNotEquals(0, load.waitFor(), "a killed load does not exit 0");

        // TDB2 locks with the operating system's file lock, released when the process dies; tdb.lock
        // still holds the dead process's id, which Jena only uses in its message.
        assertEquals(String.valueOf(load.pid()), Files.readString(db.resolve("tdb.lock")).strip());
        assertEquals(before, count(db), "the store holds exactly what it held before the killed load");
        Run q = ServeCommandsTest.run("query", "who-met-whom", "--db", db.toString(), "--format", "csv");
        assertEquals("actor1,actor2,meetings,articles\nKim Jong-un,Vladimir Putin,1,1\n", q.out().replace("\r", ""));

        Run rerun = ServeCommandsTest.run("load", "--db", db.toString(), large.toString());
        assertEquals(0, rerun.code(), rerun.err());
        assertEquals(before + LARGE_QUADS, count(db));
    }

    @Test
    void aStoreHeldByARunningServerIsRefusedByName() throws Exception {
        Path db = dir.resolve("tdb2");
        assertEquals(0, ServeCommandsTest.run("load", "--db", db.toString(), FIXTURE).code());
        long before = count(db);
        Process serve = child("serve", "--db", db.toString(), "--port", "0");
        try {
            awaitLine(serve, "  web UI:");
            Run load = ServeCommandsTest.run("load", "--db", db.toString(), FIXTURE);
            assertEquals(1, load.code(), load.err());
            assertEquals(1, load.err().lines().count(), load.err());
            assertTrue(load.err().startsWith("newsgraph load: store " + db + " is in use by another process"),
                    load.err());
            assertTrue(load.err().contains("stop it, or reach the store through it with --endpoint URL"), load.err());
        } finally {
            serve.destroy();
            serve.waitFor(20, TimeUnit.SECONDS);
        }
        assertEquals(before, count(db), "the store is intact once the server has stopped");
    }

    @Test
    void reloadingGivesTheSameStoreAndAnEditedArticleReplacesOnlyItsGraph() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("seeds"));
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path f : seeds.filter(Files::isRegularFile).toList()) {
                Files.copy(f, articles.resolve(f.getFileName()));
            }
        }
        Path db = dir.resolve("tdb2");
        Map<String, Graph> first = loadAndDump(articles, db);
        Map<String, Graph> second = loadAndDump(articles, db);
        assertEquals(size(first), size(second), "the same number of quads");
        assertEquals(subjects(first), subjects(second), "the same subject IRIs");
        assertEquals(Set.of(), changedGraphs(first, second), "every graph the same");

        Path edited = articles.resolve("002_38ed30342ddea968.txt");
        String text = Files.readString(edited);
        assertTrue(text.contains("Pyongyang ha pubblicato venerdì"), "the seed still has the sentence this test edits");
        Files.writeString(edited, text.replace("Pyongyang ha pubblicato venerdì", "Pyongyang ha diffuso venerdì"));
        Map<String, Graph> third = loadAndDump(articles, db);
        assertEquals(first.keySet(), third.keySet(), "no graph added or lost");
        assertEquals(Set.of("https://w3id.org/newsgraph/id/graph/article/002_38ed30342ddea968"),
                changedGraphs(first, third));
    }

    /** Loads a folder of articles through the CLI, then copies every graph of the store out by name. */
    static Map<String, Graph> loadAndDump(Path articles, Path db) {
        Run load = ServeCommandsTest.run("load", "--db", db.toString(), articles.toString());
        assertEquals(0, load.code(), load.err());
        TdbStore store = TdbStore.open(db);
        DatasetGraph dsg = store.dataset();
        Map<String, Graph> graphs = new TreeMap<>();
        Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(g -> {
            Graph copy = GraphFactory.createDefaultGraph();
            GraphUtil.addInto(copy, dsg.getGraph(g));
            graphs.put(g.getURI(), copy);
        }));
        store.close();
        return graphs;
    }

    /**
     * The graphs that differ. Article graphs have no blank nodes, so for them "isomorphic" is "the same
     * sorted N-Quads"; the ontology's OWL lists are blank nodes, relabelled on every load.
     */
    static Set<String> changedGraphs(Map<String, Graph> before, Map<String, Graph> after) {
        Set<String> changed = new TreeSet<>();
        before.forEach((name, g) -> {
            if (!g.isIsomorphicWith(after.get(name))) {
                changed.add(name);
            }
        });
        return changed;
    }

    static long size(Map<String, Graph> graphs) {
        return graphs.values().stream().mapToLong(Graph::size).sum();
    }

    static Set<String> subjects(Map<String, Graph> graphs) {
        Set<String> iris = new TreeSet<>();
        graphs.values().forEach(g -> g.find().forEachRemaining(t -> {
            if (t.getSubject().isURI()) {
                iris.add(t.getSubject().getURI());
            }
        }));
        return iris;
    }

    /** The store's quad count; the store is closed again, so a child process may open it. */
    static long count(Path db) {
        TdbStore store = TdbStore.open(db);
        try {
            return store.size();
        } finally {
            store.close();
        }
    }

    /** {@code LARGE_QUADS} distinct quads in 100 named graphs, written as N-Quads. */
    static Path largeNQuads(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < LARGE_QUADS; i++) {
                w.write("<urn:ex:s" + i + "> <urn:ex:p" + i % 17 + "> \"value " + i
                        + "\" <urn:ex:graph/" + i % 100 + "> .\n");
            }
        }
        return file;
    }

    /** newsgraph in a child JVM with this test's class path; standard error goes with standard output. */
    static Process child(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(Stream.concat(Stream.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()), Stream.of(args)).toList()).redirectErrorStream(true).start();
    }

    /** Reads the child's output until a line starts with {@code prefix}, then drains the rest in the background. */
    static String awaitLine(Process p, String prefix) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                Thread drain = new Thread(() -> {
                    try {
                        out.transferTo(Writer.nullWriter());
                    } catch (IOException ended) {
                        // the child is gone
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return line;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("the child ended without printing '" + prefix + "':\n" + seen);
    }
}
