package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.app.Loading;
import org.newsgraph.app.UpdateEndpoint;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.store.GraphBatch;
import org.newsgraph.store.JsonLdContexts;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph load}: articles (converted on the fly) and RDF files into TDB2 or a running server. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load articles (converted on the fly) and RDF files (.trig .nq .ttl .nt .jsonld) "
                + "into a TDB2 store, or into a running server as one SPARQL Update request.",
                "Each article's graph is replaced; the whole load is one transaction: all or nothing."})
public final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Mixin
    ArticleOptions inputs;

    @Mixin
    StoreOptions target;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "With --endpoint: how long to wait to connect and for the answer (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--fetch-jsonld-contexts",
            description = "Let .jsonld files take their @context from http(s) or file: URLs (each fetch limited to "
                    + "10 s); by default only contexts inside the file are read.")
    boolean fetchContexts;

    @Override
    public Integer call() {
        target.check();
        if (timeout <= 0) {
            throw NewsgraphException.usage("--timeout must be a positive number of seconds, not " + timeout);
        }
        PrintWriter err = spec.commandLine().getErr();
        if (target.remote()) {
            GraphBatch batch = Loading.read(inputs.paths(), Optional.ofNullable(inputs.metadata), contexts(), err)
                    .addReferenceData();
            err.println("newsgraph load: sending " + batch.size() + " quads in " + batch.graphs().size()
                    + " graph(s) to " + target.endpoint + " as one update");
            err.flush();
            new UpdateEndpoint(target.endpoint, target.user, target.password, timeout).send(batch);
            err.println("newsgraph load: loaded " + batch.graphs().size() + " graph(s) into " + target.endpoint);
        } else {
            TdbStore store = target.openStore();
            TdbStore.Loaded loaded = Loading.intoStore(inputs.paths(), Optional.ofNullable(inputs.metadata), contexts(),
                    store, err, () -> {
                        err.println("newsgraph load: loading into " + store.dir() + ", streamed in one transaction");
                        err.flush();
                    });
            err.println("newsgraph load: loaded " + loaded.graphs() + " graph(s), " + loaded.quads() + " quads, into "
                    + store.dir() + "; summary graph rebuilt (" + loaded.summaryQuads() + " quads)");
        }
        err.flush();
        return 0;
    }

    private JsonLdContexts contexts() {
        return fetchContexts ? JsonLdContexts.FETCH : JsonLdContexts.EMBEDDED_ONLY;
    }
}
