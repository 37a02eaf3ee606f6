package org.newsgraph.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrefixGateTest {

    private static final String DATE = "(?:il\\s+|l['’]\\s*)?\\d{1,2}\\s+(?:giugno|marzo)(?![\\p{L}\\p{N}])";

    /**
     * Regex, text, and for each position of the text whether a match may start there ('+') or cannot ('.'): a prefix
     * the pattern already matches ("19 giugno" of "19 giugnoo"), the end of the text and a character the regex does not
     * name (“ ”) let the position through.
     */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(DATE, "il 19 giugno", "+..++......."),
                Arguments.of(DATE, "l’8 marzo", "+.+......"),
                Arguments.of(DATE, "il presidente", "............."),
                Arguments.of(DATE, "il 1", "+..+"),
                Arguments.of(DATE, "19 giugnoo", "++........"),
                Arguments.of(DATE, "il 19 “giugno”", "+..++.+......+"),
                Arguments.of("\\d{8,}", "1234567 12345678", "........++++++++"),
                Arguments.of("ieri(?:\\s+sera)?", "ieri sera, ieri", "+..........+..+"),
                Arguments.of("x*", "ab", "++"),
                Arguments.of("\uD83D\uDE00+", "a\uD83D\uDE00", ".++"));
    }

    @ParameterizedTest(name = "[{index}] {0} in {1}")
    @MethodSource("cases")
    void rulesOutOnlyWhereNoMatchStarts(String regex, String text, String expected) {
        PrefixGate gate = PrefixGate.of(Pattern.compile(regex));
        assertEquals(0, gate.open());
        StringBuilder may = new StringBuilder();
        for (int at = 0; at < text.length(); at++) {
            may.append(gate.mayStartAt(text, at) ? '+' : '.');
        }
        assertEquals(expected, may.toString());
        for (int at = 0; at < text.length(); at++) {
            if (Pattern.compile(regex).matcher(text).region(at, text.length()).lookingAt()) {
                assertEquals('+', may.charAt(at), "a match starts at " + at);
            }
        }
    }

    /**
     * A gate of several patterns lets a pattern through wherever it matches, and only where the gate of that pattern
     * alone would (it may rule out more: it tells apart the characters any of the regexes names).
     */
    @ParameterizedTest
    @ValueSource(strings = {"il 19 giugno", "l’8 marzo e 12345678", "ieri sera il 1", "“giugno” 19 giugnoo", "il presidente", ""})
    void answersForEachPatternOfASet(String text) {
        List<Pattern> patterns = Stream.of(DATE, "\\d{8,}", "ieri(?:\\s+sera)?", "(?<=il )\\d+", "x*").map(Pattern::compile).toList();
        PrefixGate set = PrefixGate.of(patterns);
        assertEquals(0b01000, set.open());
        for (int at = 0; at <= text.length(); at++) {
            long may = set.mayStartAt(text, at, 0b11111);
            for (int i = 0; i < patterns.size(); i++) {
                boolean setMay = (may & 1L << i) != 0;
                if (patterns.get(i).matcher(text).region(at, text.length()).useTransparentBounds(true).lookingAt()) {
                    assertTrue(setMay, i + " matches at " + at);
                }
                if (setMay) {
                    assertTrue(PrefixGate.of(patterns.get(i)).mayStartAt(text, at), i + " at " + at);
                }
            }
            assertEquals(may & 0b00110, set.mayStartAt(text, at, 0b00110));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"(?<=il )\\d+", "\\bgiugno", "giugno\\B", "\\G\\d"})
    void letsEverythingThroughForPatternsThatLookBeforeTheMatch(String regex) {
        PrefixGate gate = PrefixGate.of(Pattern.compile(regex));
        assertEquals(1, gate.open());
        assertTrue(gate.mayStartAt("xyz", 0));
    }
}
