package org.newsgraph.server;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newsgraph.lang.ClasspathResource;

/**
 * Runs the view's first-picture queries once before a server announces itself, so that its first visitor does not
 * pay for a cold query engine and cold store caches: on 10,000 articles the first picture after a start took 1.8 to
 * 2 s, later ones 0.5 to 1.4 s. Both queries read the summary graph only, so this costs milliseconds on any store.
 */
public final class ViewWarmUp {

    /** The queries the view sends before it draws anything (view.js, in this order). */
    private static final List<String> FIRST_PICTURE = List.of("top.rq", "network.rq");

    private ViewWarmUp() {
    }

    /** Reads every answer of the first picture's queries, unfiltered, in one read transaction each; returns how many. */
    public static int run(DatasetGraph dataset) {
        Dataset ds = DatasetFactory.wrap(dataset);
        int rows = 0;
        for (String name : FIRST_PICTURE) {
            Query query = QueryFactory.create(ClasspathResource.text(ViewResources.VIEW_FOLDER + name).orElseThrow());
            rows += Txn.calculateRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                    return ResultSetFormatter.consume(qe.execSelect());
                }
            });
        }
        return rows;
    }
}
