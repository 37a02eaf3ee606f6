package org.newsgraph.bench;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.app.Loading;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.store.JsonLdContexts;
import org.newsgraph.store.TdbStore;

/**
 * One way of loading an RDF file into a fresh TDB2 store, with the label the benchmark prints for it.
 * The benchmark times {@link #load} and nothing else; the store is closed when it returns.
 */
public record StoreLoader(String label, Load load) {

    /** Jena's bulk loaders by the name {@link #jenaBulk} takes. */
    private static final Map<String, BiFunction<DatasetGraph, MonitorOutput, DataLoader>> JENA_LOADERS =
            new TreeMap<>(Map.of("phased", LoaderFactory::phasedLoader, "parallel", LoaderFactory::parallelLoader,
                    "sequential", LoaderFactory::sequentialLoader, "basic", LoaderFactory::basicLoader));

    /** Loads {@code rdf} into a new TDB2 store at {@code db} (an empty folder) and leaves it durable. */
    @FunctionalInterface
    public interface Load {
        void load(Path rdf, Path db) throws Exception;
    }

    /**
     * newsgraph's own load, the service {@code load --db DB FILE} calls: the file is checked, then streamed
     * into the store in one write transaction, with the ontology and gazetteer graphs.
     */
    public static StoreLoader newsgraph() {
        return new StoreLoader("newsgraph load (streaming, one transaction)", (rdf, db) -> {
            TdbStore store = TdbStore.open(db);
            try {
                Loading.intoStore(List.of(rdf), Optional.empty(), JsonLdContexts.EMBEDDED_ONLY, store,
                        new PrintWriter(Writer.nullWriter()), () -> { });
            } finally {
                store.close();
            }
        });
    }

    /**
     * Jena's TDB2 bulk loader: {@code phased} (the tdb2.tdbloader default) or {@code parallel}, which write
     * the indexes from several threads and are not crash-safe, or {@code sequential} or {@code basic}, the
     * two that Jena documents as fully transactional.
     */
    public static StoreLoader jenaBulk(String kind) {
        String k = kind.toLowerCase(Locale.ROOT);
        BiFunction<DatasetGraph, MonitorOutput, DataLoader> create = JENA_LOADERS.get(k);
        if (create == null) {
            throw NewsgraphException.usage("unknown loader '" + kind + "': use " + String.join(", ", jenaKinds()));
        }
        return new StoreLoader("Jena TDB2 bulk loader (" + k + ")", (rdf, db) -> {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
            try {
                DataLoader loader = create.apply(dsg, (fmt, args) -> { });
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

    /** The names {@link #jenaBulk} takes, in alphabetical order. */
    public static Set<String> jenaKinds() {
        return JENA_LOADERS.keySet();
    }
}
