package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsgraph.convert.ArticleInput;
import org.newsgraph.convert.Converter;
import org.newsgraph.convert.Corpus;
import org.newsgraph.convert.OrderedConversion;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.rdf.ConvertedArticle;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The articles a command reads: paths (default {@code seeds/}) and an optional metadata table. */
public final class ArticleOptions {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Article files (.txt) or folders of them (default: seeds).")
    List<Path> paths;

    @Option(names = "--metadata", paramLabel = "FILE",
            description = "Metadata table (file, publisher, published, language); default: metadata.tsv beside the articles.")
    Path metadata;

    public List<Path> paths() {
        return paths == null || paths.isEmpty() ? List.of(Path.of("seeds")) : paths;
    }

    public Corpus corpus() {
        return Corpus.collect(paths(), Optional.ofNullable(metadata));
    }

    /** Prints the corpus's input problems, one line each, and returns how many there were. */
    static int report(Corpus corpus, PrintWriter err) {
        corpus.problems().forEach(p -> err.println("newsgraph: " + p));
        return corpus.problems().size();
    }

    /**
     * Converts the articles on {@code threads} threads and hands each to {@code into} in input order; an
     * article that cannot be converted is reported on one line and skipped.
     */
    static OrderedConversion.Counts convertEach(Corpus corpus, int threads, String command, PrintWriter err,
                                                Consumer<ConvertedArticle> into) {
        return new OrderedConversion(threads, Converter::standard)
                .run(corpus.articles(), new OrderedConversion.Sink() {
                    @Override
                    public void converted(ConvertedArticle article) {
                        into.accept(article);
                    }

                    @Override
                    public void failed(ArticleInput input, NewsgraphException problem) {
                        err.println("newsgraph " + command + ": " + problem.getMessage());
                    }
                });
    }
}
