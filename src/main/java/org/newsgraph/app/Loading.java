package org.newsgraph.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.convert.Corpus;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.rdf.ArticleStream;
import org.newsgraph.rdf.ConvertedArticle;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.RdfOutput;
import org.newsgraph.store.GraphBatch;
import org.newsgraph.store.JsonLdContexts;
import org.newsgraph.store.TdbStore;

/**
 * The load that load, up, validate and bench share: articles (converted on the fly) and RDF files into a TDB2
 * store in one streamed transaction, or read completely into a {@link GraphBatch} for a server or for checking.
 */
public final class Loading {

    /** The name the articles converted for a local load start with; the file sits in the store's folder. */
    public static final String CONVERTED_PREFIX = "newsgraph-load-";

    private Loading() {
    }

    /**
     * Loads the inputs into {@code store} without holding them in memory: RDF files are streamed, articles
     * are converted into a temporary N-Quads file in the store's folder (where the next load deletes it if
     * this one is killed) that is streamed in turn, then the reference graphs.
     * A problem with the articles fails the load before the store is touched, and a file that does not
     * parse loads nothing; {@code starting} runs just before the store is written.
     */
    public static TdbStore.Loaded intoStore(List<Path> paths, Optional<Path> metadata, JsonLdContexts contexts,
                                            TdbStore store, PrintWriter err, Runnable starting) {
        GraphBatch reference = new GraphBatch(Iris.standard()).contexts(contexts).addReferenceData();
        List<Path> rdfFiles = new ArrayList<>();
        List<Path> articlePaths = new ArrayList<>();
        for (Path p : paths) {
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
            convert(Corpus.collect(articlePaths, metadata), converted, err);
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
     * Reads the inputs completely: RDF files are parsed, articles converted. Any problem fails
     * before anything is loaded.
     */
    public static GraphBatch read(List<Path> paths, Optional<Path> metadata, JsonLdContexts contexts,
                                  PrintWriter err) {
        GraphBatch batch = new GraphBatch(Iris.standard()).contexts(contexts);
        List<Path> articlePaths = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isRegularFile(p) && GraphBatch.isRdfFile(p)) {
                batch.addFile(p);
            } else {
                articlePaths.add(p);
            }
        }
        if (articlePaths.isEmpty()) {
            return batch;
        }
        Corpus corpus = Corpus.collect(articlePaths, metadata);
        List<ConvertedArticle> converted = new ArrayList<>();
        int failed = Conversion.report(corpus, "load", err)
                + Conversion.convertEach(corpus, 1, "load", err, converted::add).failed();
        if (failed > 0) {
            throw NewsgraphException.failure(failed + " input problem(s); nothing loaded");
        }
        return batch.addArticles(converted);
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
        int[] failed = {Conversion.report(corpus, "load", err)};
        RdfOutput.writeAtomically(out, os -> {
            ArticleStream stream = RdfOutput.NQ.open(os);
            failed[0] += Conversion.convertEach(corpus, Runtime.getRuntime().availableProcessors(), "load", err,
                    stream::write).failed();
            stream.finish();
        });
        if (failed[0] > 0) {
            throw NewsgraphException.failure(failed[0] + " input problem(s); nothing loaded");
        }
    }
}
