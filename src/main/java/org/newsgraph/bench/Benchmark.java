package org.newsgraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.convert.ArticleInput;
import org.newsgraph.convert.Converter;
import org.newsgraph.convert.Corpus;
import org.newsgraph.convert.OrderedConversion;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.query.QueryLibrary;
import org.newsgraph.rdf.ArticleStream;
import org.newsgraph.rdf.ConvertedArticle;
import org.newsgraph.rdf.RdfOutput;
import org.newsgraph.lang.Language;

/**
 * The benchmark: makes a synthetic corpus, converts it to N-Quads on 1 and on T threads, loads the
 * result into fresh TDB2 stores with Jena's bulk loader and with newsgraph's load, and times the shipped
 * queries on the loaded store. Progress goes to {@code log}; the figures come back as a {@link BenchReport}.
 */
public final class Benchmark {

    /** Articles per untimed warm-up round. */
    private static final int WARM_UP_ARTICLES = 500;

    /**
     * What to run. {@code work} is the folder for the corpus, outputs and stores; the conversion is timed
     * after {@code warmUpSeconds} of untimed conversion, so the JIT has compiled the hot code (on a 2-core
     * machine C2 keeps one core busy for about the first 30 s).
     */
    public record Settings(int articles, int threads, Path seeds, Language language, Path work, long seed, int repeat, int warmUpSeconds,
                           StoreLoader jenaLoader, StoreLoader ourLoader, Path queries, String command,
                           List<Long> longArticleBytes) {
        public Settings {
            if (articles < 1 || threads < 1 || repeat < 1 || warmUpSeconds < 0) {
                throw new IllegalArgumentException("articles, threads and repeat must be at least 1, the warm-up not negative");
            }
            longArticleBytes = List.copyOf(longArticleBytes);
            if (longArticleBytes.stream().anyMatch(b -> b < 1)) {
                throw new IllegalArgumentException("a long article must hold at least one byte: " + longArticleBytes);
            }
        }
    }

    private Benchmark() {
    }

    public static BenchReport run(Settings s, PrintWriter log) {
        ZonedDateTime date = ZonedDateTime.now(ZoneOffset.UTC);
        try (HeapSampler heap = new HeapSampler()) {
            log.printf(Locale.ROOT, "bench: making %,d %s articles from %s in %s%n", s.articles(), s.language().name(), s.seeds(), s.work());
            log.flush();
            Path corpusFolder = clean(s.work().resolve("corpus"));
            SyntheticCorpus synthetic = SyntheticCorpus.fromSeeds(s.seeds(), s.language());
            SyntheticCorpus.Made made = synthetic.write(s.articles(), s.seed(), corpusFolder);
            Corpus corpus = Corpus.collect(List.of(corpusFolder), Optional.empty());
            if (!corpus.problems().isEmpty()) {
                throw NewsgraphException.failure("synthetic corpus: " + corpus.problems().get(0));
            }
            List<ArticleInput> inputs = corpus.articles();

            warmUp(inputs, s.warmUpSeconds());
            List<BenchReport.Phase> phases = new ArrayList<>();
            Path outOne = s.work().resolve("out-1-thread.nq");
            Path outMany = s.work().resolve("out-" + s.threads() + "-threads.nq"); // distinct even with --threads 1
            Conversion one = convert(inputs, 1, outOne, made.textBytes(), heap, log);
            phases.add(logged(one.phase(), log));
            Conversion many = convert(inputs, s.threads(), outMany, made.textBytes(), heap, log);
            phases.add(logged(many.phase(), log));
            boolean same = Files.mismatch(outOne, outMany) == -1L;
            Files.delete(outOne);
            long outputBytes = Files.size(outMany);

            Path jenaDb = clean(s.work().resolve("db-jena"));
            Path ourDb = clean(s.work().resolve("db-newsgraph"));
            BenchReport.Phase jena = load(s.jenaLoader(), outMany, jenaDb, inputs.size(), outputBytes, heap, log);
            BenchReport.Phase ours = load(s.ourLoader(), outMany, ourDb, inputs.size(), outputBytes, heap, log);
            phases.add(logged(jena, log));
            phases.add(logged(ours, log));
            for (long bytes : s.longArticleBytes()) {
                phases.add(logged(convertLong(synthetic, bytes, s, heap, log), log));
            }
            long jenaQuads = jena.quads();
            long ourQuads = ours.quads();
            if (jenaQuads != many.quads() || ourQuads < jenaQuads) {
                log.printf(Locale.ROOT, "bench: WARNING: quads written %,d, loaded by Jena %,d, by newsgraph %,d%n",
                        many.quads(), jenaQuads, ourQuads);
            } else if (ourQuads > jenaQuads) {
                log.printf(Locale.ROOT, "bench: newsgraph's store also holds the ontology, gazetteer and summary graphs: %,d quads%n",
                        ourQuads - jenaQuads);
            }

            boolean folder = s.queries() != null && Files.isDirectory(s.queries());
            List<QueryLibrary.ShippedQuery> queries = folder ? QueryLibrary.inFolder(s.queries()) : QueryLibrary.all();
            String source = folder ? s.queries().toString() + "/*.rq" : "classpath " + QueryLibrary.RESOURCE_FOLDER + "/*.rq";
            log.printf(Locale.ROOT, "bench: timing %d quer%s from %s, %d runs each%n", queries.size(),
                    queries.size() == 1 ? "y" : "ies", source, s.repeat());
            log.flush();
            List<QueryTimer.Timing> timings = QueryTimer.time(ourDb, queries, s.repeat());
            return new BenchReport(date, s.command(), BenchReport.Machine.current(), s.articles(), made.textBytes(),
                    s.threads(), phases, outputBytes, many.quads(), many.failed(), many.firstProblem(), same, timings, source);
        } catch (IOException e) {
            throw NewsgraphException.failure(s.work() + ": " + e.getMessage(), e);
        }
    }

    /** Prints a phase's figures as soon as it ends, so a run that dies later still leaves them. */
    private static BenchReport.Phase logged(BenchReport.Phase p, PrintWriter log) {
        log.printf(Locale.ROOT, "bench: %s: %.3f s, %.1f articles/s, %.2f MB/s, %.0f quads/s, peak heap %d MB%n", p.name(),
                p.seconds(), p.articlesPerSecond(), p.megabytesPerSecond(), p.quadsPerSecond(), p.peakHeapBytes() / (1024 * 1024));
        log.flush();
        return p;
    }

    private record Conversion(BenchReport.Phase phase, long quads, int failed, String firstProblem) {
    }

    private static void warmUp(List<ArticleInput> inputs, int seconds) {
        long start = System.nanoTime();
        while (System.nanoTime() - start < seconds * 1_000_000_000L) {
            warmUpRound(inputs.subList(0, Math.min(WARM_UP_ARTICLES, inputs.size())));
        }
    }

    private static void warmUpRound(List<ArticleInput> inputs) {
        ArticleStream sink = RdfOutput.NQ.open(OutputStream.nullOutputStream());
        new OrderedConversion(1, Converter::standard).run(inputs,
                new OrderedConversion.Sink() {
                    @Override
                    public void converted(ConvertedArticle article) {
                        sink.write(article);
                    }

                    @Override
                    public void failed(ArticleInput input, NewsgraphException problem) {
                        // counted in the timed phases
                    }
                });
        sink.finish();
    }

    /** One article of about {@code bytes} bytes converted on one thread: conversion time must grow linearly with length. */
    private static BenchReport.Phase convertLong(SyntheticCorpus corpus, long bytes, Settings s, HeapSampler heap,
                                                 PrintWriter log) throws IOException {
        Path folder = clean(s.work().resolve("long-" + bytes));
        SyntheticCorpus.Made made = corpus.writeLong(bytes, s.seed(), folder);
        List<ArticleInput> inputs = Corpus.collect(List.of(folder), Optional.empty()).articles();
        Path out = s.work().resolve("out-long-" + bytes + ".nq");
        BenchReport.Phase p = convert(inputs, 1, out, made.textBytes(), heap, log).phase();
        Files.delete(out);
        return new BenchReport.Phase(String.format(Locale.ROOT, BenchReport.LONG_ARTICLE + "%.1f MB article, 1 thread",
                made.textBytes() / 1e6),
                p.seconds(), p.articles(), p.bytes(), p.quads(), p.peakHeapBytes());
    }

    private static Conversion convert(List<ArticleInput> inputs, int threads, Path out, long textBytes,
                                      HeapSampler heap, PrintWriter log) {
        log.printf(Locale.ROOT, "bench: converting on %d thread%s to %s%n", threads, threads == 1 ? "" : "s", out);
        log.flush();
        long[] quads = new long[1];
        String[] firstProblem = new String[1];
        OrderedConversion.Counts[] counts = new OrderedConversion.Counts[1];
        System.gc();
        heap.reset();
        long start = System.nanoTime();
        RdfOutput.writeAtomically(out, os -> {
            ArticleStream stream = RdfOutput.NQ.open(os);
            counts[0] = new OrderedConversion(threads, Converter::standard).run(inputs, new OrderedConversion.Sink() {
                @Override
                public void converted(ConvertedArticle article) {
                    quads[0] += article.graph().size();
                    stream.write(article);
                }

                @Override
                public void failed(ArticleInput input, NewsgraphException problem) {
                    if (firstProblem[0] == null) {
                        firstProblem[0] = problem.getMessage();
                    }
                }
            });
            stream.finish();
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        String name = "convert to N-Quads, " + threads + " thread" + (threads == 1 ? "" : "s");
        return new Conversion(new BenchReport.Phase(name, seconds, counts[0].converted(), textBytes, quads[0], heap.peak()),
                quads[0], counts[0].failed(), firstProblem[0]);
    }

    private static BenchReport.Phase load(StoreLoader loader, Path rdf, Path db, long articles, long bytes,
                                          HeapSampler heap, PrintWriter log) {
        log.printf(Locale.ROOT, "bench: loading with %s into %s%n", loader.label(), db);
        log.flush();
        System.gc();
        heap.reset();
        long start = System.nanoTime();
        try {
            loader.load().load(rdf, db);
        } catch (Exception e) {
            throw NewsgraphException.failure(loader.label() + " failed: " + e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new BenchReport.Phase("load: " + loader.label(), seconds, articles, bytes, countQuads(db), heap.peak());
    }

    private static long countQuads(Path db) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
        try {
            return Txn.calculateRead(dsg, () -> {
                long n = 0;
                var it = dsg.find();
                while (it.hasNext()) {
                    it.next();
                    n++;
                }
                return n;
            });
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /** An empty folder at {@code dir}: whatever a previous run left there is deleted. */
    static Path clean(Path dir) {
        deleteTree(dir);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw NewsgraphException.failure(dir + ": cannot create: " + e.getMessage(), e);
        }
    }

    /** Deletes {@code dir} and everything under it, if it exists. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw NewsgraphException.failure(dir + ": cannot delete: " + e.getMessage(), e);
        }
    }
}
