package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsgraph.query.QueryLibrary;
import org.newsgraph.server.SparqlServer;
import org.newsgraph.server.ViewWarmUp;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph serve}: Fuseki with its web UI over a TDB2 store, read-only, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a TDB2 store with Fuseki and its web UI: dataset /news, read-only, on 127.0.0.1 by default.")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Mixin
    ServerOptions server;

    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 store directory (default: data/tdb2).")
    Path db;

    @Override
    public Integer call() {
        SparqlServer.Settings settings = server.settings();
        TdbStore store = TdbStore.open(db == null ? TdbStore.DEFAULT_DIR : db);
        serve(store, settings, spec.commandLine().getOut(), spec.commandLine().getErr());
        return 0;
    }

    /** Starts the server, prints where it is, and blocks until Ctrl-C (or the thread is interrupted). */
    static void serve(TdbStore store, SparqlServer.Settings settings, PrintWriter out, PrintWriter err) {
        SparqlServer server = SparqlServer.start(store.dataset(), settings);
        ViewWarmUp.run(store.dataset());
        Thread hook = new Thread(server::stop, "newsgraph-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        if (settings.exposed() && settings.passwordFile().isEmpty()) {
            err.println("newsgraph serve: warning: listening on " + settings.host()
                    + ", reachable from other machines, with no credentials configured");
        }
        String queries = QueryLibrary.all().stream().map(QueryLibrary.ShippedQuery::name)
                .collect(Collectors.joining(", "));
        out.print(String.join(System.lineSeparator(),
                "newsgraph: serving " + store.dir() + " (read-only" + (settings.passwordFile().isPresent()
                        ? "; updates for users of " + settings.passwordFile().get() : "") + ")",
                "  view:            " + server.viewUrl(),
                "  web UI:          " + server.url(),
                "  SPARQL endpoint: " + server.datasetUrl() + "/sparql",
                "  shipped queries: " + queries + "  (newsgraph query NAME)",
                "Press Ctrl-C to stop.", ""));
        out.flush();
        err.flush();
        try {
            server.join();
        } catch (RuntimeException e) {
            if (!Thread.currentThread().isInterrupted() && !(e.getCause() instanceof InterruptedException)) {
                throw e;
            }
        } finally {
            server.stop();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already stopping and runs the hook itself
            }
        }
    }
}
