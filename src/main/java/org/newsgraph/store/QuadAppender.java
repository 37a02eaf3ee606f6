package org.newsgraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.loader.sequential.LoaderNodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Adds quads to a TDB2 store inside the caller's write transaction. Into an empty store it works as
 * Jena's sequential bulk loader does (the TDB2 loader that stays fully transactional): quads go to the
 * primary index only, and {@link #finish} builds the other five indexes from it in sorted order, which
 * is much faster than inserting every quad into six B+trees. Into a store with data, each quad is
 * added to every index as it comes.
 */
final class QuadAppender {

    private final LoaderNodeTupleTable table;
    private final boolean bulk;
    private boolean finished;

    private QuadAppender(LoaderNodeTupleTable table, boolean bulk) {
        this.table = table;
        this.bulk = bulk;
    }

    /** Starts appending; call inside a write transaction on {@code dataset}. */
    static QuadAppender start(DatasetGraph dataset) {
        var quads = TDBInternal.getDatasetGraphTDB(dataset).getQuadTable().getNodeTupleTable();
        boolean empty = quads.isEmpty();
        LoaderNodeTupleTable table = new LoaderNodeTupleTable(quads, (format, args) -> { }, "Quads");
        table.loadDataStart();
        return new QuadAppender(table, empty);
    }

    /** True when the store was empty: there is nothing to delete before adding a graph. */
    boolean intoEmptyStore() {
        return bulk;
    }

    void add(Node g, Node s, Node p, Node o) {
        table.load(g, s, p, o);
    }

    /**
     * Builds the secondary indexes (empty store) and puts them back in place; call before commit, and
     * also before abort, so that the open dataset is whole again whatever happened.
     */
    void finish() {
        if (!finished) {
            finished = true;
            table.loadDataFinish();
        }
    }
}
