package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.document.ArticleSource;
import org.newsgraph.document.Document;
import org.newsgraph.document.Sentence;
import org.newsgraph.lang.Language;
import org.newsgraph.pipeline.Pipeline;

/** Texts written for this test and their sentences, each as "paragraph:text", separated by " | ". */
class SentenceSplitterTest {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter(Language.of("it"));

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("Il sig. Rossi è arrivato a Roma. Poi è ripartito.",
                        "0:Il sig. Rossi è arrivato a Roma. | 0:Poi è ripartito."),
                Arguments.of("Il gen. Gerasimov e il prof. Bianchi hanno parlato. Nessuno ha risposto.",
                        "0:Il gen. Gerasimov e il prof. Bianchi hanno parlato. | 0:Nessuno ha risposto."),
                Arguments.of("Sono partiti 10.000 soldati. Il 19.06.2024 è una data. Il costo è 3.5 volte più alto.",
                        "0:Sono partiti 10.000 soldati. | 0:Il 19.06.2024 è una data. | 0:Il costo è 3.5 volte più alto."),
                Arguments.of("Ha detto: «Siamo pronti.» Poi se n'è andato.",
                        "0:Ha detto: «Siamo pronti.» | 0:Poi se n'è andato."),
                Arguments.of("“Siamo pronti.” Così ha parlato il ministro.",
                        "0:“Siamo pronti.” | 0:Così ha parlato il ministro."),
                Arguments.of("«Basta!» ha gridato il ministro. Nessuno ha risposto.",
                        "0:«Basta!» ha gridato il ministro. | 0:Nessuno ha risposto."),
                Arguments.of("Chi lo sa? Nessuno. Aspettiamo… Vedremo!",
                        "0:Chi lo sa? | 0:Nessuno. | 0:Aspettiamo… | 0:Vedremo!"),
                Arguments.of("Forse… o forse no. Lo vedremo...",
                        "0:Forse… o forse no. | 0:Lo vedremo..."),
                Arguments.of("La lettera è firmata J. Biden. Poi ha parlato G.W. Bush.",
                        "0:La lettera è firmata J. Biden. | 0:Poi ha parlato G.W. Bush."),
                Arguments.of("Ci sono tre punti: il primo; il secondo. Fine.",
                        "0:Ci sono tre punti: il primo; il secondo. | 0:Fine."),
                Arguments.of("Il 1° novembre è arrivato. Secondo l'art. 4 del trattato, sì.",
                        "0:Il 1° novembre è arrivato. | 0:Secondo l'art. 4 del trattato, sì."),
                Arguments.of("Lavorava alla Fiat S.p.A. Oggi è in pensione.",
                        "0:Lavorava alla Fiat S.p.A. | 0:Oggi è in pensione."),
                Arguments.of("Armi, munizioni ecc. e altro ancora.", "0:Armi, munizioni ecc. e altro ancora."),
                Arguments.of("Primo paragrafo senza punto\n\nSecondo paragrafo. Con due frasi.",
                        "0:Primo paragrafo senza punto | 1:Secondo paragrafo. | 1:Con due frasi."),
                Arguments.of("Uno.\n \nDue\nancora.\n\n\n\nTre.", "0:Uno. | 1:Due\nancora. | 2:Tre."),
                Arguments.of("Uno.\nDue.»\nTre", "0:Uno. | 1:Due.» | 2:Tre"),
                Arguments.of("La delegazione è arrivata\na Mosca. Poi\nè ripartita.",
                        "0:La delegazione è arrivata\na Mosca. | 0:Poi\nè ripartita."),
                Arguments.of("   Spazi attorno.    Ovunque.   ", "0:Spazi attorno. | 0:Ovunque."),
                Arguments.of("Nel 2024. 10.000 soldati sono partiti.", "0:Nel 2024. | 0:10.000 soldati sono partiti."),
                Arguments.of("Lo dice (AFP). Poi tace.", "0:Lo dice (AFP). | 0:Poi tace."),
                Arguments.of("Visita il sito www.esempio.it. Poi scrivi.", "0:Visita il sito www.esempio.it. | 0:Poi scrivi."),
                Arguments.of("", ""));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void splitsIntoTheExpectedSentences(String text, String expected) {
        assertEquals(expected, render(text, SPLITTER.split(text, -1)));
    }

    static Stream<Arguments> withHeadline() {
        return Stream.of(
                Arguments.of("Corea del Nord. Il ministro a Pyongyang\n\nÈ arrivato ieri. Ripartirà domani.",
                        "Corea del Nord. Il ministro a Pyongyang",
                        "0:Corea del Nord. Il ministro a Pyongyang | 1:È arrivato ieri. | 1:Ripartirà domani."),
                Arguments.of("Vertice a Mosca\n\nKim e Putin si sono incontrati.", "Vertice a Mosca",
                        "0:Vertice a Mosca | 1:Kim e Putin si sono incontrati."),
                Arguments.of("Vertice a Mosca\nKim e Putin si sono incontrati.\nPoi hanno firmato.", "Vertice a Mosca",
                        "0:Vertice a Mosca | 1:Kim e Putin si sono incontrati. | 2:Poi hanno firmato."));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("withHeadline")
    void keepsTheHeadlineOneSentence(String text, String headline, String expected) {
        assertEquals(expected, render(text, SPLITTER.split(text, headline.length())));
    }

    @Test
    void cleansAndSplitsAFiveMegabyteLineWithoutSentenceEndsIntoBoundedSentences() {
        String words = "«parola " + "parola ".repeat(5_000_000 / 7);
        String noSpaces = "x".repeat(5_000_000);
        Pipeline pipeline = Pipeline.builder().add(new SentenceSplitter(Language.of("it"))).add(new Tokenizer(Language.of("it"))).add(new QuoteFinder())
                .build();
        for (String line : List.of(words, noSpaces)) {
            String text = BoilerplateCleaner.of(Language.of("it")).clean(line).text();
            assertEquals(line.strip(), text, "a 5 MB line is article text, not chrome");
            Document d = pipeline.apply(Document.of(source(), text, Optional.empty()));
            assertTrue(d.sentences().size() >= text.length() / SentenceSplitter.MAX_SENTENCE);
            long covered = 0;
            for (Sentence s : d.sentences()) {
                assertTrue(s.span().length() <= SentenceSplitter.MAX_SENTENCE, "sentence of " + s.span().length());
                covered += s.span().length();
            }
            assertTrue(covered >= text.strip().length() - 2L * d.sentences().size(), "sentences cover the text");
            assertTrue(d.quotes().stream().allMatch(q -> q.outer().length() <= text.length()));
        }
    }

    private static ArticleSource source() {
        return new ArticleSource("test.txt", "test", Optional.empty(), Optional.of(LocalDate.of(2024, 6, 19)), Optional.of("it"));
    }

    private static String render(String text, List<Sentence> sentences) {
        return String.join(" | ", sentences.stream().map(s -> s.paragraph() + ":" + s.span().of(text)).toList());
    }
}
