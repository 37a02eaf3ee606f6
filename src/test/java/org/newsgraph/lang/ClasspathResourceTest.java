package org.newsgraph.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.document.NewsgraphException;

/** Every shipped file is read through one reader: present ones by their text, missing ones fail naming themselves. */
class ClasspathResourceTest {

    /** A resource the build ships and a line its text begins with. */
    static Stream<Arguments> shipped() {
        return Stream.of(
                Arguments.of("newsgraph/queries/index.txt", "actors"),
                Arguments.of("newsgraph/queries/meetings.rq", "#"),
                Arguments.of("newsgraph/lang/it/first-names.txt", "#"),
                Arguments.of("newsgraph/ontology/shapes.ttl", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void readsWhatTheBuildShips(String name, String begins) {
        String text = ClasspathResource.text(name).orElseThrow();
        assertTrue(text.startsWith(begins), name + " begins with " + text.lines().findFirst().orElse(""));
        assertEquals(text.length(), ClasspathResource.read(name, in -> new String(in.readAllBytes())).length());
        assertTrue(ClasspathResource.url(name).toString().endsWith(name));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"newsgraph/queries/no-such-query.rq", "newsgraph/lang/xx/roles.tsv"})
    void aMissingResourceIsEmptyOrFailsNamingIt(String name) {
        assertTrue(ClasspathResource.text(name).isEmpty());
        NewsgraphException read = assertThrows(NewsgraphException.class, () -> ClasspathResource.read(name, in -> 1));
        assertEquals(name + " is missing from the build", read.getMessage());
        NewsgraphException url = assertThrows(NewsgraphException.class, () -> ClasspathResource.url(name));
        assertEquals(name + " is missing from the build", url.getMessage());
    }
}
