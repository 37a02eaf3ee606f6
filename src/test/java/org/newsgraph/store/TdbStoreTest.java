package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        Files.writeString(broken, "<urn:a> <urn:b> <urn:c> .\n<urn:a> <urn:b> .\n");
        TdbStore store = TdbStore.open(dir.resolve("tdb2"));
        NewsgraphException e = assertThrows(NewsgraphException.class,
                () -> store.load(new GraphBatch(Iris.standard()).addFile(FIXTURE).addFile(broken)));
        assertTrue(e.getMessage().startsWith(broken + ":2:"), e.getMessage());
        assertEquals(0, store.size());
    }

    @Test
    void defaultGraphTriplesGoToAGraphNamedAfterTheFile() throws Exception {
        Path file = dir.resolve("extra.nt");
        Files.writeString(file, "<urn:a> <urn:b> <urn:c> .\n");
        GraphBatch batch = new GraphBatch(Iris.standard()).addFile(file);
        assertEquals(NodeFactory.createURI("https://w3id.org/newsgraph/id/graph/file/extra.nt"),
                batch.graphs().keySet().iterator().next());
    }
}
