package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one catalogue of queries: the shipped ones in index order, and a user's folder of .rq files in name order. */
class QueryLibraryTest {

    @Test
    void listsTheShippedQueriesInIndexOrder() throws IOException {
        assertEquals(shippedNames().toList(), QueryLibrary.all().stream().map(QueryLibrary.ShippedQuery::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedNames")
    void shipsEveryQueryOfTheIndexWithItsDescription(String name) throws IOException {
        QueryLibrary.ShippedQuery q = QueryLibrary.named(name).orElseThrow();
        String file = Files.readString(Path.of("queries", name + ".rq"), StandardCharsets.UTF_8);
        assertEquals(file, q.text());
        assertEquals(file.lines().findFirst().orElseThrow().substring(1).strip(), q.description());
    }

    static Stream<String> shippedNames() throws IOException {
        return Files.readAllLines(Path.of("queries", "index.txt")).stream().filter(l -> !l.isBlank()).map(String::strip);
    }

    /** Files written into a folder, and the names and descriptions the catalogue reads from it, in order. */
    static Stream<Arguments> folders() {
        return Stream.of(
                Arguments.of(Map.of("b.rq", "# second\nASK {}", "a.rq", "# first\nASK {}", "notes.txt", "x"),
                        List.of("a: first", "b: second")),
                Arguments.of(Map.of("only.rq", "SELECT * {}"), List.of("only: ")),
                Arguments.of(Map.of("readme.md", "# none"), List.of()));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("folders")
    void readsAFolderOfQueriesInNameOrder(Map<String, String> files, List<String> expected, @TempDir Path dir)
            throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, QueryLibrary.inFolder(dir).stream().map(q -> q.name() + ": " + q.description()).toList());
    }
}
