package org.newsgraph.convert;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.document.ArticleSource;
import org.newsgraph.document.NewsgraphException;

/**
 * Random input never breaks the converter: random Unicode and random slices of the seed articles either
 * convert to a graph that satisfies ontology/shapes.ttl, or are refused with a {@link NewsgraphException}.
 */
class ConverterFuzzTest {

    private static final int RUNS = 150;

    private static Converter converter;
    private static Shapes shapes;
    private static String seeds;

    @BeforeAll
    static void load() throws IOException {
        converter = Converter.standard();
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = ConverterFuzzTest.class.getClassLoader()
                .getResourceAsStream("newsgraph/ontology/shapes.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        }
        shapes = Shapes.parse(g);
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                all.append(Files.readString(f)).append("\n\n");
            }
        }
        seeds = all.toString();
    }

    static IntStream seedsOfRandomness() {
        return IntStream.range(0, RUNS);
    }

    @ParameterizedTest(name = "random input #{0}")
    @MethodSource("seedsOfRandomness")
    void convertsOrRefusesCleanly(int seed) {
        Random random = new Random(seed);
        String text = seed % 3 == 0 ? randomUnicode(random) : sliceOfSeeds(random);
        ArticleSource source = new ArticleSource("fuzz-" + seed + ".txt", "fuzz-" + seed, Optional.empty(),
                random.nextBoolean() ? Optional.of(LocalDate.of(2024, 11, 30)) : Optional.empty(), Optional.of("it"));
        Graph graph;
        try {
            graph = converter.map(converter.analyse(source, text));
        } catch (NewsgraphException refused) {
            assertTrue(refused.getMessage().startsWith("fuzz-" + seed + ".txt: "), refused.getMessage());
            return;
        }
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertTrue(report.conforms(), () -> "shapes violated for input: " + List.of(text));
    }

    private static String randomUnicode(Random random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(400);
        while (s.length() < length) {
            int kind = random.nextInt(10);
            int cp = switch (kind) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0xD800 + random.nextInt(0x800);
                case 2 -> 0x1F300 + random.nextInt(0x300);
                case 3 -> "«»“”\"'’.!?;:\n-–".codePointAt(random.nextInt(15));
                default -> random.nextInt(0x3000);
            };
            s.appendCodePoint(cp);
        }
        return s.toString();
    }

    private static String sliceOfSeeds(Random random) {
        int begin = random.nextInt(seeds.length());
        int end = Math.min(seeds.length(), begin + random.nextInt(1500));
        return seeds.substring(begin, end);
    }
}
