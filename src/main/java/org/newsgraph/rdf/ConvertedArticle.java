package org.newsgraph.rdf;

import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.newsgraph.document.ArticleSource;

/** The RDF made from one article: the named graph it belongs in and its triples. */
public record ConvertedArticle(ArticleSource source, Node graphName, Graph graph) {

    public ConvertedArticle {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(graphName, "graphName");
        Objects.requireNonNull(graph, "graph");
    }
}
