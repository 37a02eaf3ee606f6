package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.convert.Corpus;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.rdf.ArticleStream;
import org.newsgraph.rdf.ConvertedArticle;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.RdfOutput;
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

    /** What to say when the request may or may not have reached the server. */
    /** The name the articles converted for a local load start with; the file sits in the store's folder. */
    static final String CONVERTED_PREFIX = "newsgraph-load-";

    private static final String UNKNOWN_OUTCOME = "; if the request arrived, the server applies all of it or none";

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
            GraphBatch batch = read(inputs, contexts(), err).addReferenceData();
            err.println("newsgraph load: sending " + batch.size() + " quads in " + batch.graphs().size()
                    + " graph(s) to " + target.endpoint + " as one update");
            err.flush();
            sendUpdate(batch);
            err.println("newsgraph load: loaded " + batch.graphs().size() + " graph(s) into " + target.endpoint);
        } else {
            TdbStore store = target.openStore();
            TdbStore.Loaded loaded = stream(inputs, contexts(), store, "load", err, () -> {
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

    /**
     * Loads the inputs into {@code store} without holding them in memory: RDF files are streamed, articles
     * are converted into a temporary N-Quads file in the store's folder (where the next load deletes it if
     * this one is killed) that is streamed in turn, then the reference graphs.
     * A problem with the articles fails the command before the store is touched, and a file that does not
     * parse loads nothing; {@code starting} runs just before the store is written.
     */
    static TdbStore.Loaded stream(ArticleOptions inputs, JsonLdContexts contexts, TdbStore store, String command,
                                  PrintWriter err, Runnable starting) {
        GraphBatch reference = new GraphBatch(Iris.standard()).contexts(contexts).addReferenceData();
        List<Path> rdfFiles = new ArrayList<>();
        List<Path> articlePaths = new ArrayList<>();
        for (Path p : inputs.paths()) {
            if (Files.isRegularFile(p) && GraphBatch.isRdfFile(p)) {
                rdfFiles.add(p);
            } else {
                articlePaths.add(p);
            }
        }
        if (articlePaths.isEmpty()) {
            return store.load(rdfFiles, reference, starting);
        }
        Path converted = null;
        try {
            removeLeftovers(store.dir());
            converted = Files.createTempFile(store.dir(), CONVERTED_PREFIX, ".nq");
            convert(Corpus.collect(articlePaths, Optional.ofNullable(inputs.metadata)), converted, err);
            List<Path> all = new ArrayList<>(rdfFiles);
            all.add(converted);
            return store.load(all, reference, starting);
        } catch (IOException e) {
            throw NewsgraphException.failure("cannot write the converted articles: " + e.getMessage(), e);
        } finally {
            if (converted != null) {
                try {
                    Files.deleteIfExists(converted);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless; the load's own outcome matters more
                }
            }
        }
    }

    /**
     * Deletes the converted-articles files that killed loads left in the store's folder. Only the process
     * holding the store's lock converts into it, and that is this one, so none of them is in use.
     */
    private static void removeLeftovers(Path storeDir) throws IOException {
        try (DirectoryStream<Path> left = Files.newDirectoryStream(storeDir, CONVERTED_PREFIX + "*.nq")) {
            for (Path p : left) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Converts the corpus to N-Quads in {@code out}, article by article on all cores; any problem fails. */
    private static void convert(Corpus corpus, Path out, PrintWriter err) {
        int[] failed = {ArticleOptions.report(corpus, err)};
        RdfOutput.writeAtomically(out, os -> {
            ArticleStream stream = RdfOutput.NQ.open(os);
            failed[0] += ArticleOptions.convertEach(corpus, Runtime.getRuntime().availableProcessors(), "load", err,
                    stream::write).failed();
            stream.finish();
        });
        if (failed[0] > 0) {
            throw NewsgraphException.failure(failed[0] + " input problem(s); nothing loaded");
        }
    }

    /**
     * POSTs the batch to the endpoint's {@code update} service as one SPARQL Update request, which
     * Fuseki runs in one transaction: a refused or failed request changes nothing.
     */
    private void sendUpdate(GraphBatch batch) {
        URI uri = URI.create(target.endpoint.replaceAll("/+$", "") + "/update");
        Duration limit = Duration.ofSeconds(timeout);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(limit)
                .header("Content-Type", "application/sparql-update; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(batch.asUpdate().toString(), StandardCharsets.UTF_8));
        if (target.user != null) {
            String credentials = target.user + ":" + target.password;
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(limit).build();
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw NewsgraphException.failure(uri + ": no answer within " + timeout + " s" + UNKNOWN_OUTCOME, e);
        } catch (ConnectException e) {
            throw NewsgraphException.failure(uri + ": cannot connect (is the server running?); nothing loaded", e);
        } catch (IOException e) {
            throw NewsgraphException.failure(uri + ": " + e.getMessage() + UNKNOWN_OUTCOME, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NewsgraphException.failure(uri + ": interrupted" + UNKNOWN_OUTCOME, e);
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            String why = switch (status) {
                case 401, 403 -> "check --user and --password";
                case 413 -> "larger than the server accepts; load with --db while the server is stopped";
                default -> response.body().lines().findFirst().orElse("");
            };
            throw NewsgraphException.failure(uri + ": HTTP " + status + " (" + why + "); nothing loaded");
        }
    }

    /**
     * Reads the inputs completely: RDF files are parsed, articles converted. Any problem fails the
     * command before anything is loaded.
     */
    static GraphBatch read(ArticleOptions inputs, JsonLdContexts contexts, PrintWriter err) {
        GraphBatch batch = new GraphBatch(Iris.standard()).contexts(contexts);
        List<Path> articlePaths = new ArrayList<>();
        for (Path p : inputs.paths()) {
            if (Files.isRegularFile(p) && GraphBatch.isRdfFile(p)) {
                batch.addFile(p);
            } else {
                articlePaths.add(p);
            }
        }
        if (articlePaths.isEmpty()) {
            return batch;
        }
        Corpus corpus = Corpus.collect(articlePaths, Optional.ofNullable(inputs.metadata));
        List<ConvertedArticle> converted = new ArrayList<>();
        int failed = ArticleOptions.report(corpus, err)
                + ArticleOptions.convertEach(corpus, 1, "load", err, converted::add).failed();
        if (failed > 0) {
            throw NewsgraphException.failure(failed + " input problem(s); nothing loaded");
        }
        return batch.addArticles(converted);
    }
}
