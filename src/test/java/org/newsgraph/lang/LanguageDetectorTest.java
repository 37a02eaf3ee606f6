package org.newsgraph.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Texts written for this test and the language a reader names for each; a language newsgraph does not read gets none. */
class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = LanguageDetector.standard();

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("Il ministro degli Esteri ha incontrato il suo omologo a Roma per parlare della crisi.", "it"),
                Arguments.of("Secondo l'agenzia, i due governi hanno firmato un accordo sull'energia che entrerà in vigore a marzo.", "it"),
                Arguments.of("The foreign minister met his counterpart in Rome on Friday to discuss the crisis.", "en"),
                Arguments.of("According to the agency, the two governments signed an energy deal that will take effect in March.", "en"),
                Arguments.of("Der Außenminister hat seinen Amtskollegen in Rom getroffen, um über die Krise zu sprechen.", null),
                Arguments.of("Vladimir Putin, Kim Jong-un, Xi Jinping.", null),
                Arguments.of("", null));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("texts")
    void namesTheLanguageOfTheText(String text, String expected) {
        assertEquals(Optional.ofNullable(expected), DETECTOR.detect(text));
    }
}
