package org.newsgraph.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.rdf.ConvertedArticle;
import org.newsgraph.rdf.RdfOutput;

/**
 * One folder per article written for the tests: {@code article.txt}, {@code metadata.tsv} and the
 * expected graph as sorted N-Quads. Run with {@code -Dnewsgraph.golden.update=true} to rewrite the
 * expectations after a deliberate change, then read the diff.
 */
class GoldenArticlesTest {

    static Stream<Path> cases() throws IOException, URISyntaxException {
        Path root = Path.of(GoldenArticlesTest.class.getResource("/golden").toURI());
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void convertsToTheExpectedGraph(Path folder) throws IOException {
        Corpus corpus = Corpus.collect(List.of(folder.resolve("article.txt")), Optional.empty());
        assertTrue(corpus.problems().isEmpty(), corpus.problems().toString());
        ConvertedArticle converted = Converter.standard().convert(corpus.articles().get(0));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfOutput.NQ.write(List.of(converted), out);
        String actual = sorted(out.toString(StandardCharsets.UTF_8).replace(folder.toString(), "GOLDEN"));
        Path expected = sourceFolder(folder).resolve("expected.nq");
        if (Boolean.getBoolean("newsgraph.golden.update")) {
            Files.writeString(expected, actual);
        }
        assertEquals(Files.readString(expected), actual);
    }

    private static String sorted(String nquads) {
        return nquads.lines().sorted().reduce(new StringBuilder(), (b, l) -> b.append(l).append('\n'), StringBuilder::append)
                .toString();
    }

    /** The folder under src/test/resources, so an update lands in the sources, not in target/. */
    private static Path sourceFolder(Path folder) {
        return Path.of("src/test/resources/golden").resolve(folder.getFileName());
    }
}
