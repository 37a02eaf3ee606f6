package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which output labels name which gold names. */
class NameMatcherTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(quoteCharacter = '"', value = {
            "Kim Jong Un,        Kim Jong-un,      EXACT",
            "KIM JONG-UN,        Kim Jong-un,      EXACT",
            "Beloúsov,           Belousov,         EXACT",
            "Hans Müller,        Hans Muller,      EXACT",
            "l’Aia,              L'Aia,            EXACT",
            "dell'Aia,           dell Aia,         EXACT",
            "Belusov,            Belousov,         NEAR",
            "Shoigu,             Shoygu,           NEAR",
            "Seul,               Seoul,            NONE",
            "Corea del Nord,     Corea del Sud,    NONE",
            "Russia,             Bielorussia,      NONE",
            "Lavrov,             Lavrov Sergei,    NONE",
    })
    void comparesFoldedNames(String label, String gold, NameMatcher.Agreement expected) {
        assertEquals(expected, NameMatcher.compare(List.of(label.strip()), List.of(gold.strip())));
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({"abcdef, abcdef, true", "abcdef, abcxef, true", "abcdef, abdef, true", "abcdef, abcdefg, true",
            "abcdef, bacdef, false", "abcdef, abcd, false", "'', a, true", "'', ab, false"})
    void oneEditApart(String a, String b, boolean expected) {
        assertEquals(expected, NameMatcher.withinOneEdit(a, b));
    }
}
