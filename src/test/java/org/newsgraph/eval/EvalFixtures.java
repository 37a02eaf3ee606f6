package org.newsgraph.eval;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateAction;

/** The hand-written test article: its gold folder and its perfect converter output, plus edits to it. */
final class EvalFixtures {

    static final String PREFIXES = """
            PREFIX ng:      <https://w3id.org/newsgraph/ontology#>
            PREFIX nif:     <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
            PREFIX art:     <https://w3id.org/newsgraph/id/article/>
            PREFIX graph:   <https://w3id.org/newsgraph/id/graph/article/>
            PREFIX person:  <https://w3id.org/newsgraph/id/person/>
            PREFIX place:   <https://w3id.org/newsgraph/id/place/>
            PREFIX country: <https://w3id.org/newsgraph/id/country/>
            PREFIX org:     <https://w3id.org/newsgraph/id/org/>
            PREFIX event:   <https://w3id.org/newsgraph/id/event/a1/>
            PREFIX agreement: <https://w3id.org/newsgraph/id/agreement/>
            PREFIX claim:   <https://w3id.org/newsgraph/id/claim/a1/>
            PREFIX mention: <https://w3id.org/newsgraph/id/mention/a1/>
            """;

    private EvalFixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(EvalFixtures.class.getResource("/eval/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path goldDir() {
        return resource("gold");
    }

    static List<GoldArticle> gold() {
        return GoldReader.readAll(goldDir());
    }

    /** The perfect output after a SPARQL Update (prefixes above; empty for none). */
    static DatasetGraph output(String update) {
        DatasetGraph ds = RDFDataMgr.loadDatasetGraph(resource("perfect.trig").toString());
        if (!update.isBlank()) {
            UpdateAction.parseExecute(PREFIXES + update, ds);
        }
        return ds;
    }

    static EvalReport score(String update) {
        return new Scorer().score(output(update), gold());
    }
}
