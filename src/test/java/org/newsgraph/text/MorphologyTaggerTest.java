package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.document.ArticleSource;
import org.newsgraph.document.Document;
import org.newsgraph.document.PartOfSpeech;
import org.newsgraph.entity.Word;
import org.newsgraph.lang.Language;
import org.newsgraph.lang.Morphology;
import org.newsgraph.pipeline.Pipeline;

/** After the morphology stage every word of a sentence answers by lemma and part of speech. */
class MorphologyTaggerTest {

    private static final Pipeline PIPELINE = Pipeline.builder().add(new SentenceSplitter(Language.of("it"))).add(new Tokenizer(Language.of("it")))
            .add(new MorphologyTagger(Morphology.forLanguage("it"))).build();

    /** A sentence, one of its words, a lemma and part of speech that word must or must not have. */
    record Case(String sentence, String word, String lemma, PartOfSpeech pos, boolean has) {
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("I due ministri firmeranno l’intesa domani.", "firmeranno", "firmare", PartOfSpeech.VERB, true),
                new Case("I due ministri firmeranno l’intesa domani.", "intesa", "intesa", PartOfSpeech.NOUN, true),
                new Case("I due ministri firmeranno l’intesa domani.", "l’", "l'", PartOfSpeech.DETERMINER, true),
                new Case("Visita lampo del premier a Parigi.", "Visita", "visita", PartOfSpeech.NOUN, true),
                new Case("Il ministro visita oggi la base.", "visita", "visitare", PartOfSpeech.VERB, true),
                new Case("Accordo raggiunto sul grano.", "Accordo", "accordo", PartOfSpeech.NOUN, true),
                new Case("Accordo raggiunto sul grano.", "raggiunto", "raggiungere", PartOfSpeech.VERB, true),
                new Case("Il ministro è arrivato a Mosca.", "Mosca", "Mosca", PartOfSpeech.PROPER_NOUN, true),
                new Case("Il ministro è arrivato a Mosca.", "è", "essere", PartOfSpeech.AUXILIARY, true),
                // the parts of a hyphenated token and numbers have no reading
                new Case("Il leader Kim Jong-un parte.", "Jong", "Jong", PartOfSpeech.PROPER_NOUN, false),
                new Case("Il leader Kim Jong-un parte.", "un", "uno", PartOfSpeech.DETERMINER, false),
                new Case("Sono arrivati 2024 soldati.", "2024", "2024", PartOfSpeech.NUMERAL, false));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void wordsCarryTheirReadings(Case c) {
        Document d = PIPELINE.apply(Document.of(new ArticleSource("t.txt", "t", Optional.empty(), Optional.empty(),
                Optional.of("it")), c.sentence(), Optional.empty()));
        List<Word> words = Word.of(d.sentences().get(0));
        Word w = words.stream().filter(x -> x.surface().equals(c.word())).findFirst().orElseThrow();
        assertEquals(c.has(), w.hasLemma(c.lemma(), c.pos()), c + " → " + w.analyses());
        assertEquals(c.has(), w.lemmas().contains(c.lemma()), c + " → " + w.lemmas());
    }
}
