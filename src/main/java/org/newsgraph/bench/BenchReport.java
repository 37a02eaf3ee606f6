package org.newsgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.newsgraph.document.NewsgraphException;

/** The figures of one benchmark run, and their Markdown section for {@code docs/BENCHMARKS.md}. */
public record BenchReport(
        ZonedDateTime date,
        String command,
        Machine machine,
        int articles,
        long textBytes,
        int threads,
        List<Phase> phases,
        long outputBytes,
        long quads,
        int failedArticles,
        String firstProblem,
        boolean sameOutputAcrossThreads,
        List<QueryTimer.Timing> queries,
        String queriesSource) {

    /** What a new Markdown file of runs starts with. */
    static final String HEADER = "# Benchmarks\n\nFigures from `newsgraph bench`, newest last. "
            + "Each section is one run; see its command line and machine.\n";

    /** How the phases that convert one long article are named: "convert one 4.0 MB article, 1 thread". */
    public static final String LONG_ARTICLE = "convert one ";

    /** Where the run happened. */
    public record Machine(int cores, long maxHeapBytes, String os, String java) {
        public static Machine current() {
            return new Machine(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(),
                    System.getProperty("os.name") + " " + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")",
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        }
    }

    /** One timed phase: how long, over how many articles and bytes, how many quads, the peak heap seen. */
    public record Phase(String name, double seconds, long articles, long bytes, long quads, long peakHeapBytes) {
        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }

        public double quadsPerSecond() {
            return quads / seconds;
        }
    }

    public Phase phase(String prefix) {
        return phases.stream().filter(p -> p.name().startsWith(prefix)).findFirst().orElseThrow();
    }

    /** The run as a Markdown section, headed by its date and size, ready to append to BENCHMARKS.md. */
    /** Appends this run's section to the Markdown file, starting the file with its header when it is new. */
    public void appendTo(Path file) {
        String section = markdown();
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            String text = Files.exists(file) ? "\n" + section : HEADER + "\n" + section;
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw NewsgraphException.failure(file + ": cannot write: " + e.getMessage().toLowerCase(Locale.ROOT), e);
        }
    }

    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("## ").append(date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(" — ").append(String.format(Locale.ROOT, "%,d", articles)).append(" articles, ")
                .append(threads).append(" threads\n\n");
        md.append("- Command: `").append(command).append("`\n");
        md.append(String.format(Locale.ROOT, "- Machine: %d cores, max heap %d MB, %s, %s%n", machine.cores(),
                machine.maxHeapBytes() / (1024 * 1024), machine.os(), machine.java()));
        md.append(String.format(Locale.ROOT, "- Corpus: %,d synthetic articles from the seeds and the team's sentences, %,d bytes of text (%.2f KB each)%n",
                articles, textBytes, articles == 0 ? 0.0 : textBytes / 1024.0 / articles));
        md.append(String.format(Locale.ROOT, "- Output: %,d bytes of N-Quads, %,d quads; identical with 1 and %d threads: %s%n",
                outputBytes, quads, threads, sameOutputAcrossThreads ? "yes" : "NO"));
        if (failedArticles > 0) {
            md.append(String.format(Locale.ROOT, "- Failed articles: %,d (first: %s)%n", failedArticles, firstProblem));
        }
        md.append("\n### Conversion and loading\n\n");
        md.append("| Phase | Seconds | Articles/s | MB/s | Quads/s | Peak heap (MB) |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        for (Phase p : phases) {
            md.append(String.format(Locale.ROOT, "| %s | %.3f | %.1f | %.2f | %.0f | %d |%n", p.name(), p.seconds(),
                    p.articlesPerSecond(), p.megabytesPerSecond(), p.quadsPerSecond(), p.peakHeapBytes() / (1024 * 1024)));
        }
        md.append('\n');
        Phase one = phases.get(0);
        Phase many = phases.get(1);
        md.append(String.format(Locale.ROOT, "- Conversion: %.1f articles/s per core on 1 thread; %d threads give %.2f× (target ≥ 200/s per core, ≥ 1.8× on 2).%n",
                one.articlesPerSecond(), threads, many.articlesPerSecond() / one.articlesPerSecond()));
        if (phases.size() >= 4) {
            Phase jena = phases.get(2);
            Phase ours = phases.get(3);
            md.append(String.format(Locale.ROOT, "- Loading: %s runs at %.2f× the rate of %s (target ≥ 0.8×).%n",
                    ours.name().replaceFirst("^load: ", ""), jena.seconds() / ours.seconds(),
                    jena.name().replaceFirst("^load: ", "")));
        }
        List<Phase> longArticles = phases.stream().filter(p -> p.name().startsWith(LONG_ARTICLE)).toList();
        if (!longArticles.isEmpty()) {
            md.append("- Long articles (one article of the team's sentences, 1 thread): ").append(longArticles.stream()
                    .map(p -> String.format(Locale.ROOT, "%.2f MB/s at %.1f MB", p.megabytesPerSecond(), p.bytes() / 1e6))
                    .collect(Collectors.joining(", "))).append(" (linear in length when the rate holds).\n");
        }
        md.append("- Conversion is timed after an untimed warm-up (`--warm-up`, 30 s unless the command says otherwise); loads are not warmed up (each is a fresh store, as a user's first load is).\n");
        md.append("- MB/s counts article text for conversion and N-Quads bytes for loading; peak heap is sampled every 10 ms and includes uncollected garbage.\n");
        md.append("\n### Queries\n\n");
        if (queries.isEmpty()) {
            md.append("No shipped queries found (").append(queriesSource).append("): nothing timed.\n");
        } else {
            md.append("Against the store newsgraph loaded above (the articles, the ontology, the gazetteer and the summary graph), union default graph, from ").append(queriesSource)
                    .append(String.format(Locale.ROOT, "; %d warm-up runs, then median and p95 of the timed runs.%n%n", 2));
            md.append("| Query | Rows | Median (ms) | p95 (ms) |\n");
            md.append("|---|---:|---:|---:|\n");
            for (QueryTimer.Timing t : queries) {
                if (t.problem() != null) {
                    md.append("| ").append(t.name()).append(" (").append(t.problem().replace('|', '/')).append(") | – | – | – |\n");
                } else {
                    md.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f |%n", t.name(), t.rows(), t.medianMs(), t.p95Ms()));
                }
            }
        }
        return md.toString();
    }
}
