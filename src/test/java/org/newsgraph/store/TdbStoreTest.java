package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.rdf.Iris;

class TdbStoreTest {

    static final Path FIXTURE = Path.of("src/test/resources/store/fixture.trig");

    @TempDir
    Path dir;

    @Test
    void loadingTwiceReplacesRatherThanDuplicates() {
        TdbStore store = TdbStore.open(dir.resolve("tdb2"));
        store.load(new GraphBatch(Iris.standard()).addFile(FIXTURE));
        long once = store.size();
        store.load(new GraphBatch(Iris.standard()).addFile(FIXTURE));
        assertEquals(183 + 75, once, "the fixture's quads and its summary graph's");
        assertEquals(once, store.size());
    }

    @Test
    void aBrokenFileLoadsNothingAndSaysWhere() throws Exception {
        Path broken = dir.resolve("broken.ttl");
        Files.writeString(broken, "<urn:ex:a> <urn:ex:b> <urn:ex:c> .\n<urn:ex:a> <urn:ex:b> .\n");
        TdbStore store = TdbStore.open(dir.resolve("tdb2"));
        NewsgraphException e = assertThrows(NewsgraphException.class,
                () -> store.load(new GraphBatch(Iris.standard()).addFile(FIXTURE).addFile(broken)));
        assertTrue(e.getMessage().startsWith(broken + ":2:"), e.getMessage());
        assertEquals(0, store.size());
    }

    @Test
    void aStreamingLoadHoldsTheSameQuadsAsABatchLoad() throws Exception {
        Path extra = dir.resolve("extra.nt");
        Files.writeString(extra, "<urn:ex:a> <urn:ex:b> <urn:ex:c> .\n_:b <urn:ex:b> \"x\" .\n");
        TdbStore batch = TdbStore.open(dir.resolve("batch"));
        batch.load(new GraphBatch(Iris.standard()).addFile(FIXTURE).addFile(extra).addReferenceData());
        TdbStore streamed = TdbStore.open(dir.resolve("streamed"));
        TdbStore.Loaded loaded = streamed.load(List.of(FIXTURE, extra), new GraphBatch(Iris.standard()).addReferenceData());
        streamed.load(List.of(FIXTURE, extra), new GraphBatch(Iris.standard()).addReferenceData());
        assertEquals(sortedQuads(batch), sortedQuads(streamed), "a second streaming load replaces, never duplicates");
        assertEquals(batch.size(), loaded.quads() + loaded.summaryQuads());
        assertEquals(5, loaded.graphs(), "two articles, the file's default graph, the ontology and the gazetteer");
        // six actors and a place described and counted (27), one pair that met (5), four ties (32), their dates (2),
        // publishers (5), first and last dates (4)
        assertEquals(75, loaded.summaryQuads(), "the summary of two articles");
    }

    @Test
    void theGazetteerGraphHoldsTheCountriesTheConverterKnowsFromCldr() {
        TdbStore store = TdbStore.open(dir.resolve("reference"));
        store.load(List.of(FIXTURE), new GraphBatch(Iris.standard()).addReferenceData());
        Node tunisia = NodeFactory.createURI("https://w3id.org/newsgraph/id/country/tunisia");
        Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        Txn.executeRead(store.dataset(), () -> assertTrue(
                store.dataset().contains(Iris.standard().gazetteerGraph(), tunisia, label, Node.ANY),
                "a country that gazetteer.ttl does not list, built from CLDR, is in the store's gazetteer graph"));
    }

    /**
     * Into an empty store the streaming load fills the primary index and builds the five others at the
     * end: every index must answer, so every quad must be found again through each access pattern.
     */
    @Test
    void aStreamingLoadIntoAnEmptyStoreAnswersThroughEveryIndex() {
        TdbStore store = TdbStore.open(dir.resolve("bulk"));
        store.load(List.of(FIXTURE), new GraphBatch(Iris.standard()).addReferenceData());
        Node any = Node.ANY;
        List<Function<Quad, Quad>> patterns = List.of(
                q -> Quad.create(q.getGraph(), any, any, any),
                q -> Quad.create(any, q.getSubject(), any, any),
                q -> Quad.create(any, any, q.getPredicate(), q.getObject()),
                q -> Quad.create(any, any, any, q.getObject()),
                q -> Quad.create(q.getGraph(), any, q.getPredicate(), any),
                q -> Quad.create(q.getGraph(), any, any, q.getObject()),
                q -> Quad.create(any, q.getSubject(), q.getPredicate(), any));
        Txn.executeRead(store.dataset(), () -> {
            List<Quad> all = new ArrayList<>();
            store.dataset().find().forEachRemaining(all::add);
            assertTrue(all.size() > 1000, "fixture and reference data: " + all.size());
            for (Quad q : all) {
                for (Function<Quad, Quad> pattern : patterns) {
                    Quad p = pattern.apply(q);
                    assertTrue(Iter.anyMatch(store.dataset().find(p.getGraph(), p.getSubject(), p.getPredicate(), p.getObject()),
                            q::equals), q + " not found through " + p);
                }
            }
        });
    }

    @Test
    void aStreamingLoadWithABrokenSecondFileLoadsNothing() throws Exception {
        Path broken = dir.resolve("broken.ttl");
        Files.writeString(broken, "<urn:ex:a> <urn:ex:b> <urn:ex:c> .\n<urn:ex:a> <urn:ex:b> .\n");
        TdbStore store = TdbStore.open(dir.resolve("tdb2"));
        NewsgraphException e = assertThrows(NewsgraphException.class,
                () -> store.load(List.of(FIXTURE, broken), new GraphBatch(Iris.standard()).addReferenceData()));
        assertTrue(e.getMessage().startsWith(broken + ":2:"), e.getMessage());
        assertEquals(0, store.size());
    }

    /** The check runs ahead on its own thread: a broken file after a big one stops the load, which commits nothing. */
    @Test
    void aBrokenFileAfterABigOneStopsTheLoadAndLoadsNothing() throws Exception {
        Path big = dir.resolve("big.nq");
        StringBuilder quads = new StringBuilder();
        for (int i = 0; i < 80_000; i++) {
            quads.append("<urn:ex:s").append(i).append("> <urn:ex:p> \"").append(i).append("\" <urn:ex:g").append(i % 7).append("> .\n");
        }
        Files.writeString(big, quads);
        Path broken = dir.resolve("broken.nq");
        Files.writeString(broken, "<urn:ex:a> <urn:ex:b> .\n");
        TdbStore store = TdbStore.open(dir.resolve("tdb2"));
        NewsgraphException e = assertThrows(NewsgraphException.class,
                () -> store.load(List.of(big, broken), new GraphBatch(Iris.standard()).addReferenceData()));
        assertTrue(e.getMessage().startsWith(broken + ":1:"), e.getMessage());
        assertEquals(0, store.size());
        store.load(List.of(big), new GraphBatch(Iris.standard()));
        assertEquals(80_000, store.size(), "the store is whole and takes the next load");
    }

    /** The store's quads as sorted N-Quads lines; blank node labels differ per store, so all print as {@code _:b}. */
    private static List<String> sortedQuads(TdbStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> lines = new ArrayList<>();
            store.dataset().find().forEachRemaining(q -> lines.add(Stream.of(q.getGraph(), q.getSubject(),
                    q.getPredicate(), q.getObject())
                    .map(n -> n.isBlank() ? "_:b" : NodeFmtLib.strNT(n))
                    .collect(Collectors.joining(" "))));
            Collections.sort(lines);
            return lines;
        });
    }

    @Test
    void defaultGraphTriplesGoToAGraphNamedAfterTheFile() throws Exception {
        Path file = dir.resolve("extra.nt");
        Files.writeString(file, "<urn:ex:a> <urn:ex:b> <urn:ex:c> .\n");
        GraphBatch batch = new GraphBatch(Iris.standard()).addFile(file);
        assertEquals(NodeFactory.createURI("https://w3id.org/newsgraph/id/graph/file/extra.nt"),
                batch.graphs().keySet().iterator().next());
    }

    @Test
    void aStoreHeldByAnotherProcessIsNamed() throws Exception {
        Path db = dir.resolve("held");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreHolder.class.getName(), db.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("holding", out.readLine());
            NewsgraphException e = assertThrows(NewsgraphException.class, () -> TdbStore.open(db));
            assertTrue(e.getMessage().startsWith("store " + db + " is in use by another process"), e.getMessage());
        } finally {
            holder.destroy();
            holder.waitFor();
        }
    }
}
