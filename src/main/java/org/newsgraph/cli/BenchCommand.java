package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.bench.BenchReport;
import org.newsgraph.bench.Benchmark;
import org.newsgraph.bench.StoreLoader;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.lang.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph bench}: times conversion, loading and the shipped queries on a synthetic corpus. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark: make N articles from the seeds and the team's own sentences (varied names, places and arms), convert them on 1 and on T threads, load the "
                + "N-Quads into fresh TDB2 stores (Jena's bulk loader and newsgraph's load), time every shipped "
                + "query, and print the figures as a Markdown section (or append it to the file --output names).",
                "Run with -Xmx512m to check that memory stays flat."})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "1000",
            description = "Articles in the synthetic corpus (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--threads", paramLabel = "T",
            description = "Threads for the parallel conversion (default: all cores).")
    Integer threads;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "Seed articles and their metadata.tsv (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--language", paramLabel = "CODE", defaultValue = "it",
            description = "Language of the synthetic corpus: its seeds in that language and the language's bench sentences "
                    + "(it, en; default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--seed", paramLabel = "LONG", defaultValue = "42",
            description = "Random seed for the synthetic corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Folder for the corpus, the N-Quads and the stores, kept afterwards "
                    + "(default: a temporary folder, deleted at the end).")
    Path work;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Append the run's section to this Markdown file, e.g. docs/BENCHMARKS.md (default: standard output).")
    Path output;

    @Option(names = "--repeat", paramLabel = "R", defaultValue = "20",
            description = "Timed runs of each query (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--warm-up", paramLabel = "SECONDS", defaultValue = "30",
            description = "Untimed conversion before the timed one, so the JIT has compiled the hot code (default: ${DEFAULT-VALUE}).")
    int warmUpSeconds;

    @Option(names = "--loader", paramLabel = "KIND", defaultValue = "phased",
            description = "Jena bulk loader to compare with: phased, parallel, sequential or basic; only the last two are crash-safe (default: ${DEFAULT-VALUE}).")
    String loader;

    @Option(names = "--long-articles", paramLabel = "MB", split = ",", defaultValue = "0.1,1,4",
            description = "Sizes in MB of single long articles (the team's sentences) whose conversion is timed, to show "
                    + "it grows linearly with length; 'none' for none (default: ${DEFAULT-VALUE}).")
    List<String> longArticles;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
            description = "Folder of .rq queries to time; when missing, the queries shipped in the jar (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Override
    public Integer call() throws IOException {
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (articles < 1 || t < 1 || repeat < 1) {
            throw NewsgraphException.usage("--articles, --threads and --repeat must be at least 1");
        }
        if (warmUpSeconds < 0) {
            throw NewsgraphException.usage("--warm-up must not be negative");
        }
        if (!Files.isDirectory(seeds)) {
            throw NewsgraphException.usage(seeds + ": no such seeds folder (see --seeds)");
        }
        StoreLoader jena = StoreLoader.jenaBulk(loader);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String command = "newsgraph" + spec.commandLine().getParseResult().originalArgs().stream()
                .map(a -> " " + a).reduce("", String::concat);
        boolean temporary = work == null;
        Path folder = temporary ? Files.createTempDirectory("newsgraph-bench") : work;
        BenchReport report;
        try {
            report = Benchmark.run(new Benchmark.Settings(articles, t, seeds, Language.of(language), folder, seed, repeat, warmUpSeconds, jena, StoreLoader.newsgraph(),
                    queries, command, longArticleBytes()), err);
        } finally {
            if (temporary) {
                Benchmark.deleteTree(folder);
            }
        }
        if (output == null) {
            out.print(report.markdown());
            out.flush();
        } else {
            report.appendTo(output);
            err.println("newsgraph bench: appended the run to " + output);
        }
        err.flush();
        return report.failedArticles() == 0 ? 0 : NewsgraphException.FAILURE;
    }

    private List<Long> longArticleBytes() {
        if (longArticles.equals(List.of("none"))) {
            return List.of();
        }
        try {
            List<Long> bytes = longArticles.stream().map(mb -> Math.round(Double.parseDouble(mb) * 1_000_000)).toList();
            if (bytes.stream().anyMatch(b -> b < 1)) {
                throw NewsgraphException.usage("--long-articles takes sizes in MB above 0, not " + String.join(",", longArticles));
            }
            return bytes;
        } catch (NumberFormatException e) {
            throw NewsgraphException.usage("--long-articles takes sizes in MB such as 0.1,1,4 (or none), not "
                    + String.join(",", longArticles));
        }
    }
}
