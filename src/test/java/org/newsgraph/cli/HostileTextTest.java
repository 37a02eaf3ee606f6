package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.rdf.Iris;
import org.newsgraph.server.SparqlServer;
import org.newsgraph.store.GraphBatch;
import org.newsgraph.store.TdbStore;

/**
 * Article text that looks like RDF or SPARQL syntax, markup or escapes cannot break out of its
 * literal: the output parses as TriG and as N-Quads, and the article's text comes back exactly, from
 * the files and from a real Fuseki over TDB2.
 */
class HostileTextTest {

    static final String IS_STRING = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString";

    @ParameterizedTest
    @ValueSource(strings = {
        "\"> . <x> <y> <z",
        "\"\"\" ; DROP ALL ; INSERT DATA { <x> <y> <z> } #",
        "'''> . } GRAPH <urn:evil> { <a> <b> <c> }",
        "<script>alert(1)</script>",
        "{{ 7*7 }} ${jndi:ldap://x} %s %n",
        "back\\slash \\\" \\u0041 \\n fine",
        "nul\u0000 bell\u0007 end",
        "_:b0 @prefix x: <urn:x> . ?s ?p ?o"})
    void aHostileStringStaysInsideItsLiteral(String hostile, @TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        String sentence = "Vladimir Putin ha detto: «" + hostile + "». Mosca nega.";
        Files.writeString(articles.resolve("hostile.txt"), sentence + "\n");
        String expected = sentence.replace("\u0000", "").replace("\u0007", "");
        for (String format : new String[] {"trig", "nq"}) {
            Path out = dir.resolve("out." + format);
            StringWriter err = new StringWriter();
            int code = Main.run(new String[] {"convert", articles.toString(), "--format", format, "-o", out.toString()},
                    new PrintWriter(new StringWriter()), new PrintWriter(err));
            assertEquals(0, code, err.toString());
            Dataset parsed = DatasetFactory.create();
            RDFDataMgr.read(parsed, out.toString());
            Set<String> texts = parsed.asDatasetGraph().stream()
                    .filter(q -> q.getPredicate().getURI().equals(IS_STRING))
                    .map(q -> q.getObject().getLiteralLexicalForm()).collect(Collectors.toSet());
            assertEquals(Set.of(expected), texts, format);
            Set<String> graphs = parsed.asDatasetGraph().stream().map(Quad::getGraph).map(g -> g.getURI())
                    .collect(Collectors.toSet());
            assertEquals(Set.of("https://w3id.org/newsgraph/id/graph/article/hostile"), graphs, format);
            assertTrue(parsed.asDatasetGraph().stream().noneMatch(q -> q.getSubject().getURI() != null
                    && q.getSubject().getURI().startsWith("urn:")), "no subject injected");
        }
        assertEquals(Set.of(expected), textsOverHttp(dir.resolve("out.nq"), dir.resolve("tdb2")), "through TDB2 and Fuseki");
    }

    /** Loads the file into a store, serves it, and reads the articles' texts back as SPARQL JSON results. */
    static Set<String> textsOverHttp(Path file, Path db) {
        TdbStore store = TdbStore.open(db);
        store.load(new GraphBatch(Iris.standard()).addFile(file));
        SparqlServer server = SparqlServer.start(store.dataset(),
                new SparqlServer.Settings("127.0.0.1", 0, Duration.ofSeconds(10), Optional.empty()));
        try {
            RowSet rows = QueryExecHTTP.service(server.datasetUrl() + "/sparql")
                    .query("SELECT ?t { ?a <" + IS_STRING + "> ?t }").acceptHeader("application/sparql-results+json")
                    .select();
            Set<String> texts = new HashSet<>();
            rows.forEachRemaining(b -> texts.add(b.get("t").getLiteralLexicalForm()));
            return texts;
        } finally {
            server.stop();
            store.close();
        }
    }
}
