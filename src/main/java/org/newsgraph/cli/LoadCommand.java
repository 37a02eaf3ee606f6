package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.newsgraph.convert.ArticleInput;
import org.newsgraph.convert.ConvertedArticle;
import org.newsgraph.convert.Converter;
import org.newsgraph.convert.Corpus;
import org.newsgraph.convert.OrderedConversion;
import org.newsgraph.rdf.ArticleStream;
import org.newsgraph.rdf.RdfOutput;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphBatch;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph load}: articles (converted on the fly) and RDF files into TDB2 or a running server. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load articles (converted on the fly) and RDF files (.trig .nq .ttl .nt .jsonld) "
                + "into a TDB2 store, or into a running server through the Graph Store Protocol.",
                "Each article's graph is replaced; into a store, the whole load is one transaction: all or nothing."})
public final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Mixin
    ArticleOptions inputs;

    @Mixin
    StoreOptions target;

    @Override
    public Integer call() {
        target.check();
        PrintWriter err = spec.commandLine().getErr();
        if (target.remote()) {
            GraphBatch batch = read(inputs, err).addReferenceData();
            noteMissing(batch, "load", err);
            try (RDFLink link = RDFLinkHTTP.newBuilder().destination(target.endpoint).gspEndpoint("data")
                    .httpClient(target.httpClient()).build()) {
                batch.graphs().forEach(link::put);
            } catch (RuntimeException e) {
                throw NewsgraphException.failure(target.endpoint + ": " + e.getMessage(), e);
            }
            err.println("newsgraph load: put " + batch.graphs().size() + " graph(s) to " + target.endpoint);
        } else {
            TdbStore store = target.openStore();
            TdbStore.Loaded loaded = stream(inputs, store, "load", err);
            err.println("newsgraph load: loaded " + loaded.graphs() + " graph(s), " + loaded.quads() + " quads, into "
                    + store.dir());
        }
        err.flush();
        return 0;
    }

    /**
     * Loads the inputs into {@code store} without holding them in memory: RDF files are streamed, articles
     * are converted into a temporary N-Quads file that is streamed in turn, then the reference graphs.
     * Any problem fails the command before the store is touched.
     */
    static TdbStore.Loaded stream(ArticleOptions inputs, TdbStore store, String command, PrintWriter err) {
        GraphBatch reference = new GraphBatch(Iris.standard()).addReferenceData();
        noteMissing(reference, command, err);
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
            return store.load(rdfFiles, reference);
        }
        Path converted = null;
        try {
            converted = Files.createTempFile("newsgraph-load-", ".nq");
            convert(Corpus.collect(articlePaths, Optional.ofNullable(inputs.metadata)), converted, err);
            List<Path> all = new ArrayList<>(rdfFiles);
            all.add(converted);
            return store.load(all, reference);
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

    /** Converts the corpus to N-Quads in {@code out}, article by article on all cores; any problem fails. */
    private static void convert(Corpus corpus, Path out, PrintWriter err) {
        int[] failed = {ArticleOptions.report(corpus, err)};
        RdfOutput.writeAtomically(out, os -> {
            ArticleStream stream = RdfOutput.NQ.open(os);
            new OrderedConversion(Runtime.getRuntime().availableProcessors(), Converter::standard)
                    .run(corpus.articles(), new OrderedConversion.Sink() {
                        @Override
                        public void converted(ConvertedArticle article) {
                            stream.write(article);
                        }

                        @Override
                        public void failed(ArticleInput input, NewsgraphException problem) {
                            err.println("newsgraph: " + problem.getMessage());
                            failed[0]++;
                        }
                    });
            stream.finish();
        });
        if (failed[0] > 0) {
            throw NewsgraphException.failure(failed[0] + " input problem(s); nothing loaded");
        }
    }

    private static void noteMissing(GraphBatch batch, String command, PrintWriter err) {
        batch.missingReferences().forEach(r -> err.println("newsgraph " + command + ": note: " + r
                + " is not in this build; not loaded"));
    }

    /**
     * Reads the inputs completely: RDF files are parsed, articles converted. Any problem fails the
     * command before anything is loaded.
     */
    static GraphBatch read(ArticleOptions inputs, PrintWriter err) {
        GraphBatch batch = new GraphBatch(Iris.standard());
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
        int failed = ArticleOptions.report(corpus, err);
        Converter converter = Converter.standard();
        List<ConvertedArticle> converted = new ArrayList<>();
        for (var input : corpus.articles()) {
            try {
                converted.add(converter.convert(input));
            } catch (NewsgraphException e) {
                err.println("newsgraph: " + e.getMessage());
                failed++;
            }
        }
        if (failed > 0) {
            throw NewsgraphException.failure(failed + " input problem(s); nothing loaded");
        }
        return batch.addArticles(converted);
    }
}
