package org.newsgraph.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Phrase alternations match as "longest phrase first", also where the rest of the pattern forces a shorter one. */
class PhrasePatternTest {

    /** {@code \A(?<p>ALTERNATION)REST} on {@code text}: group p, or null when nothing matches. */
    record Case(List<String> phrases, boolean spaceAfter, String rest, String text, String phrase) {
    }

    static Stream<Case> cases() {
        List<String> articles = List.of("a", "al", "alla", "ad", "dell'", "dell'altro", "nel giugno");
        return Stream.of(
                new Case(articles, false, "", "alla casa", "alla"),
                new Case(articles, false, "\\s+casa", "al casa", "al"),
                new Case(articles, false, "la\\s+casa", "alla casa", "al"),
                new Case(articles, false, "", "ad esempio", "ad"),
                new Case(articles, false, "", "dell’altro ieri", "dell’altro"),
                new Case(articles, false, "altro", "dell'altro", "dell'"),
                new Case(articles, false, "", "dell' altro", "dell' altro"),
                new Case(articles, false, "", "nel   giugno", "nel   giugno"),
                new Case(articles, false, "", "nelgiugno", null),
                new Case(articles, false, "", "b", null),
                new Case(List.of("il", "dell'"), true, "\\d+", "il 5", "il "),
                new Case(List.of("il", "dell'"), true, "\\d+", "dell'8", "dell'"),
                new Case(List.of("il", "dell'"), true, "\\d+", "il5", null),
                new Case(List.of("l'altro ieri", "ieri"), false, "", "l’ altro  ieri", "l’ altro  ieri"),
                new Case(List.of("fine-anno", "fine"), false, "", "fine-anno", "fine-anno"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesTheLongestPhraseThatLetsTheRestMatch(Case c) {
        Pattern p = Pattern.compile("\\A(?<p>" + PhrasePattern.alternation(c.phrases(), c.spaceAfter()) + ")" + c.rest());
        Matcher m = p.matcher(c.text());
        assertEquals(c.phrase(), m.find() ? m.group("p") : null, p.pattern());
    }

    @Test
    void sharesPrefixesAsATrie() {
        assertEquals("(?:a(?:d|l(?:la)?)?)", PhrasePattern.alternation(List.of("alla", "a", "al", "ad")));
        assertEquals("(?:dell['’]\\s*|il\\s+)", PhrasePattern.alternation(List.of("il", "dell'"), true));
    }

    @Test
    void refusesAnEmptyList() {
        assertThrows(IllegalArgumentException.class, () -> PhrasePattern.alternation(List.of()));
    }
}
