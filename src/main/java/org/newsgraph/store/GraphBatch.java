package org.newsgraph.store;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;
import org.newsgraph.document.ArticleSource;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.entity.Gazetteer;
import org.newsgraph.lang.ClasspathResource;
import org.newsgraph.rdf.ConvertedArticle;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Vocab;

/**
 * The named graphs one load replaces, each complete in memory before the store is touched, so a
 * syntax error in the last file loads nothing.
 */
public final class GraphBatch {

    private static final Map<String, Lang> LANGS = Map.of(
            "trig", Lang.TRIG, "nq", Lang.NQUADS, "ttl", Lang.TURTLE, "nt", Lang.NTRIPLES,
            "jsonld", Lang.JSONLD);

    private final Iris iris;
    private final Map<Node, Graph> graphs = new LinkedHashMap<>();
    private JsonLdContexts contexts = JsonLdContexts.EMBEDDED_ONLY;

    public GraphBatch(Iris iris) {
        this.iris = iris;
    }

    /** Where the JSON-LD files this batch reads, or a load with it streams, may take their contexts from. */
    public GraphBatch contexts(JsonLdContexts contexts) {
        this.contexts = contexts;
        return this;
    }

    JsonLdContexts contexts() {
        return contexts;
    }

    /** Whether {@code path} names an RDF file this batch can read, judged by its extension. */
    public static boolean isRdfFile(Path path) {
        return LANGS.containsKey(extension(path));
    }

    public GraphBatch addArticles(List<ConvertedArticle> articles) {
        articles.forEach(a -> graphs.put(a.graphName(), a.graph()));
        return this;
    }

    /**
     * Parses an RDF file completely; its named graphs are kept, triples in its default graph go to
     * the graph {@code graph/file/{name}}. Syntax errors fail with file:line:col.
     */
    public GraphBatch addFile(Path file) {
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        parse(file, StreamRDFLib.dataset(parsed), contexts);
        parsed.listGraphNodes().forEachRemaining(g -> graphs.put(g, copy(parsed.getGraph(g))));
        if (!parsed.getDefaultGraph().isEmpty()) {
            graphs.put(fileGraph(file), copy(parsed.getDefaultGraph()));
        }
        return this;
    }

    /**
     * Adds the ontology and the gazetteer, each in its own graph: the gazetteer as the converter knows it, with
     * the countries, capitals and places built from the JDK's CLDR data and the language files, not only gazetteer.ttl.
     */
    public GraphBatch addReferenceData() {
        reference(Vocab.ONTOLOGY_RESOURCE, iris.ontologyGraph());
        graphs.put(iris.gazetteerGraph(), copy(Gazetteer.standard().model().getGraph()));
        return this;
    }

    public Map<Node, Graph> graphs() {
        return Collections.unmodifiableMap(graphs);
    }

    /** The number of triples in all graphs of the batch. */
    public long size() {
        return graphs.values().stream().mapToLong(Graph::size).sum();
    }

    /**
     * The batch as one SPARQL Update request: drop each graph, insert them all, then rebuild the
     * {@link SummaryGraph}. Fuseki runs a request in one write transaction, so a server applies all of
     * it or none of it.
     */
    public UpdateRequest asUpdate() {
        UpdateRequest request = new UpdateRequest();
        QuadDataAcc quads = new QuadDataAcc();
        graphs.forEach((name, graph) -> {
            request.add(new UpdateDrop(name, true));
            graph.find().forEachRemaining(t -> quads.addQuad(new Quad(name, t)));
        });
        request.add(new UpdateDataInsert(quads));
        SummaryGraph.rebuild().getOperations().forEach(request::add);
        return request;
    }

    /** All graphs as one: what validation looks at. */
    public Graph union() {
        Graph all = GraphFactory.createDefaultGraph();
        graphs.values().forEach(g -> g.find().forEachRemaining(all::add));
        return all;
    }

    /** The graph that holds the default-graph triples of an RDF file. */
    public Node fileGraph(Path file) {
        return NodeFactory.createURI(iris.base() + "graph/file/" + ArticleSource.idOf(file.getFileName().toString()));
    }

    /**
     * Parses {@code file} into {@code sink}; syntax errors fail with file:line:col, nesting too deep for the
     * stack with the file's name, nothing else is kept.
     */
    static void parse(Path file, StreamRDF sink, JsonLdContexts contexts) {
        try {
            RDFParser.source(file).lang(LANGS.get(extension(file))).errorHandler(errorHandler(file))
                    .context(contexts.parserContext()).parse(sink);
        } catch (NewsgraphException e) {
            throw e;
        } catch (RuntimeException e) {
            throw NewsgraphException.failure(file + ": " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            // Jena's Turtle/TriG and the JSON-LD parsers recurse once per [ ], ( ) or JSON array; the stack
            // is unwound by now, so this thread can go on and say which file it was
            throw NewsgraphException.failure(file + ": nested too deeply to parse ([ ], ( ) or JSON arrays"
                    + " thousands of levels deep)");
        }
    }

    private void reference(String resource, Node graphName) {
        Graph g = ClasspathResource.read(resource, in -> {
            Graph parsed = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(parsed);
            return parsed;
        });
        graphs.put(graphName, g);
    }

    private static Graph copy(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }

    private static String extension(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    /** Errors stop the parse with the file, line and column; warnings are logged as Jena does. */
    private static ErrorHandler errorHandler(Path file) {
        ErrorHandler log = ErrorHandlerFactory.errorHandlerStd;
        return new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                log.warning(message, line, col);
            }

            @Override
            public void error(String message, long line, long col) {
                String at = line < 0 ? "" : ":" + line + ":" + col;
                throw NewsgraphException.failure(file + at + ": " + message);
            }

            @Override
            public void fatal(String message, long line, long col) {
                error(message, line, col);
            }
        };
    }
}
