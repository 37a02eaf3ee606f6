package org.newsgraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.document.Document;

/** Maps an analysed document to the triples of its named graph, under the newsgraph ontology. */
public final class ArticleMapper {

    private final Iris iris;

    public ArticleMapper(Iris iris) {
        this.iris = iris;
    }

    public Graph map(Document document) {
        Graph g = GraphFactory.createDefaultGraph();
        Node article = iris.article(document.source().id());
        g.add(Triple.create(article, RDF.type.asNode(), Vocab.Article.asNode()));
        g.add(Triple.create(article, RDF.type.asNode(), Vocab.NifContext.asNode()));
        g.add(Triple.create(article, Vocab.sourceFile.asNode(), NodeFactory.createLiteralString(document.source().sourceFile())));
        g.add(Triple.create(article, Vocab.isString.asNode(), NodeFactory.createLiteralString(document.text())));
        g.add(Triple.create(article, Vocab.inLanguage.asNode(), NodeFactory.createLiteralString(document.source().language())));
        document.source().publisher().ifPresent(p ->
                g.add(Triple.create(article, Vocab.publisher.asNode(), NodeFactory.createLiteralString(p))));
        document.source().published().ifPresent(d ->
                g.add(Triple.create(article, Vocab.datePublished.asNode(),
                        NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate))));
        return g;
    }
}
