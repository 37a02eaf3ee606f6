package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newsgraph.convert.Corpus;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The articles a command reads: paths (default {@code seeds/}) and an optional metadata table. */
public final class ArticleOptions {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Articles: .txt, saved pages (.html .htm), feeds (.rss .atom .xml), web archives "
                    + "(.warc .warc.gz), JSON Lines (.jsonl), or folders of them (default: seeds).")
    List<Path> paths;

    @Option(names = "--metadata", paramLabel = "FILE",
            description = "Metadata table (file, publisher, published, language, url); default: metadata.tsv beside the articles.")
    Path metadata;

    public List<Path> paths() {
        return paths == null || paths.isEmpty() ? List.of(Path.of("seeds")) : paths;
    }

    public Corpus corpus() {
        return Corpus.collect(paths(), Optional.ofNullable(metadata));
    }
}
