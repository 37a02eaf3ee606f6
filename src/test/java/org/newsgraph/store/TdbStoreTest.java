package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.NewsgraphException;
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
        assertEquals(165, once);
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
