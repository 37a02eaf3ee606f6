package org.newsgraph.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.document.Analysis;
import org.newsgraph.document.PartOfSpeech;

/**
 * The Italian dictionary gives every inflected form its lemma, tag and part of speech, whatever the case it is
 * written in; forms it does not know have no reading.
 */
class MorphologyTest {

    private static final Morphology ITALIAN = Morphology.forLanguage("it");

    /** A form and readings it must have, each written "lemma TAG". */
    record Case(String form, Set<String> readings) {
    }

    static Stream<Case> readings() {
        return Stream.of(
                new Case("incontrato", Set.of("incontrare VER:part+past+s+m")),
                new Case("firmeranno", Set.of("firmare VER:ind+fut+3+p")),
                new Case("ratificheranno", Set.of("ratificare VER:ind+fut+3+p")),
                new Case("visiterà", Set.of("visitare VER:ind+fut+3+s")),
                new Case("visitò", Set.of("visitare VER:ind+past+3+s")),
                new Case("visita", Set.of("visita NOUN-F:s", "visitare VER:ind+pres+3+s")),
                new Case("accordo", Set.of("accordo NOUN-M:s")),
                new Case("accordò", Set.of("accordare VER:ind+past+3+s")),
                new Case("incontrandosi", Set.of("incontrare VER:ger+pres+si")),
                new Case("firmata", Set.of("firmato ADJ:pos+f+s", "firmare VER:part+past+s+f")),
                new Case("della", Set.of("della ARTPRE-F:s")),
                // capitalised at the start of a sentence, in capitals, or a proper noun
                new Case("Visita", Set.of("visita NOUN-F:s", "visitare VER:ind+pres+3+s")),
                new Case("FIRMERANNO", Set.of("firmare VER:ind+fut+3+p")),
                new Case("Mosca", Set.of("Mosca NPR", "mosca NOUN-F:s")),
                new Case("MOSCA", Set.of("Mosca NPR")),
                // a typographic apostrophe reads as a straight one
                new Case("dell’", Set.of("dell' ARTPRE-M:s")),
                new Case("l'", Set.of("l' ART-F:s")));
    }

    @ParameterizedTest
    @MethodSource("readings")
    void givesLemmaAndTag(Case c) {
        Set<String> found = ITALIAN.analyse(c.form()).stream().map(a -> a.lemma() + " " + a.tag())
                .collect(Collectors.toSet());
        assertTrue(found.containsAll(c.readings()), c.form() + " → " + found);
    }

    static Stream<String> unknown() {
        return Stream.of("xyzzy", "", "2024", "Erdoğan", "北京", "😀", "firmerannox", "Zelens'kyj");
    }

    @ParameterizedTest
    @MethodSource("unknown")
    void knowsNothingOfUnknownForms(String form) {
        assertEquals(List.of(), ITALIAN.analyse(form));
    }

    /** A tag and the part of speech the Italian profile maps it to. */
    record Tagged(String form, String lemma, PartOfSpeech pos) {
    }

    static Stream<Tagged> partsOfSpeech() {
        return Stream.of(
                new Tagged("firmeranno", "firmare", PartOfSpeech.VERB),
                new Tagged("visita", "visita", PartOfSpeech.NOUN),
                new Tagged("visita", "visitare", PartOfSpeech.VERB),
                new Tagged("Mosca", "Mosca", PartOfSpeech.PROPER_NOUN),
                new Tagged("militare", "militare", PartOfSpeech.ADJECTIVE),
                new Tagged("ha", "avere", PartOfSpeech.AUXILIARY),
                new Tagged("deve", "dovere", PartOfSpeech.VERB),
                new Tagged("il", "il", PartOfSpeech.DETERMINER),
                new Tagged("cinque", "cinque", PartOfSpeech.NUMERAL),
                new Tagged("nella", "nella", PartOfSpeech.PREPOSITION),
                new Tagged("con", "con", PartOfSpeech.PREPOSITION),
                new Tagged("e", "e", PartOfSpeech.CONJUNCTION),
                new Tagged("lui", "lui", PartOfSpeech.PRONOUN),
                new Tagged("ieri", "ieri", PartOfSpeech.ADVERB));
    }

    @ParameterizedTest
    @MethodSource("partsOfSpeech")
    void mapsTagsToPartsOfSpeech(Tagged t) {
        List<Analysis> found = ITALIAN.analyse(t.form());
        assertTrue(found.stream().anyMatch(a -> a.lemma().equals(t.lemma()) && a.pos() == t.pos()),
                t + " → " + found);
    }

    record Feature(String tag, String feature, boolean present) {
    }

    static Stream<Feature> features() {
        return Stream.of(
                new Feature("VER:part+past+s+m", "part", true),
                new Feature("VER:part+past+s+m", "m", true),
                new Feature("VER:part+past+s+m", "pa", false),
                new Feature("VER:ind+fut+3+p", "fut", true),
                new Feature("VER:ind+fut+3+p", "ind+fut", false),
                new Feature("NPR", "NPR", false),
                new Feature("NOUN-F:s", "s", true),
                new Feature("NOUN-F:s", "F", false));
    }

    @ParameterizedTest
    @MethodSource("features")
    void readsInflectionalFeatures(Feature f) {
        assertEquals(f.present(), new Analysis("x", f.tag(), PartOfSpeech.OTHER).hasFeature(f.feature()), f.toString());
    }

    static Stream<Arguments> participles() {
        return Stream.of(Arguments.of("firmato", true), Arguments.of("accolta", true), Arguments.of("intese", true),
                Arguments.of("firma", false), Arguments.of("trattati", true), Arguments.of("accordi", false));
    }

    @ParameterizedTest
    @MethodSource("participles")
    void tellsParticiples(String form, boolean participle) {
        assertEquals(participle, ITALIAN.analyse(form).stream().anyMatch(Analysis::isParticiple), form);
    }

    @Test
    void threadsShareOneMorphologySafely() throws Exception {
        List<String> forms = List.of("incontrato", "firmeranno", "visita", "Mosca", "accordi", "ratificheranno");
        List<List<Analysis>> expected = forms.stream().map(ITALIAN::analyse).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 2_000; round++) {
                        for (int i = 0; i < forms.size(); i++) {
                            if (!Morphology.forLanguage("it").analyse(forms.get(i)).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertTrue(run.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
