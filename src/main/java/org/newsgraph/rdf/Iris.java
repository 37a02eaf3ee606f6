package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.document.Span;

/**
 * Makes the deterministic IRIs of the graph: the same article, entity or event always gets the same
 * IRI, so a rerun replaces rather than duplicates.
 */
public final class Iris {

    private final String base;

    public Iris(String base) {
        if (!base.endsWith("/") && !base.endsWith("#")) {
            throw new IllegalArgumentException("IRI base must end with '/' or '#': " + base);
        }
        this.base = base;
    }

    public static Iris standard() {
        return new Iris(Vocab.DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    public Node article(String articleId) {
        return iri("article/" + articleId);
    }

    /** The named graph that holds everything extracted from one article. */
    public Node articleGraph(String articleId) {
        return iri("graph/article/" + articleId);
    }

    public Node ontologyGraph() {
        return iri("graph/ontology");
    }

    public Node gazetteerGraph() {
        return iri("graph/gazetteer");
    }

    /** The graph of counts across all articles that every load rebuilds ({@code queries/summary.ru}). */
    public Node summaryGraph() {
        return iri("graph/summary");
    }

    /** An actor or place, by its entity id ("person/kim-jong-un"). */
    public Node entity(String entityId) {
        return iri(entityId);
    }

    public Node event(String articleId, String key) {
        return iri("event/" + articleId + "/" + key);
    }

    public Node agreement(String key) {
        return iri("agreement/" + key);
    }

    public Node mention(String articleId, Span span) {
        return iri("mention/" + articleId + "/" + span.begin() + "-" + span.end());
    }

    public Node dateClaim(String articleId, String key) {
        return iri("claim/" + articleId + "/" + key);
    }

    private Node iri(String path) {
        return NodeFactory.createURI(base + path);
    }
}
