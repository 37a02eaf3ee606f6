package org.newsgraph.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.lang.Language;

class NumberWordsTest {

    /** Word and its value (-1: not a cardinal number word). */
    static Stream<Arguments> words() {
        return Stream.of(
                Arguments.of("dieci", 10L), Arguments.of("cento", 100L), Arguments.of("mille", 1000L),
                Arguments.of("duemila", 2000L), Arguments.of("tremila", 3000L), Arguments.of("diecimila", 10000L),
                Arguments.of("dodicimila", 12000L), Arguments.of("ventitré", 23L), Arguments.of("ventitre", 23L),
                Arguments.of("ventuno", 21L), Arguments.of("trentotto", 38L), Arguments.of("diciassette", 17L),
                Arguments.of("centoventi", 120L), Arguments.of("seicento", 600L), Arguments.of("ottocento", 800L),
                Arguments.of("milleduecento", 1200L), Arguments.of("duemilacinquecento", 2500L),
                Arguments.of("centomila", 100000L), Arguments.of("duecentocinquantamila", 250000L),
                Arguments.of("novecentonovantanovemila", 999000L), Arguments.of("Quindicimila", 15000L),
                Arguments.of("uno", -1L), Arguments.of("un", -1L), Arguments.of("mila", -1L), Arguments.of("tredue", -1L),
                Arguments.of("settembre", -1L), Arguments.of("novembre", -1L), Arguments.of("ottobre", -1L),
                Arguments.of("treno", -1L), Arguments.of("centro", -1L), Arguments.of("millennio", -1L),
                Arguments.of("migliaia", -1L), Arguments.of("primo", -1L), Arguments.of("terzo", -1L),
                Arguments.of("venti-tre", -1L));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("words")
    void readsNumberWordsByComposition(String word, long expected) {
        assertEquals(expected < 0 ? OptionalLong.empty() : OptionalLong.of(expected), NumberWords.of(Language.of("it")).parse(word));
    }
}
