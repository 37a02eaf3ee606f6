package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.cli.NewsgraphException;

/**
 * One way of loading an RDF file into a fresh TDB2 store, with the label the benchmark prints for it.
 * The benchmark times {@link #load} and nothing else; the store is closed when it returns.
 */
public record StoreLoader(String label, Load load) {

    /** Loads {@code rdf} into a new TDB2 store at {@code db} (an empty folder) and leaves it durable. */
    @FunctionalInterface
    public interface Load {
        void load(Path rdf, Path db) throws Exception;
    }

    /**
     * Stand-in for newsgraph's own load until {@code org.newsgraph.store.TdbStore} is on this branch:
     * one write transaction around {@code RDFDataMgr.read}, which is what an all-or-nothing load does.
     */
    public static StoreLoader newsgraphStandIn() {
        return new StoreLoader("newsgraph load (stand-in: one Txn.executeWrite + RDFDataMgr.read, not TdbStore)",
                (rdf, db) -> {
                    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
                    try {
                        Txn.executeWrite(dsg, () -> RDFDataMgr.read(dsg, rdf.toString()));
                    } finally {
                        TDBInternal.expel(dsg);
                    }
                });
    }

    /** The loader newsgraph's {@code load} is timed with; swap in TdbStore here. */
    public static StoreLoader newsgraph() {
        return newsgraphStandIn();
    }

    /** Jena's TDB2 bulk loader ({@code phased}, the tdb2.tdbloader default, {@code parallel} or {@code basic}). */
    public static StoreLoader jenaBulk(String kind) {
        String k = kind.toLowerCase(Locale.ROOT);
        if (!k.equals("phased") && !k.equals("parallel") && !k.equals("basic")) {
            throw NewsgraphException.usage("unknown loader '" + kind + "': use phased, parallel or basic");
        }
        return new StoreLoader("Jena TDB2 bulk loader (" + k + ")", (rdf, db) -> {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
            try {
                DataLoader loader = switch (k) {
                    case "parallel" -> LoaderFactory.parallelLoader(dsg, (fmt, args) -> { });
                    case "basic" -> LoaderFactory.basicLoader(dsg, (fmt, args) -> { });
                    default -> LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
                };
                loader.startBulk();
                try {
                    loader.load(rdf.toString());
                } catch (RuntimeException e) {
                    loader.finishException(e);
                    throw e;
                }
                loader.finishBulk();
            } finally {
                TDBInternal.expel(dsg);
            }
        });
    }
}
