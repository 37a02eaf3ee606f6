package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.document.Span;
import org.newsgraph.document.Token;
import org.newsgraph.lang.Language;

/** Italian sentences written for this test and the tokens they must give, separated by " | ". */
class TokenizerTest {

    private static final Tokenizer TOKENIZER = new Tokenizer(Language.of("it"));

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("L’Ucraina e l'Europa", "L’ | Ucraina | e | l' | Europa"),
                Arguments.of("C’è un po' di tensione dell’esercito.", "C’ | è | un | po' | di | tensione | dell’ | esercito | ."),
                Arguments.of("Quest’anno nell’area all'alba un’intesa", "Quest’ | anno | nell’ | area | all' | alba | un’ | intesa"),
                Arguments.of("Un po’, perché sì.", "Un | po’ | , | perché | sì | ."),
                Arguments.of("Kim Jong-un ha inviato 10.000 soldati, il 3,5% del totale.",
                        "Kim | Jong-un | ha | inviato | 10.000 | soldati | , | il | 3,5 | % | del | totale | ."),
                Arguments.of("Il 1° novembre, il 19.06.2024 e il 2024-06-19.",
                        "Il | 1° | novembre | , | il | 19.06.2024 | e | il | 2024-06-19 | ."),
                Arguments.of("Costa 3.5 volte di più: 1.250.000,50 euro.",
                        "Costa | 3.5 | volte | di | più | : | 1.250.000,50 | euro | ."),
                Arguments.of("Il sig. Rossi, il gen. Gerasimov e la dott.ssa Bianchi.",
                        "Il | sig. | Rossi | , | il | gen. | Gerasimov | e | la | dott.ssa | Bianchi | ."),
                Arguments.of("J. Biden e la Fiat S.p.A. negli U.S.A. ecc.",
                        "J. | Biden | e | la | Fiat | S.p.A. | negli | U.S.A. | ecc."),
                Arguments.of("Secondo l’art. 4 del trattato, n. 12.", "Secondo | l’ | art. | 4 | del | trattato | , | n. | 12 | ."),
                Arguments.of("«Siamo pronti» – ha detto — “davvero”.",
                        "« | Siamo | pronti | » | – | ha | detto | — | “ | davvero | ” | ."),
                Arguments.of("Ha detto \"mai\" e 'forse'.", "Ha | detto | \" | mai | \" | e | ' | forse | ' | ."),
                Arguments.of("Ha salutato l'”espansione” dei legami.",
                        "Ha | salutato | l' | ” | espansione | ” | dei | legami | ."),
                Arguments.of("Leggi su https://www.esempio.it/esteri/kim-putin.html. Scrivi a redazione@esempio.it.",
                        "Leggi | su | https://www.esempio.it/esteri/kim-putin.html | . | Scrivi | a | redazione@esempio.it | ."),
                Arguments.of("Perché il missile Hwasong-19 e l’F-16?", "Perché | il | missile | Hwasong-19 | e | l’ | F-16 | ?"),
                Arguments.of("Aspetta... e poi…", "Aspetta | ... | e | poi | …"),
                Arguments.of("L'asse Mosca-Pyongyang (Corea del Nord)", "L' | asse | Mosca-Pyongyang | ( | Corea | del | Nord | )"),
                Arguments.of("È finita alle 10.", "È | finita | alle | 10 | ."),
                Arguments.of("Ha detto di no.", "Ha | detto | di | no | ."));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void cutsIntoTheExpectedTokens(String sentence, String expected) {
        List<Token> tokens = TOKENIZER.tokenize(sentence, new Span(0, sentence.length()));
        assertEquals(expected, String.join(" | ", tokens.stream().map(Token::text).toList()));
        for (Token t : tokens) {
            assertEquals(t.text(), t.span().of(sentence), "token text is the covered text");
        }
    }

    /** English clitics (en/clitics.txt) are tokens of their own, as in the Penn Treebank; an inner apostrophe stays. */
    static Stream<Arguments> englishCases() {
        return Stream.of(
                Arguments.of("Russia's allies didn't wait.", "Russia | 's | allies | did | n't | wait | ."),
                Arguments.of("Kim Jong-un’s envoy said they've met.", "Kim | Jong-un | ’s | envoy | said | they | 've | met | ."),
                Arguments.of("Kyiv's mayor can't go.", "Kyiv | 's | mayor | ca | n't | go | ."),
                Arguments.of("'We are ready,' he said.", "' | We | are | ready | , | ' | he | said | ."));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("englishCases")
    void cutsEnglishCliticsOff(String sentence, String expected) {
        List<Token> tokens = new Tokenizer(Language.of("en")).tokenize(sentence, new Span(0, sentence.length()));
        assertEquals(expected, String.join(" | ", tokens.stream().map(Token::text).toList()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void tokenizesOnlyInsideTheSpan(String sentence, String expected) {
        String padded = "Prima. " + sentence + " Dopo.";
        List<Token> tokens = TOKENIZER.tokenize(padded, new Span(7, 7 + sentence.length()));
        assertEquals(expected, String.join(" | ", tokens.stream().map(Token::text).toList()));
    }
}
