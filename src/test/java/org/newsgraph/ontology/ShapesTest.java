package org.newsgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.convert.Converter;
import org.newsgraph.convert.Corpus;
import org.newsgraph.rdf.ConvertedArticle;

/**
 * The shapes (ontology/shapes.ttl) against small hand-written graphs: every file under
 * shapes/conforming must pass, every file under shapes/violating must fail for the reason its row in
 * shapes/violating/expected-messages.tsv names.
 */
class ShapesTest {

    static final String SHAPES = "newsgraph/ontology/shapes.ttl";

    private static Shapes shapes;

    @BeforeAll
    static void parseShapes() throws IOException {
        try (InputStream in = ShapesTest.class.getClassLoader().getResourceAsStream(SHAPES)) {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            shapes = Shapes.parse(g);
        }
    }

    static Stream<Path> conforming() throws IOException, URISyntaxException {
        try (Stream<Path> s = Files.list(folder("conforming"))) {
            return s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList().stream();
        }
    }

    static Stream<Arguments> violating() throws IOException, URISyntaxException {
        Path dir = folder("violating");
        List<String> rows = Files.readAllLines(dir.resolve("expected-messages.tsv"));
        return rows.stream().filter(r -> !r.startsWith("#") && !r.startsWith("file\t")).map(r -> r.split("\t", 2))
                .map(cols -> Arguments.of(cols[0], dir.resolve(cols[0]), cols[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conforming")
    void conformingGraphPasses(Path file) {
        ValidationReport report = ShaclValidator.get().validate(shapes, RDFDataMgr.loadGraph(file.toString()));
        assertTrue(report.conforms(), () -> file.getFileName() + " should conform:\n" + describe(report));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violating")
    void violatingGraphFailsForItsReason(String name, Path file, String expected) {
        ValidationReport report = ShaclValidator.get().validate(shapes, RDFDataMgr.loadGraph(file.toString()));
        assertFalse(report.conforms(), name + " should not conform");
        assertTrue(report.getEntries().stream().anyMatch(e -> mentions(e, expected)),
                () -> name + ": no result mentions \"" + expected + "\":\n" + describe(report));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violatingFiles")
    void everyViolatingFileHasAnExpectation(Path file) throws IOException, URISyntaxException {
        assertTrue(violating().anyMatch(a -> a.get()[1].equals(file)), file.getFileName() + " has no row in expected-messages.tsv");
    }

    static Stream<Path> violatingFiles() throws IOException, URISyntaxException {
        try (Stream<Path> s = Files.list(folder("violating"))) {
            return s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList().stream();
        }
    }

    /** Whatever the converter makes of the golden articles must pass the shapes too. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenArticles")
    void convertedGoldenArticleConforms(Path article) {
        Corpus corpus = Corpus.collect(List.of(article), Optional.empty());
        assertTrue(corpus.problems().isEmpty(), corpus.problems().toString());
        ConvertedArticle converted = Converter.standard().convert(corpus.articles().get(0));
        ValidationReport report = ShaclValidator.get().validate(shapes, converted.graph());
        assertTrue(report.conforms(), () -> article + " converts to a graph that does not conform:\n" + describe(report));
    }

    static Stream<Path> goldenArticles() throws IOException, URISyntaxException {
        Path root = Path.of(ShapesTest.class.getResource("/golden").toURI());
        try (Stream<Path> s = Files.list(root)) {
            return s.map(d -> d.resolve("article.txt")).filter(Files::exists).sorted().toList().stream();
        }
    }

    private static boolean mentions(ReportEntry e, String expected) {
        return String.valueOf(e.message()).contains(expected) || String.valueOf(e.source()).contains(expected);
    }

    private static String describe(ValidationReport report) {
        StringBuilder b = new StringBuilder();
        report.getEntries().forEach(e -> b.append("  ").append(e.focusNode()).append(' ').append(e.resultPath())
                .append(" [").append(e.source()).append("] ").append(e.message()).append('\n'));
        return b.toString();
    }

    private static Path folder(String name) throws URISyntaxException {
        return Path.of(ShapesTest.class.getResource("/shapes/" + name).toURI());
    }
}
