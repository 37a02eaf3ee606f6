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
 * The Italian and English dictionaries give every inflected form its lemma, tag and part of speech, whatever the
 * case it is written in; forms they do not know have no reading.
 */
class MorphologyTest {

    private static final Morphology ITALIAN = Morphology.forLanguage("it");
    private static final Morphology ENGLISH = Morphology.forLanguage("en");

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

    static Stream<Case> englishReadings() {
        return Stream.of(
                new Case("met", Set.of("meet VBD", "meet VBN")),
                new Case("signed", Set.of("sign VBD", "sign VBN")),
                new Case("troops", Set.of("troop NNS")),
                new Case("visited", Set.of("visit VBD", "visit VBN")),
                new Case("talks", Set.of("talk NNS", "talk VBZ")),
                new Case("said", Set.of("say VBD", "say VBN")),
                new Case("denied", Set.of("deny VBD", "deny VBN")),
                new Case("ratified", Set.of("ratify VBD", "ratify VBN")),
                new Case("supplies", Set.of("supply NNS", "supply VBZ")),
                new Case("n't", Set.of("not RB")),
                // proper nouns, capitalised at the start of a sentence, or in capitals as in a dateline
                new Case("Moscow", Set.of("Moscow NNP")),
                new Case("MOSCOW", Set.of("Moscow NNP")),
                new Case("Ukraine", Set.of("Ukraine NNP")),
                new Case("Russians", Set.of("Russian NNPS")),
                new Case("Talks", Set.of("talk NNS")),
                new Case("SIGNED", Set.of("sign VBD")),
                // a typographic apostrophe reads as a straight one
                new Case("n’t", Set.of("not RB")));
    }

    @ParameterizedTest
    @MethodSource("englishReadings")
    void givesEnglishLemmaAndTag(Case c) {
        Set<String> found = ENGLISH.analyse(c.form()).stream().map(a -> a.lemma() + " " + a.tag())
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

    static Stream<String> englishUnknown() {
        return Stream.of("xyzzy", "", "2024", "北京", "😀", "signeded", "incontrato");
    }

    @ParameterizedTest
    @MethodSource("englishUnknown")
    void knowsNothingOfUnknownEnglishForms(String form) {
        assertEquals(List.of(), ENGLISH.analyse(form));
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

    static Stream<Tagged> englishPartsOfSpeech() {
        return Stream.of(
                new Tagged("met", "meet", PartOfSpeech.VERB),
                new Tagged("signed", "sign", PartOfSpeech.VERB),
                new Tagged("troops", "troop", PartOfSpeech.NOUN),
                new Tagged("talks", "talk", PartOfSpeech.NOUN),
                new Tagged("talks", "talk", PartOfSpeech.VERB),
                new Tagged("ratification", "ratification", PartOfSpeech.NOUN),
                new Tagged("Moscow", "Moscow", PartOfSpeech.PROPER_NOUN),
                new Tagged("Russians", "Russian", PartOfSpeech.PROPER_NOUN),
                new Tagged("military", "military", PartOfSpeech.ADJECTIVE),
                new Tagged("has", "have", PartOfSpeech.VERB),
                new Tagged("would", "will", PartOfSpeech.VERB),
                new Tagged("reportedly", "reportedly", PartOfSpeech.ADVERB),
                new Tagged("the", "the", PartOfSpeech.DETERMINER),
                new Tagged("their", "their", PartOfSpeech.DETERMINER),
                new Tagged("twelve", "twelve", PartOfSpeech.NUMERAL),
                new Tagged("with", "with", PartOfSpeech.PREPOSITION),
                new Tagged("to", "to", PartOfSpeech.PREPOSITION),
                new Tagged("and", "and", PartOfSpeech.CONJUNCTION),
                new Tagged("which", "which", PartOfSpeech.CONJUNCTION),
                new Tagged("they", "they", PartOfSpeech.PRONOUN));
    }

    @ParameterizedTest
    @MethodSource("englishPartsOfSpeech")
    void mapsEnglishTagsToPartsOfSpeech(Tagged t) {
        List<Analysis> found = ENGLISH.analyse(t.form());
        assertTrue(found.stream().anyMatch(a -> a.lemma().equals(t.lemma()) && a.pos() == t.pos()),
                t + " → " + found);
    }

    /** The English profile maps no tag of these forms to the part of speech of another reading: "the" is no noun. */
    static Stream<Tagged> englishNotParts() {
        return Stream.of(
                new Tagged("the", "the", PartOfSpeech.OTHER),
                new Tagged("Moscow", "Moscow", PartOfSpeech.NOUN),
                new Tagged("troops", "troop", PartOfSpeech.PROPER_NOUN),
                new Tagged("their", "their", PartOfSpeech.PRONOUN));
    }

    @ParameterizedTest
    @MethodSource("englishNotParts")
    void doesNotConfuseEnglishParts(Tagged t) {
        List<Analysis> found = ENGLISH.analyse(t.form());
        assertTrue(found.stream().noneMatch(a -> a.lemma().equals(t.lemma()) && a.pos() == t.pos()),
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

    /** Penn tags spell no features: parts-of-speech.tsv gives them, named as Morph-it! names Italian's. */
    static Stream<Arguments> englishFeatures() {
        return Stream.of(Arguments.of("signed", "part", true), Arguments.of("signed", "ind", true),
                Arguments.of("signing", "ger", true), Arguments.of("signing", "part", false),
                Arguments.of("treaty", "part", false), Arguments.of("treaty", "ind", false),
                Arguments.of("has", "ind", true), Arguments.of("would", "ind", true), Arguments.of("sign", "inf", true));
    }

    @ParameterizedTest
    @MethodSource("englishFeatures")
    void givesPennTagsTheirFeatures(String form, String feature, boolean present) {
        assertEquals(present, ENGLISH.analyse(form).stream().anyMatch(a -> a.isVerb() && a.hasFeature(feature)),
                form + " " + feature + " → " + ENGLISH.analyse(form));
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
