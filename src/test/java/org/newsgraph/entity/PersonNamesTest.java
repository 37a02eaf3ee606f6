package org.newsgraph.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Surnames a full name leaves, and which spellings are one given name. */
class PersonNamesTest {

    private static final Set<String> PARTICLES = Set.of("von", "der", "al", "bin");

    static Stream<Arguments> surnames() {
        return Stream.of(
                Arguments.of("Marta Kos", List.of("kos")),
                Arguments.of("Ursula von der Leyen", List.of("leyen", "von der leyen", "der leyen")),
                Arguments.of("Abdel Fattah al-Sisi", List.of("sisi", "al sisi")),
                Arguments.of("Aleksandar Vučić", List.of("vucic")),
                Arguments.of("Medinsky", List.of()));
    }

    static Stream<Arguments> givenNames() {
        return Stream.of(
                Arguments.of("volodomyr", "volodymyr", true), Arguments.of("volodymry", "volodymyr", true),
                Arguments.of("georgia", "giorgia", true), Arguments.of("vadimir", "vladimir", true),
                Arguments.of("hunter", "joe", false), Arguments.of("ivan", "igor", false),
                Arguments.of("alexander", "oleksandr", false), Arguments.of("kim", "kin", false));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("surnames")
    void leavesTheSurnamesNewsUses(String name, List<String> expected) {
        assertEquals(expected, PersonNames.surnames(name, PARTICLES));
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @MethodSource("givenNames")
    void tellsMisspeltGivenNamesFromOthers(String a, String b, boolean same) {
        assertEquals(same, PersonNames.similarGivenNames(a, b));
    }
}
