package org.newsgraph.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.lang.Language;

/** The pieces of lang/en/number-words.tsv, read by the number-word reader: each kind does its part. */
class EnglishNumberWordsTest {

    private static final NumberWords ENGLISH = NumberWords.of(Language.of("en"));

    /** A word and its value as a count on its own (-1: none). */
    static Stream<Arguments> words() {
        return Stream.of(Arguments.of("twelve", 12L), Arguments.of("Twenty", 20L), Arguments.of("ninety", 90L),
                Arguments.of("seventeen", 17L), Arguments.of("one", 1L), Arguments.of("a", -1L), Arguments.of("an", -1L),
                Arguments.of("dozen", -1L), Arguments.of("million", -1L), Arguments.of("often", -1L),
                Arguments.of("tenth", -1L), Arguments.of("none", -1L), Arguments.of("dodici", -1L),
                // a hyphen joins a ten to its unit, and nothing else
                Arguments.of("twenty-three", 23L), Arguments.of("Ninety-Nine", 99L), Arguments.of("thirty-one", 31L),
                Arguments.of("twenty-", -1L), Arguments.of("three-year", -1L), Arguments.of("one-third", -1L),
                Arguments.of("twenty-ten", -1L), Arguments.of("twenty-three-four", -1L), Arguments.of("seven-eight", -1L));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("words")
    void readsCounts(String word, long expected) {
        assertEquals(expected < 0 ? OptionalLong.empty() : OptionalLong.of(expected), ENGLISH.parse(word));
    }

    /** A word after a number and what it multiplies the number by ("10 thousand", "1.5 million"). */
    static Stream<Arguments> multipliers() {
        return Stream.of(Arguments.of("hundred", "100"), Arguments.of("thousand", "1000"), Arguments.of("million", "1000000"),
                Arguments.of("billion", "1000000000"), Arguments.of("bn", "1000000000"), Arguments.of("troops", null));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("multipliers")
    void readsMultipliers(String word, String factor) {
        assertEquals(Optional.ofNullable(factor).map(BigDecimal::new), ENGLISH.multiplier(word));
    }

    /** A word before a multiplier and its value ("a million", "half a million", "two billion"). */
    static Stream<Arguments> beforeMultipliers() {
        return Stream.of(Arguments.of("a", "1"), Arguments.of("an", "1"), Arguments.of("half", "0.5"),
                Arguments.of("two", "2"), Arguments.of("the", null));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("beforeMultipliers")
    void readsWordsBeforeAMultiplier(String word, String value) {
        assertEquals(Optional.ofNullable(value).map(BigDecimal::new), ENGLISH.beforeMultiplier(word));
    }

    /** A noun for about that many ("a dozen", "a couple of"). */
    static Stream<Arguments> approximations() {
        return Stream.of(Arguments.of("dozen", 12L), Arguments.of("couple", 2L), Arguments.of("dozens", -1L),
                Arguments.of("hundred", -1L));
    }

    @ParameterizedTest(name = "{0} ≈ {1}")
    @MethodSource("approximations")
    void readsApproximateNouns(String word, long expected) {
        assertEquals(expected < 0 ? OptionalLong.empty() : OptionalLong.of(expected), ENGLISH.approximate(word));
    }
}
