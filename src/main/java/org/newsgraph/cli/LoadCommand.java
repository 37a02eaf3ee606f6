package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.newsgraph.convert.ConvertedArticle;
import org.newsgraph.convert.Converter;
import org.newsgraph.convert.Corpus;
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
        GraphBatch batch = read(inputs, err).addReferenceData();
        batch.missingReferences().forEach(r -> err.println("newsgraph load: note: " + r + " is not in this build; not loaded"));
        if (target.remote()) {
            try (RDFLink link = RDFLinkHTTP.newBuilder().destination(target.endpoint).gspEndpoint("data")
                    .httpClient(target.httpClient()).build()) {
                batch.graphs().forEach(link::put);
            } catch (RuntimeException e) {
                throw NewsgraphException.failure(target.endpoint + ": " + e.getMessage(), e);
            }
            err.println("newsgraph load: put " + batch.graphs().size() + " graph(s) to " + target.endpoint);
        } else {
            TdbStore store = target.openStore();
            store.load(batch);
            err.println("newsgraph load: loaded " + batch.graphs().size() + " graph(s) into " + store.dir()
                    + " (" + store.size() + " quads in the store)");
        }
        err.flush();
        return 0;
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
