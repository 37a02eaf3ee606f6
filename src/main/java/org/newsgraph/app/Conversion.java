package org.newsgraph.app;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.function.Consumer;
import org.newsgraph.convert.ArticleInput;
import org.newsgraph.convert.Converter;
import org.newsgraph.convert.Corpus;
import org.newsgraph.convert.OrderedConversion;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.rdf.ArticleStream;
import org.newsgraph.rdf.ConvertedArticle;
import org.newsgraph.rdf.RdfOutput;

/** The conversion convert, load and eval share: a corpus's articles to RDF, each problem reported on one line. */
public final class Conversion {

    private Conversion() {
    }

    /** Prints the corpus's input problems and warnings, one line each, and returns how many problems there were. */
    public static int report(Corpus corpus, String command, PrintWriter err) {
        corpus.warnings().forEach(w -> err.println("newsgraph " + command + ": warning: " + w));
        corpus.problems().forEach(p -> err.println("newsgraph " + command + ": " + p));
        return corpus.problems().size();
    }

    /**
     * Converts the articles on {@code threads} threads and hands each to {@code into} in input order; an
     * article, line or record that cannot be converted is reported on one line, counted as failed, and skipped.
     * On a terminal a progress line shows how far it is.
     */
    public static OrderedConversion.Counts convertEach(Corpus corpus, int threads, String command, PrintWriter err,
                                                       Consumer<ConvertedArticle> into) {
        Progress progress = Progress.of(err, command, corpus.size().orElse(Progress.UNKNOWN));
        int[] unreadable = new int[1];
        Corpus.Listener listener = new Corpus.Listener() {
            @Override
            public void problem(String message) {
                progress.message("newsgraph " + command + ": " + message);
                unreadable[0]++;
            }

            @Override
            public void warning(String message) {
                progress.message("newsgraph " + command + ": warning: " + message);
            }
        };
        try {
            OrderedConversion.Counts counts = new OrderedConversion(threads, Converter::standard)
                    .run(each -> corpus.forEach(listener, each), new OrderedConversion.Sink() {
                        @Override
                        public void converted(ConvertedArticle article) {
                            if (article.source().published().isEmpty()) {
                                progress.message("newsgraph " + command + ": warning: " + article.source().sourceFile()
                                        + article.source().publication().map(p -> ": published " + p.iso() + ", no day")
                                        .orElse(": no publication date")
                                        + "; relative days (\"yesterday\", \"ieri\") stay unresolved");
                            }
                            into.accept(article);
                            progress.step();
                        }

                        @Override
                        public void failed(ArticleInput input, NewsgraphException problem) {
                            progress.message("newsgraph " + command + ": " + problem.getMessage());
                            progress.step();
                        }
                    });
            return new OrderedConversion.Counts(counts.converted(), counts.failed() + unreadable[0]);
        } finally {
            progress.clear();
        }
    }

    /** Streams the corpus through the converter into {@code sink}; failing articles are reported and skipped. */
    public static OrderedConversion.Counts write(Corpus corpus, RdfOutput out, int threads, OutputStream sink,
                                                 PrintWriter err) {
        ArticleStream stream = out.open(sink);
        OrderedConversion.Counts counts = convertEach(corpus, threads, "convert", err, stream::write);
        stream.finish();
        return counts;
    }
}
