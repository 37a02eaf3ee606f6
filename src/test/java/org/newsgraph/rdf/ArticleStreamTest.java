package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.document.ArticleSource;
import org.newsgraph.document.NewsgraphException;

/** Streaming output: deterministic bytes, the same quads as the in-memory dataset, atomic files. */
class ArticleStreamTest {

    private static final String NG = "https://w3id.org/newsgraph/ontology#";

    /** Three articles whose graphs share nodes; {@code shuffle} changes the order triples are added in. */
    private static List<ConvertedArticle> articles(long shuffle) {
        List<ConvertedArticle> out = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            String id = "a" + a;
            List<Triple> triples = new ArrayList<>();
            Node article = NodeFactory.createURI(Vocab.DEFAULT_BASE + "article/" + id);
            triples.add(Triple.create(article, NodeFactory.createURI(NG + "sourceFile"), NodeFactory.createLiteralString(id + ".txt")));
            for (int i = 0; i < 20; i++) {
                Node event = NodeFactory.createURI(Vocab.DEFAULT_BASE + "event/" + id + "-" + i);
                triples.add(Triple.create(event, NodeFactory.createURI(NG + "evidence"), NodeFactory.createLiteralString("frase «" + i + "» è")));
                triples.add(Triple.create(event, NodeFactory.createURI(NG + "participant"),
                        NodeFactory.createURI(Vocab.DEFAULT_BASE + "person/p" + (i % 4))));
                triples.add(Triple.create(event, NodeFactory.createURI(NG + "source"), article));
            }
            Collections.shuffle(triples, new Random(shuffle + a));
            Graph g = GraphFactory.createDefaultGraph();
            triples.forEach(g::add);
            ArticleSource source = new ArticleSource(id + ".txt", id, Optional.of("Agenzia"),
                    Optional.of(LocalDate.of(2024, 11, 29)), Optional.of("it"));
            out.add(new ConvertedArticle(source, NodeFactory.createURI(Vocab.DEFAULT_BASE + "graph/article/" + id), g));
        }
        return out;
    }

    private static byte[] write(RdfOutput format, List<ConvertedArticle> articles) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArticleStream stream = format.open(out);
        articles.forEach(stream::write);
        stream.finish();
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(RdfOutput.class)
    void sameInputGivesIdenticalBytesWhateverTheInsertionOrder(RdfOutput format) {
        byte[] first = write(format, articles(1));
        assertEquals(new String(first, StandardCharsets.UTF_8), new String(write(format, articles(1)), StandardCharsets.UTF_8));
        if (format.streams()) {
            assertEquals(new String(first, StandardCharsets.UTF_8), new String(write(format, articles(99)), StandardCharsets.UTF_8));
        }
    }

    @Test
    void streamedNQuadsHoldTheSameQuadsAsTheInMemoryDataset() {
        List<ConvertedArticle> articles = articles(7);
        ByteArrayOutputStream old = new ByteArrayOutputStream();
        RDFDataMgr.write(old, RdfOutput.NQ.dataset(articles), RDFFormat.NQUADS_UTF8);
        assertEquals(quads(old.toByteArray(), Lang.NQUADS), quads(write(RdfOutput.NQ, articles), Lang.NQUADS));
    }

    @Test
    void streamedTrigHoldsTheSameQuadsWithPrefixesOnceAndOneBlockPerArticle() {
        List<ConvertedArticle> articles = articles(7);
        byte[] trig = write(RdfOutput.TRIG, articles);
        ByteArrayOutputStream old = new ByteArrayOutputStream();
        RDFDataMgr.write(old, RdfOutput.NQ.dataset(articles), RDFFormat.NQUADS_UTF8);
        assertEquals(quads(old.toByteArray(), Lang.NQUADS), quads(trig, Lang.TRIG));
        String text = new String(trig, StandardCharsets.UTF_8);
        assertEquals(1, text.split("PREFIX ng:", -1).length - 1, text);
        for (ConvertedArticle a : articles) {
            assertEquals(1, text.split("<" + a.graphName().getURI() + "> \\{", -1).length - 1, text);
        }
    }

    @Test
    void writingAfterFinishIsAProgrammingError() {
        ArticleStream stream = RdfOutput.NQ.open(new ByteArrayOutputStream());
        stream.finish();
        assertThrows(IllegalStateException.class, () -> stream.write(articles(1).get(0)));
    }

    @Test
    void aFailedWriteLeavesTheTargetUntouched(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.nq");
        Files.writeString(target, "before\n");
        assertThrows(NewsgraphException.class, () -> RdfOutput.writeAtomically(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw NewsgraphException.failure("article broke");
        }));
        assertEquals("before\n", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
        RdfOutput.NQ.write(articles(1), target);
        assertFalse(Files.readString(target).isEmpty());
        assertTrue(Files.readString(target).endsWith(" .\n"));
    }

    private static Set<Quad> quads(byte[] bytes, Lang lang) {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        RDFDataMgr.read(ds, new ByteArrayInputStream(bytes), lang);
        Set<Quad> quads = new HashSet<>();
        ds.find().forEachRemaining(quads::add);
        return quads;
    }
}
