package org.newsgraph.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CaselessPatternSetTest {

    private static final String LEAD = "(?:" + PhrasePattern.alternation(List.of("il", "l'", "nel", "dell'", "all'", "a", "dal", "al"), true)
            + ")?";
    private static final String MONTH = "(?:" + PhrasePattern.alternation(List.of("marzo", "giugno", "mar.", "giu.")) + ")";

    /** Each pattern with whether it must start at a word start; the last two cannot be gated and take the plain path. */
    private static final List<Object[]> PATTERNS = List.of(
            new Object[] {LEAD + "\\d{1,2}(?:\\s*[°º])?\\s+" + MONTH + PhrasePattern.WORD_END, true},
            new Object[] {LEAD + "(?:inizio\\s*(?:di\\s+|dell['’]\\s*)?)?" + MONTH + "(?:\\s+\\d{4})?" + PhrasePattern.WORD_END, true},
            new Object[] {LEAD + "\\d{1,2}(?=\\s*(?:e|al|-|–)\\s*\\d{1,2}\\s+" + MONTH + ")", true},
            new Object[] {"(?:l['’]\\s*altro\\s+ieri|ieri(?:\\s+sera)?|oggi)" + PhrasePattern.WORD_END, true},
            new Object[] {"(?<![\\d.,])\\d{4}-\\d{1,2}-\\d{1,2}(?!\\d)", false},
            new Object[] {"(?<![\\d.,/])\\d{1,2}([/.-])\\d{1,2}\\1\\d{2,4}(?!\\d)", false},
            new Object[] {"\\d{8,}", false},
            new Object[] {"x*", false},
            new Object[] {"(?<=il )\\d+", false},
            new Object[] {"\\bgiu\\w*", false});

    private static final CaselessPatternSet SET = CaselessPatternSet.of(PATTERNS.stream()
            .map(p -> (boolean) p[1] ? CaselessPattern.atWordStart((String) p[0]) : CaselessPattern.compile((String) p[0]))
            .toList());

    static Stream<String> texts() {
        return Stream.of(
                "",
                "19 giugno",
                "Il 19 giugno",
                "il 1° marzo e il 1º marzo",
                "Ai primi di giugno, all'inizio di marzo e all’inizio dell’ marzo 2024",
                "dal 3 al 5 marzo e il 3-4 marzo e il 3 – 4 giugno",
                "l’8 marzo, l' 8 marzo, nell’marzo 2023, dell'giugno",
                "IL 19 GIUGNO E MERCOLEDÌ 3 MARZO, IERI SERA",
                "19giugno, pil 19 giugno, 1919 giugno, 12.000 giugno",
                "il 19 giu. e il 3 mar. 2024; il 19 giu.x",
                "«Il 19 giugno» disse. “Ieri” — oggi… l’altro ieri",
                "2024-06-19, 19/06/2024, 1.2.2024, 19-06-24, 12345678901 e 1234567",
                "İstanbul: il 19 Giugno e Ieri, 2024-06-19",
                "il 3 ſettembre, il 7 \u212Aiugno, µ 4 oggi",
                "il 19 giugno\nil 20 giugno\til 21 giugno\r\nil  22   giugno  2024",
                "xx il 12 oggi ieri",
                "giu giugnoo giugno");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("texts")
    void findsWhatFindFindsForEachPattern(String text) {
        List<List<String>> found = new ArrayList<>();
        PATTERNS.forEach(p -> found.add(new ArrayList<>()));
        SET.forEachMatch(CaselessText.of(text), (i, m) -> found.get(i).add(show(m, text)));
        List<List<String>> expected = new ArrayList<>();
        for (Object[] p : PATTERNS) {
            String regex = (boolean) p[1] ? PhrasePattern.WORD_START + "(?:" + p[0] + ")" : (String) p[0];
            Matcher m = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
            List<String> matches = new ArrayList<>();
            while (m.find()) {
                matches.add(show(m, text));
            }
            expected.add(matches);
        }
        assertEquals(expected, found);
    }

    @Test
    void findsTheDatesOfAText() {
        List<String> found = new ArrayList<>();
        String text = "Il 19 giugno e all'inizio di marzo 2024, ieri.";
        SET.forEachMatch(CaselessText.of(text), (i, m) -> {
            if (i < 4) {
                found.add(i + ":" + text.substring(m.start(), m.end()));
            }
        });
        Collections.sort(found);
        assertEquals(List.of("0:Il 19 giugno", "1:all'inizio di marzo 2024", "1:giugno", "3:ieri"), found);
    }

    @Test
    void holdsOneToSixtyFourPatterns() {
        assertThrows(IllegalArgumentException.class, () -> CaselessPatternSet.of(List.of()));
        List<CaselessPattern> many = Collections.nCopies(65, CaselessPattern.compile("a"));
        assertThrows(IllegalArgumentException.class, () -> CaselessPatternSet.of(many));
    }

    private static String show(Matcher m, String text) {
        StringBuilder s = new StringBuilder(m.start() + "-" + m.end() + ":" + text.substring(m.start(), m.end()));
        for (int g = 1; g <= m.groupCount(); g++) {
            s.append('|').append(m.start(g) < 0 ? "-" : text.substring(m.start(g), m.end(g)));
        }
        return s.toString();
    }
}
