package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every loader the benchmark can time puts the whole file into a fresh store that survives closing it. */
class StoreLoaderTest {

    private static final String QUADS = """
            <urn:ex:a> <urn:ex:p> "one" <urn:ex:g> .
            <urn:ex:a> <urn:ex:p> "two" <urn:ex:g> .
            <urn:ex:b> <urn:ex:q> <urn:ex:a> <urn:ex:g> .
            """;

    static Stream<StoreLoader> loaders() {
        return Stream.concat(StoreLoader.jenaKinds().stream().map(StoreLoader::jenaBulk), Stream.of(StoreLoader.newsgraph()));
    }

    @ParameterizedTest
    @MethodSource("loaders")
    void loadsTheWholeFileIntoAFreshStore(StoreLoader loader, @TempDir Path dir) throws Exception {
        Path rdf = Files.writeString(dir.resolve("data.nq"), QUADS);
        Path db = dir.resolve("db");
        loader.load().load(rdf, db);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
        try {
            long quads = Txn.calculateRead(dsg, () -> dsg.getGraph(NodeFactory.createURI("urn:ex:g")).size());
            assertEquals(3, quads, loader.label());
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
