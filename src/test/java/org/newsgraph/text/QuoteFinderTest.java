package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.document.Quote;

/** Texts written for this test and their quotes, each as "outer = inner", in text order. */
class QuoteFinderTest {

    private static final QuoteFinder FINDER = new QuoteFinder();

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("«Siamo pronti», ha detto Lavrov.", List.of("«Siamo pronti» = Siamo pronti")),
                Arguments.of("Ha parlato di “nuova guerra fredda” e di \"alleanza\" con Mosca.",
                        List.of("“nuova guerra fredda” = nuova guerra fredda", "\"alleanza\" = alleanza")),
                Arguments.of("“La Russia è un «alleato» fedele”, ha detto.",
                        List.of("“La Russia è un «alleato» fedele” = La Russia è un «alleato» fedele",
                                "«alleato» = alleato")),
                Arguments.of("«Prima frase. Seconda frase!» ha aggiunto.",
                        List.of("«Prima frase. Seconda frase!» = Prima frase. Seconda frase!")),
                Arguments.of("Il governo dell’Ucraina ha detto ‘no’ all’offerta.", List.of("‘no’ = no")),
                Arguments.of("Un po’ di ‘ironia’ qui, dell’altra là.", List.of("‘ironia’ = ironia")),
                Arguments.of("«  Spazi attorno  » e basta.", List.of("«  Spazi attorno  » = Spazi attorno")),
                Arguments.of("Ha salutato l'”espansione” dei legami.", List.of("”espansione” = espansione")),
                Arguments.of("Ha detto: «Un’apertura senza fine\n\nIl giorno dopo nessuno parlava.",
                        List.of("«Un’apertura senza fine = Un’apertura senza fine")),
                Arguments.of("Un \"errore senza chiusura.\n\nNuovo paragrafo \"citato\".", List.of("\"citato\" = citato")),
                Arguments.of("Parole » senza apertura ” e ’ sparse.", List.of()),
                Arguments.of("Vuote «» e “ ”.", List.of()),
                Arguments.of("«Uno» e «due», poi \"tre\" e \"quattro\".",
                        List.of("«Uno» = Uno", "«due» = due", "\"tre\" = tre", "\"quattro\" = quattro")),
                Arguments.of("«Apre “senza chiudere» il resto.", List.of("«Apre “senza chiudere» = Apre “senza chiudere")),
                Arguments.of("Riga uno: «aperta e mai chiusa.\nRiga due, senza citazioni.\nRiga tre: «chiusa».",
                        List.of("«aperta e mai chiusa. = aperta e mai chiusa.", "«chiusa» = chiusa")),
                Arguments.of("«Un passo\navanti», dice.", List.of("«Un passo\navanti» = Un passo\navanti")),
                Arguments.of("Nessuna citazione, solo l'apostrofo e dell’altro.", List.of()),
                Arguments.of("Ha chiesto di essere ''prudente sui numeri'' e basta.",
                        List.of("''prudente sui numeri'' = prudente sui numeri")),
                Arguments.of("\"Siamo pronti a tutto. Lo faremo presto'', ha detto.",
                        List.of("\"Siamo pronti a tutto. Lo faremo presto'' = Siamo pronti a tutto. Lo faremo presto")),
                Arguments.of("«Lavoriamo insieme\": lo ha detto il ministro.", List.of("«Lavoriamo insieme\" = Lavoriamo insieme")),
                Arguments.of("Poi “Restiamo uniti“. Ha lasciato la sala.", List.of("“Restiamo uniti“ = Restiamo uniti")),
                Arguments.of("“Serve tempo, ha detto il ministro. Poi ha aggiunto: “Siamo ottimisti”.",
                        List.of("“Serve tempo, ha detto il ministro. = Serve tempo, ha detto il ministro.",
                                "“Siamo ottimisti” = Siamo ottimisti")),
                Arguments.of("Un \"errore. E ancora: \"Da domani partiamo\", dice.",
                        List.of("\"errore. = errore.", "\"Da domani partiamo\" = Da domani partiamo")),
                Arguments.of("Si è detto \" felice di vedere \" il collega.", List.of("\" felice di vedere \" = felice di vedere")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void findsTheQuotes(String text, List<String> expected) {
        List<Quote> quotes = FINDER.find(text);
        assertEquals(expected, quotes.stream().map(q -> q.outer().of(text) + " = " + q.inner().of(text)).toList());
    }
}
