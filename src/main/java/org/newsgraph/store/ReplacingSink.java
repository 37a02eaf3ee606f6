package org.newsgraph.store;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Streams parsed quads into a dataset inside the caller's write transaction: a named graph is emptied the
 * first time it is met (replace semantics; nothing to empty in a store that was empty), and default-graph
 * triples go to the graph the caller names.
 */
final class ReplacingSink extends StreamRDFBase {

    private static final int BLOCK = 65_536;

    private final DatasetGraph dataset;
    private final QuadAppender appender;
    private final Runnable everyBlock;
    private final Set<Node> met = new HashSet<>();
    private Node defaultTarget;
    private long quads;

    /** {@code everyBlock} runs every {@value #BLOCK} quads, and may stop the load by throwing. */
    ReplacingSink(DatasetGraph dataset, QuadAppender appender, Runnable everyBlock) {
        this.dataset = dataset;
        this.appender = appender;
        this.everyBlock = everyBlock;
    }

    /** Where the default-graph triples of the file about to be streamed go. */
    void defaultGraphTo(Node graph) {
        this.defaultTarget = graph;
    }

    @Override
    public void triple(Triple t) {
        add(defaultTarget, t.getSubject(), t.getPredicate(), t.getObject());
    }

    @Override
    public void quad(Quad q) {
        add(q.isDefaultGraph() ? defaultTarget : q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }

    private void add(Node g, Node s, Node p, Node o) {
        if (met.add(g) && !appender.intoEmptyStore()) {
            dataset.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        }
        appender.add(g, s, p, o);
        if (++quads % BLOCK == 0) {
            everyBlock.run();
        }
    }

    /** The graphs met so far. */
    int graphs() {
        return met.size();
    }

    long quads() {
        return quads;
    }
}
