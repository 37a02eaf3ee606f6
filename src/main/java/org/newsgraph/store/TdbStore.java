package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.document.NewsgraphException;

/**
 * The TDB2 store at a directory, with the union default graph on so queries need no GRAPH clause.
 * A load replaces whole named graphs inside one write transaction: all of it or none of it.
 */
public final class TdbStore {

    public static final Path DEFAULT_DIR = Path.of("data", "tdb2");

    private final Path dir;
    private final DatasetGraph dataset;

    private TdbStore(Path dir, DatasetGraph dataset) {
        this.dir = dir;
        this.dataset = dataset;
    }

    /** Opens the store at {@code dir}, creating it if needed; fails clearly when another process holds it. */
    public static TdbStore open(Path dir) {
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.toAbsolutePath().toString()));
        } catch (DBOpEnvException | TDBException e) {
            String message = String.valueOf(e.getMessage());
            throw NewsgraphException.failure(message.contains("lock")
                    ? "store " + dir + " is in use by another process (a running 'newsgraph serve' or 'up'?): "
                            + "stop it, or reach the store through it with --endpoint URL (" + message + ")"
                    : "cannot open the store " + dir + ": " + message, e);
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new TdbStore(dir, dsg);
    }

    public Path dir() {
        return dir;
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /** Replaces every graph of the batch (delete, then add) and rebuilds the summary, in one write transaction. */
    public void load(GraphBatch batch) {
        Map<Node, Graph> graphs = batch.graphs();
        writing(() -> {
            Txn.executeWrite(dataset, () -> replaceAndSummarize(graphs));
            return null;
        });
    }

    /**
     * Deletes then adds each graph, then rebuilds the {@link SummaryGraph}, whatever else the load wrote
     * before; call inside a write transaction. Returns the number of quads in the summary graph.
     */
    private long replaceAndSummarize(Map<Node, Graph> graphs) {
        graphs.forEach((name, graph) -> {
            dataset.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            graph.find().forEachRemaining(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        });
        return SummaryGraph.rebuildIn(dataset);
    }

    /** What a streaming load put into the store: the graphs it was given, and the rebuilt summary graph. */
    public record Loaded(int graphs, long quads, long summaryQuads) {
    }

    /**
     * Streams RDF files into the store, then replaces the graphs of {@code batch} and rebuilds the
     * {@link SummaryGraph}, all in one write transaction (into an empty store as a bulk load, see
     * {@link QuadAppender}). A syntax error anywhere loads nothing: while the load runs, a second thread parses every file to a discarding sink, far
     * ahead of the load, and the transaction commits only once that check has passed; when it fails, the
     * load stops at once and aborts. Memory does not grow with the files. A named graph is emptied the
     * first time it is met; default-graph triples go to the file's graph ({@link GraphBatch#fileGraph}).
     */
    public Loaded load(List<Path> rdfFiles, GraphBatch batch) {
        return load(rdfFiles, batch, () -> { });
    }

    /** As {@link #load(List, GraphBatch)}, running {@code starting} just before the store is written. */
    public Loaded load(List<Path> rdfFiles, GraphBatch batch, Runnable starting) {
        SyntaxCheck check = SyntaxCheck.start(rdfFiles, batch.contexts());
        starting.run();
        Map<Node, Graph> graphs = batch.graphs();
        return writing(() -> Txn.calculateWrite(dataset, () -> {
            QuadAppender appender = QuadAppender.start(dataset);
            ReplacingSink sink = new ReplacingSink(dataset, appender, check::failIfFailed);
            try {
                for (Path f : rdfFiles) {
                    sink.defaultGraphTo(batch.fileGraph(f));
                    GraphBatch.parse(f, sink, batch.contexts());
                }
            } finally {
                appender.finish();
            }
            check.await();
            long summaryQuads = replaceAndSummarize(graphs);
            long batchQuads = graphs.values().stream().mapToLong(Graph::size).sum();
            return new Loaded(sink.graphs() + graphs.size(), sink.quads() + batchQuads, summaryQuads);
        }));
    }

    /**
     * Runs a write transaction; when the disk fills up under it, fails with one line saying so. TDB2 writes
     * through memory-mapped files, so a full disk shows as the JVM's "fault in a recent unsafe memory
     * access" (SIGBUS) or as "No space left on device"; the transaction did not commit, so the store is as
     * it was. A store that was empty before is compacted afterwards, giving back the aborted load's space.
     */
    private <T> T writing(Supplier<T> write) {
        boolean wasEmpty = Txn.calculateRead(dataset, dataset::isEmpty);
        try {
            return write.get();
        } catch (InternalError | RuntimeException e) {
            NewsgraphException problem = diskFull(e);
            if (problem == null && e instanceof RuntimeException re) {
                throw re;
            }
            if (wasEmpty) {
                reclaim();
            }
            throw problem != null ? problem : NewsgraphException.failure("cannot write the store " + dir + ": "
                    + e.getMessage() + "; the store is unchanged", e);
        }
    }

    /** The one-line failure for a full disk, or null when {@code e} is something else. */
    private NewsgraphException diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("No space left on device") || t instanceof InternalError && m.contains("unsafe memory access")) {
                long free = usableMegabytes();
                return NewsgraphException.failure("the disk holding the store " + dir + " is full" + (free < 0 ? ""
                        : " (" + free + " MB free)") + "; the store is unchanged", e);
            }
        }
        return null;
    }

    private long usableMegabytes() {
        try {
            return Files.getFileStore(dir).getUsableSpace() / (1024 * 1024);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Compacts the store, deleting the old generation; best effort, since the disk may still be full. */
    private void reclaim() {
        try {
            DatabaseMgr.compact(dataset, true);
        } catch (RuntimeException | InternalError e) {
            // the load's failure is what the user needs to hear about; the space stays until a later compaction
        }
    }

    /** Closes the store and releases its lock, so another process may open it. */
    public void close() {
        TDBInternal.expel(dataset);
    }

    /** The number of quads in all named graphs and the default graph. */
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }
}
