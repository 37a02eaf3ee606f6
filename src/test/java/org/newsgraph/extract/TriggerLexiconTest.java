package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.entity.Word;
import org.newsgraph.text.Span;

/**
 * Trigger words are found by their folded form, whatever character they start with; others, even those that begin
 * as a trigger does, find nothing.
 */
class TriggerLexiconTest {

    private static final TriggerLexicon LEXICON = new TriggerLexicon();

    record Case(String folded, Set<Trigger.Kind> kinds) {
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("vertice", Set.of(Trigger.Kind.MEETING)),
                new Case("ratificato", Set.of(Trigger.Kind.RATIFICATION)),
                new Case("accusato", Set.of(Trigger.Kind.CLAIM)),
                new Case("forniture", Set.of(Trigger.Kind.SUPPORT)),
                new Case("casa", Set.of()),
                new Case("zvertice", Set.of()),
                new Case("ωvertice", Set.of()),
                new Case("12", Set.of()),
                new Case("", Set.of()),
                // words that begin as a trigger does, or end early, and triggers with a hyphen or ending
                new Case("incontrato", Set.of(Trigger.Kind.MEETING)),
                new Case("incontr", Set.of()),
                new Case("inclusa", Set.of()),
                new Case("visitatore", Set.of()),
                new Case("visita'", Set.of()),
                new Case("dicembre", Set.of()),
                new Case("dice", Set.of(Trigger.Kind.STATEMENT, Trigger.Kind.CLAIM)),
                new Case("secondo", Set.of(Trigger.Kind.REPORT)),
                new Case("faccia-a-faccia", Set.of(Trigger.Kind.MEETING)),
                new Case("recarsi", Set.of(Trigger.Kind.VISIT)),
                new Case("l'incontro", Set.of()));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void findsTheKindsOfAWord(Case c) {
        List<Word> words = List.of(new Word(0, new Span(0, 3), "Kim", "kim"),
                new Word(1, new Span(4, 4 + c.folded().length()), c.folded(), c.folded()));
        List<Trigger> found = LEXICON.find(words);
        assertEquals(c.kinds(), found.stream().map(Trigger::kind).collect(Collectors.toSet()), c.folded());
        found.forEach(t -> assertEquals(1, t.word(), c.folded()));
    }
}
