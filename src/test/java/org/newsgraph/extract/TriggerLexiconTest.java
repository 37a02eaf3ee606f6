package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.document.Span;
import org.newsgraph.entity.Folding;
import org.newsgraph.entity.Word;
import org.newsgraph.lang.Language;
import org.newsgraph.lang.Morphology;

/**
 * Trigger words are found by their lemma in any inflected form, or by their folded form, whatever character they
 * start with; others, even those that begin as a trigger does or share its spelling as another part of speech, find
 * nothing.
 */
class TriggerLexiconTest {

    private static final TriggerLexicon LEXICON = new TriggerLexicon(Language.of("it"));
    private static final Morphology ITALIAN = Morphology.forLanguage("it");

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
                new Case("recarsi", Set.of(Trigger.Kind.VISIT)),
                new Case("l'incontro", Set.of()),
                // by lemma: every tense and person, stems that change, capitals, accents
                new Case("ratificheranno", Set.of(Trigger.Kind.RATIFICATION)),
                new Case("recherà", Set.of(Trigger.Kind.VISIT)),
                new Case("giungerà", Set.of(Trigger.Kind.VISIT)),
                new Case("diranno", Set.of(Trigger.Kind.STATEMENT, Trigger.Kind.CLAIM)),
                new Case("spiegheranno", Set.of(Trigger.Kind.STATEMENT)),
                new Case("negheranno", Set.of(Trigger.Kind.DENIAL)),
                new Case("accoglierà", Set.of(Trigger.Kind.MEETING)),
                new Case("Firmeranno", Set.of(Trigger.Kind.SIGNING)),
                new Case("ratifiche", Set.of(Trigger.Kind.RATIFICATION)),
                new Case("missioni", Set.of(Trigger.Kind.VISIT)),
                // a lemma with a part of speech: the noun "accordo", not "accordò" of accordare
                new Case("accordo", Set.of(Trigger.Kind.AGREEMENT)),
                new Case("accordò", Set.of()),
                new Case("osservatori", Set.of()),
                // kept as patterns: a word the dictionary lacks
                new Case("partenariato", Set.of(Trigger.Kind.AGREEMENT)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void findsTheKindsOfAWord(Case c) {
        List<Trigger> found = LEXICON.find(List.of(word(0, 0, "Kim"), word(1, 4, c.folded())));
        assertEquals(c.kinds(), found.stream().map(Trigger::kind).collect(Collectors.toSet()), c.folded());
        found.forEach(t -> assertEquals(1, t.word(), c.folded()));
    }

    /** Two words, and the kinds the second signals after the first. */
    record InContext(String before, String word, Set<Trigger.Kind> kinds) {
    }

    static Stream<InContext> inContext() {
        return Stream.of(
                new InContext("il", "trattato", Set.of(Trigger.Kind.AGREEMENT)),
                new InContext("hanno", "trattato", Set.of()),
                new InContext("è", "stato", Set.of()),
                new InContext("ha", "firmato", Set.of(Trigger.Kind.SIGNING)),
                new InContext("un'", "intesa", Set.of(Trigger.Kind.AGREEMENT)),
                new InContext("si", "è", Set.of()));
    }

    @ParameterizedTest
    @MethodSource("inContext")
    void readsAWordAfterTheOneBefore(InContext c) {
        List<Trigger> found = LEXICON.find(List.of(word(0, 0, c.before()), word(1, c.before().length() + 1, c.word())));
        assertEquals(c.kinds(), found.stream().map(Trigger::kind).collect(Collectors.toSet()), c.toString());
    }

    /** Every lemma the file names is one the dictionary gives: a misspelt lemma would match nothing. */
    @ParameterizedTest
    @MethodSource("lemmas")
    void namesLemmasTheDictionaryKnows(String lemma) {
        assertTrue(ITALIAN.analyse(lemma).stream().anyMatch(a -> a.lemma().equals(lemma)), lemma);
    }

    static Stream<String> lemmas() {
        return LEXICON.lemmas().stream().sorted();
    }

    private static Word word(int index, int begin, String surface) {
        return new Word(index, new Span(begin, begin + surface.length()), surface, Folding.fold(surface),
                ITALIAN.analyse(surface));
    }
}
