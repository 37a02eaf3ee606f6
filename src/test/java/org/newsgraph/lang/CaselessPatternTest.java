package org.newsgraph.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaselessPatternTest {

    private static final String REGEX = PhrasePattern.WORD_START + "(?:il\\s+)?(?<d>\\d{1,2})\\s+(?<m>giugno|settembre|lunedì|ieri)"
            + PhrasePattern.WORD_END;

    /** Text, whether it can be folded, and the matches as "start-end:text" that ignoring case finds in it. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("il 19 giugno", true, List.of("0-12:il 19 giugno")),
                Arguments.of("Il 19 Giugno e IL 3 SETTEMBRE", true, List.of("0-12:Il 19 Giugno", "15-29:IL 3 SETTEMBRE")),
                Arguments.of("È arrivato il 2 LUNEDÌ", true, List.of("11-22:il 2 LUNEDÌ")),
                Arguments.of("İstanbul, il 19 Giugno", false, List.of("10-22:il 19 Giugno")),
                Arguments.of("il 3 ſettembre", false, List.of("0-14:il 3 ſettembre")),
                Arguments.of("µ 4 IERI", false, List.of("2-8:4 IERI")),
                Arguments.of("ΣΟΦΙΑ 5 giugno", true, List.of("6-14:5 giugno")),
                Arguments.of("il 7 \u212Aiugno", false, List.of()),
                Arguments.of("", true, List.of()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void findsWhatIgnoringCaseFinds(String text, boolean foldable, List<String> expected) {
        CaselessText caseless = CaselessText.of(text);
        assertEquals(foldable, caseless.isFolded());
        assertEquals(text.length(), caseless.matchable().length());
        List<String> reference = matches(Pattern.compile(REGEX, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text), text);
        assertEquals(expected, reference);
        assertEquals(reference, matches(CaselessPattern.compile(REGEX).matcher(caseless), text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Giugno", "[A-Z]", "\\d+ MILA"})
    void refusesUpperCaseLiterals(String regex) {
        assertThrows(IllegalArgumentException.class, () -> CaselessPattern.compile(regex));
    }

    private static List<String> matches(Matcher m, String text) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + text.substring(m.start(), m.end()));
        }
        return out;
    }
}
