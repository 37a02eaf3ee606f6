package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.eval.EvalReport.Counts;
import org.newsgraph.eval.EvalReport.Finding;
import org.newsgraph.eval.EvalReport.Tally;
import org.newsgraph.eval.GoldEvent.Category;
import org.newsgraph.rdf.Vocab;

/**
 * Scores converter output (a dataset holding one named graph per article) against gold annotations, as
 * docs/EVAL.md describes. Each gold article is found by the file name of an {@code ng:sourceFile}; its
 * events and agreements are read from the graph that holds that article, labels and types from any graph.
 */
public final class Scorer {

    static {
        // Jena must initialise before its vocabulary constants are first touched, or class init cycles.
        JenaSystem.init();
    }

    static final Node TYPE = RDF.type.asNode();

    /** Scores {@code output} against every gold article. */
    public EvalReport score(DatasetGraph output, List<GoldArticle> gold) {
        Map<String, Located> articles = locate(output);
        Map<Category, Counts> counts = new EnumMap<>(Category.class);
        Map<String, Tally> attributes = new LinkedHashMap<>();
        Tally evidence = Tally.ZERO;
        List<Finding> findings = new ArrayList<>();
        List<String> scored = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Set<String> goldNames = new TreeSet<>();
        for (GoldArticle g : gold) {
            String name = fileName(g.article());
            goldNames.add(name);
            Located at = articles.get(name);
            if (at == null) {
                missing.add(name);
            } else {
                scored.add(name);
            }
            ArticleScore s = new ArticleScore(g, at, output);
            s.run();
            s.counts.forEach((c, n) -> counts.merge(c, n, Counts::plus));
            s.attributes.forEach((a, t) -> attributes.merge(a, t, Tally::plus));
            evidence = evidence.plus(s.evidence);
            findings.addAll(s.findings);
        }
        List<String> unscored = articles.keySet().stream().filter(n -> !goldNames.contains(n)).sorted().toList();
        return new EvalReport(scored, missing, unscored, counts, attributes, evidence, findings);
    }

    /** The last segment of a path, whichever separator it uses. */
    static String fileName(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

    /** Where one article lives: its graph and its node. */
    record Located(Graph graph, Node article) {
    }

    /** Finds every article by its source file's name; a named graph wins over the default graph. */
    private static Map<String, Located> locate(DatasetGraph ds) {
        Map<String, Located> found = new TreeMap<>();
        List<Graph> graphs = new ArrayList<>();
        ds.listGraphNodes().forEachRemaining(n -> graphs.add(ds.getGraph(n)));
        graphs.add(ds.getDefaultGraph());
        for (Graph g : graphs) {
            g.find(Node.ANY, Vocab.sourceFile.asNode(), Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) {
                    found.putIfAbsent(fileName(t.getObject().getLiteralLexicalForm()), new Located(g, t.getSubject()));
                }
            });
        }
        return found;
    }

    // ---- graph access ----------------------------------------------------------------------------------

    static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        Iterator<Triple> it = g.find(s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (!out.contains(o)) {
                out.add(o);
            }
        }
        return out;
    }

    static Optional<Node> first(Graph g, Node s, Node p) {
        List<Node> o = objects(g, s, p);
        return o.isEmpty() ? Optional.empty() : Optional.of(o.get(0));
    }

    /** "air-defence" → "AirDefence", "more than" → "MoreThan": gold words to the ontology's concept names. */
    static String concept(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.trim().split("[\\s_-]+")) {
            if (!w.isEmpty()) {
                out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }
}
