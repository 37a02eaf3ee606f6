package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.bench.SyntheticCorpus;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.lang.Language;

/** {@code bench} on a tiny corpus: the Markdown has its sections and its figures parse. No timings are checked. */
class BenchCommandTest {

    @Test
    void writesASectionWhoseFiguresParseAndAppendsTheNextRun(@TempDir Path dir) throws IOException {
        Path queries = Files.createDirectories(dir.resolve("queries"));
        Files.writeString(queries.resolve("graphs.rq"), "# Graphs.\nSELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g\n");
        Path md = dir.resolve("docs/BENCHMARKS.md");
        String[] args = {"bench", "--articles", "20", "--threads", "2", "--repeat", "2", "--warm-up", "0", "--queries", queries.toString(),
            "--long-articles", "0.05", "--output", md.toString()};
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err)), err.toString());

        String text = Files.readString(md);
        assertTrue(text.startsWith("# Benchmarks\n"), text);
        assertTrue(text.contains("## ") && text.contains("— 20 articles, 2 threads"), text);
        assertTrue(text.contains("- Command: `newsgraph bench --articles 20"), text);
        assertTrue(text.contains("### Conversion and loading") && text.contains("### Queries"), text);
        assertTrue(text.contains("identical with 1 and 2 threads: yes"), text);
        assertTrue(text.contains("newsgraph load (streaming"), "the real load is timed: " + text);
        List<String> phases = rows(text, "| convert", "| load");
        assertEquals(5, phases.size(), text);
        assertTrue(text.contains("| convert one 0.1 MB article, 1 thread |"), "a long article of the team's sentences: " + text);
        assertTrue(text.contains("- Long articles (one article of the team's sentences, 1 thread): "), text);
        for (String row : phases) {
            List<String> cells = cells(row);
            assertEquals(6, cells.size(), row);
            cells.subList(1, 6).forEach(Double::parseDouble);
        }
        List<String> queryRows = rows(text, "| graphs");
        assertEquals(1, queryRows.size(), text);
        List<String> q = cells(queryRows.get(0));
        assertEquals(23, Long.parseLong(q.get(1)), "20 articles, the ontology, the gazetteer and the summary");
        Double.parseDouble(q.get(2));
        Double.parseDouble(q.get(3));

        assertEquals(0, Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err)), err.toString());
        String twice = Files.readString(md);
        assertEquals(1, twice.split("# Benchmarks\n", -1).length - 1);
        assertEquals(2, twice.split("\n## ", -1).length - 1);
    }

    /** Run where a user would, in a folder with a docs/BENCHMARKS.md of their own: the run goes to standard output. */
    @Test
    void withoutOutputTheRunGoesToStandardOutputAndNoFileChanges(@TempDir Path dir) throws Exception {
        Path queries = Files.createDirectories(dir.resolve("queries"));
        Files.writeString(queries.resolve("graphs.rq"), "# Graphs.\nSELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g\n");
        Path md = Files.writeString(Files.createDirectories(dir.resolve("docs")).resolve("BENCHMARKS.md"), "# Mine\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "bench", "--articles", "5", "--threads", "1", "--repeat", "1", "--warm-up", "0", "--long-articles", "none",
                "--queries", queries.toString(), "--seeds", Path.of("seeds").toAbsolutePath().toString())
                .directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.startsWith("## ") && out.contains("— 5 articles, 1 threads"), out);
        assertEquals("# Mine\n", Files.readString(md));
    }

    @Test
    void badValuesAreUsageErrors(@TempDir Path dir) {
        Path md = dir.resolve("BENCHMARKS.md");
        StringWriter err = new StringWriter();
        assertEquals(NewsgraphException.USAGE, Main.run(new String[] {"bench", "--articles", "0", "--output", md.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err)));
        assertEquals(NewsgraphException.USAGE, Main.run(new String[] {"bench", "--loader", "fast", "--output", md.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err)));
        assertEquals(NewsgraphException.USAGE, Main.run(new String[] {"bench", "--warm-up", "-1", "--output", md.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err)));
        assertEquals(NewsgraphException.USAGE, Main.run(new String[] {"bench", "--long-articles", "big", "--output", md.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err)));
        assertEquals(NewsgraphException.USAGE, Main.run(new String[] {"bench", "--long-articles", "0", "--output", md.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err)));
        assertEquals(NewsgraphException.USAGE, Main.run(new String[] {"bench", "--seeds", dir.resolve("none").toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err)));
        assertTrue(Files.notExists(md));
    }

    @Test
    void theSyntheticCorpusIsDeterministicAndMixesSeedTextWithTheTeamsSentences(@TempDir Path dir) throws IOException {
        SyntheticCorpus corpus = SyntheticCorpus.fromSeeds(Path.of("seeds"), Language.of("it"));
        SyntheticCorpus.Made a = corpus.write(30, 7, dir.resolve("a"));
        SyntheticCorpus.Made b = corpus.write(30, 7, dir.resolve("b"));
        assertEquals(a.textBytes(), b.textBytes());
        StringBuilder known = new StringBuilder();
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path s : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                known.append(Files.readString(s)).append('\n');
            }
        }
        Path lang = Path.of("src/main/resources/newsgraph/lang/it");
        String written = Files.readString(lang.resolve("bench-sentences.tsv"));
        String fillers = Files.readString(lang.resolve("bench-fillers.tsv"));
        known.append(written).append(fillers);
        for (String code : Locale.getISOCountries()) {
            known.append(new Locale("", code).getDisplayCountry(Locale.ITALIAN)).append('\n');
        }
        int withWrittenSentences = 0;
        try (var files = Files.list(a.folder())) {
            List<Path> all = files.sorted().toList();
            assertEquals(31, all.size());
            for (Path f : all) {
                assertEquals(Files.readString(f), Files.readString(b.folder().resolve(f.getFileName())));
                if (f.toString().endsWith(".txt")) {
                    String text = Files.readString(f);
                    assertTrue(text.length() > 1500 && text.length() < 4500, f + ": " + text.length());
                    for (String word : text.split("\\s+")) {
                        String bare = word.replaceAll("^\\p{Punct}+|[\\p{Punct}»”]+$", "");
                        assertTrue(bare.isEmpty() || bare.matches("[0-9]+") || known.indexOf(bare) >= 0,
                                f + ": '" + word + "' is neither in the seeds nor in the bench's own sentences");
                    }
                    if (fillers.lines().skip(1).anyMatch(l -> !l.startsWith("#") && text.contains(l.split("\t")[0]))) {
                        withWrittenSentences++;
                    }
                }
            }
        }
        assertTrue(withWrittenSentences >= 10, "only " + withWrittenSentences + " of 30 articles hold the team's sentences");
        assertTrue(Files.readString(a.folder().resolve("metadata.tsv")).lines().count() == 31);
    }

    @Test
    void aLanguageWithoutSeedsGetsACorpusOfTheTeamsSentencesInThatLanguage(@TempDir Path dir) throws IOException {
        SyntheticCorpus.Made made = SyntheticCorpus.fromSeeds(Path.of("seeds"), Language.of("en")).write(10, 3, dir);
        Path lang = Path.of("src/main/resources/newsgraph/lang/en");
        StringBuilder known = new StringBuilder(Files.readString(lang.resolve("bench-sentences.tsv")))
                .append(Files.readString(lang.resolve("bench-fillers.tsv")));
        for (String code : Locale.getISOCountries()) {
            known.append(new Locale("", code).getDisplayCountry(Locale.ENGLISH)).append('\n');
        }
        try (var files = Files.list(made.folder())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                for (String word : Files.readString(f).split("\\s+")) {
                    String bare = word.replaceAll("^\\p{Punct}+|[\\p{Punct}»”]+$", "");
                    assertTrue(bare.isEmpty() || bare.matches("[0-9]+") || known.indexOf(bare) >= 0,
                            f + ": '" + word + "' is not in the English bench sentences");
                }
            }
        }
        List<String> meta = Files.readString(made.folder().resolve("metadata.tsv")).lines().skip(1).toList();
        assertEquals(10, meta.size());
        assertTrue(meta.stream().allMatch(l -> l.endsWith("\ten")), meta.toString());
    }

    private static List<String> rows(String text, String... prefixes) {
        return text.lines().filter(l -> List.of(prefixes).stream().anyMatch(l::startsWith)).toList();
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.length() - 1);
        return List.of(inner.split("\\|")).stream().map(String::strip).toList();
    }
}
