package org.newsgraph.server;

import java.util.Locale;
import org.apache.jena.sparql.SystemARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.modify.UpdateEngine;
import org.apache.jena.sparql.modify.UpdateEngineFactory;
import org.apache.jena.sparql.modify.UpdateEngineMain;
import org.apache.jena.sparql.modify.UpdateEngineRegistry;
import org.apache.jena.sparql.modify.UpdateEngineWorker;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateVisitor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.update.UpdateException;

/**
 * What SPARQL Update's {@code LOAD <iri>} may read on a served dataset: never the server's own files
 * ({@code file:}, {@code jar:}, ...), and http(s) only when the dataset's context says so. Installed as
 * an ARQ update engine for datasets whose context carries {@link #LOAD_FROM_WEB}; others are untouched.
 */
final class LoadPolicy {

    /** Context key: {@code true} lets LOAD fetch http(s) sources, {@code false} refuses every LOAD. */
    static final Symbol LOAD_FROM_WEB = SystemARQ.allocSymbol("https://w3id.org/newsgraph/", "loadFromWeb");

    private static final UpdateEngineFactory FACTORY = new UpdateEngineFactory() {
        @Override
        public boolean accept(DatasetGraph dataset, Context context) {
            return context != null && context.isDefined(LOAD_FROM_WEB);
        }

        @Override
        public UpdateEngine create(DatasetGraph dataset, Binding initial, Context context) {
            boolean web = context.isTrue(LOAD_FROM_WEB);
            return new UpdateEngineMain(dataset, initial, context) {
                @Override
                protected UpdateVisitor prepareWorker() {
                    return new UpdateEngineWorker(dataset, initial, context) {
                        @Override
                        public void visit(UpdateLoad update) {
                            check(update.getSource(), web);
                            super.visit(update);
                        }
                    };
                }
            };
        }
    };

    private static boolean registered;

    private LoadPolicy() {
    }

    /** Applies the policy to {@code dataset}: LOAD from the web only if {@code web}, from anywhere else never. */
    static synchronized void apply(DatasetGraph dataset, boolean web) {
        if (!registered) {
            UpdateEngineRegistry.get().add(FACTORY);
            registered = true;
        }
        dataset.getContext().set(LOAD_FROM_WEB, web);
    }

    /** Refuses the source unless it is http(s) and the web is allowed; the message never echoes the source's content. */
    static void check(String source, boolean web) {
        String s = source.toLowerCase(Locale.ROOT);
        boolean http = s.startsWith("http://") || s.startsWith("https://");
        if (!http) {
            throw new UpdateException("LOAD <" + source + "> refused: this server loads from http(s) sources only");
        }
        if (!web) {
            throw new UpdateException("LOAD <" + source + "> refused: this server fetches nothing from the network"
                    + " (start it with --allow-load-from-web to allow LOAD from http(s))");
        }
    }
}
