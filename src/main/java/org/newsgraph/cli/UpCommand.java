package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.app.Loading;
import org.newsgraph.server.SparqlServer;
import org.newsgraph.store.JsonLdContexts;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph up}: convert, load and serve in one command. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Convert the articles (default: seeds), load them into the store and serve it with the web UI.")
public final class UpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Mixin
    ArticleOptions inputs;

    @Mixin
    ServerOptions server;

    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 store directory (default: data/tdb2).")
    Path db;

    @Override
    public Integer call() {
        SparqlServer.Settings settings = server.settings();
        PrintWriter err = spec.commandLine().getErr();
        TdbStore store = TdbStore.open(db == null ? TdbStore.DEFAULT_DIR : db);
        TdbStore.Loaded loaded = Loading.intoStore(inputs.paths(), Optional.ofNullable(inputs.metadata),
                JsonLdContexts.EMBEDDED_ONLY, store, err, () -> { });
        err.println("newsgraph up: loaded " + loaded.graphs() + " graph(s) into " + store.dir());
        ServeCommand.serve(store, settings, spec.commandLine().getOut(), err);
        return 0;
    }
}
