package org.newsgraph.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.lang.ClasspathResource;
import org.newsgraph.rdf.Iris;

/**
 * The summary graph: per actor the number of articles that mention it, per pair of actors their
 * meetings, per article its counts of events, agreements and actors. The actors, who-met-whom and
 * sources queries read it instead of recounting every mention. {@code queries/summary.ru} rebuilds it
 * from the article graphs; every load runs that update inside its own transaction, last.
 */
public final class SummaryGraph {

    /** The rebuilding update on the classpath (copied there from {@code queries/} by the build). */
    public static final String RESOURCE = "newsgraph/queries/summary.ru";

    private SummaryGraph() {
    }

    /** The update that rebuilds the summary graph. */
    public static UpdateRequest rebuild() {
        return UpdateFactory.create(ClasspathResource.text(RESOURCE).orElseThrow(
                () -> NewsgraphException.failure(RESOURCE + " is missing from the build")));
    }

    /**
     * Rebuilds the summary graph of {@code dataset}; call inside the write transaction that changed it.
     * Returns the number of quads in the rebuilt graph.
     */
    static long rebuildIn(DatasetGraph dataset) {
        UpdateAction.execute(rebuild(), dataset);
        return dataset.getGraph(Iris.standard().summaryGraph()).size();
    }
}
