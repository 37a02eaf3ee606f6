package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.lang.Language;

/** Scraped pages written for this test, the article text left once chrome is gone (a blank line where chrome was), and the headline. */
class BoilerplateCleanerTest {

    private static final BoilerplateCleaner CLEANER = BoilerplateCleaner.of(Language.of("it"));

    private static final String P1 = "Il presidente russo ha accolto il leader nordcoreano a Mosca per due giorni di colloqui.";
    private static final String P2 = "Il vertice si è chiuso martedì con una dichiarazione comune dei due governi.";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("section label, ad slots, share buttons",
                        "Esteri\nPutin accoglie Kim al Cremlino\n- Advertisement -\n" + P1
                                + "\nCondividi\nFacebook Twitter WhatsApp\n" + P2,
                        "Putin accoglie Kim al Cremlino\n\n" + P1 + "\n\n" + P2, "Putin accoglie Kim al Cremlino"),
                Arguments.of("linked headlines after 'Leggi anche', then the article goes on",
                        P1 + "\n\nLeggi anche:\n\nLa Cina prende le distanze da Mosca\nSeul convoca l'ambasciatore russo\n\n" + P2,
                        P1 + "\n\n" + P2, ""),
                Arguments.of("everything after 'Potrebbe interessarti' goes",
                        P1 + "\n\n- Advertisement -\n\nPotrebbe Interessarti\n\nAltro titolo di un altro sito\n\n"
                                + "Un paragrafo intero di un altro articolo che non ha nulla a che fare con questo.",
                        P1, ""),
                Arguments.of("comment form",
                        P1 + "\n\nLascia un commento\n\nIl tuo indirizzo email non sarà pubblicato. "
                                + "I campi obbligatori sono contrassegnati *\n\nNome\nEmail",
                        P1, ""),
                Arguments.of("related news box at the end", P1 + "\n" + P2 + "\n\nRelated News :", P1 + "\n" + P2, ""),
                Arguments.of("cookie notice and its buttons above the article",
                        "Questo sito utilizza cookie tecnici e di profilazione. Proseguendo la navigazione accetti.\n"
                                + "Accetta tutti\nRifiuta\nKim riceve Shoigu a Pyongyang\n" + P1,
                        "Kim riceve Shoigu a Pyongyang\n" + P1, "Kim riceve Shoigu a Pyongyang"),
                Arguments.of("a menu at the top cannot cut the article",
                        "Home\nUltime notizie\nMondo\nLa Corea del Nord invia truppe in Russia\n" + P1 + "\n\nUltime notizie\n\n"
                                + "Un titolo qualsiasi",
                        "La Corea del Nord invia truppe in Russia\n" + P1, "La Corea del Nord invia truppe in Russia"),
                Arguments.of("byline, photo credit and copyright",
                        "Mosca e Pyongyang firmano il patto\ndi Mario Rossi\n" + P1 + "\nFoto: Ansa\nFoto di archivio\n"
                                + "© RIPRODUZIONE RISERVATA",
                        "Mosca e Pyongyang firmano il patto\n\n" + P1, "Mosca e Pyongyang firmano il patto"),
                Arguments.of("line breaks stay as they were",
                        "Il ministro arriva a Pyongyang\n\nLa delegazione russa è arrivata\na Pyongyang nella notte di lunedì.\n"
                                + "Il ministro l'ha accolta.",
                        "Il ministro arriva a Pyongyang\n\nLa delegazione russa è arrivata\na Pyongyang nella notte di lunedì."
                                + "\nIl ministro l'ha accolta.",
                        "Il ministro arriva a Pyongyang"),
                Arguments.of("no headline when the page starts with prose", P1 + "\n" + P2, P1 + "\n" + P2, ""),
                Arguments.of("site name between the headline and its repetition",
                        "Kim incontra Shoigu a Pyongyang\nNotizie Italiane\n\nKim incontra Shoigu a Pyongyang\n-\n" + P1,
                        "Kim incontra Shoigu a Pyongyang\n\n" + P1, "Kim incontra Shoigu a Pyongyang"),
                Arguments.of("runs of spaces, tabs and no-break spaces collapse",
                        "Vertice   tra\tMosca e\u00A0Pyongyang\n  " + P1.replace(" a Mosca", "  a   Mosca") + "  ",
                        "Vertice tra Mosca e Pyongyang\n" + P1, "Vertice tra Mosca e Pyongyang"),
                Arguments.of("tags, reading time and publication stamp",
                        "Pubblicato il 19 giugno 2024\nTempo di lettura: 3 min\n19 giugno 2024 - 10:32\n" + P1
                                + "\nTag: Russia, Corea del Nord, Putin",
                        P1, ""),
                Arguments.of("photo credit at the end of a caption",
                        P1 + "\nKim stringe la mano al ministro all'aeroporto. Foto: AFP.\n" + P2,
                        P1 + "\nKim stringe la mano al ministro all'aeroporto.\n" + P2, ""),
                Arguments.of("author box at the end", P1 + "\nRedazioneVedi tutti gli articoli\nLa redazione cura le notizie.",
                        P1, ""),
                Arguments.of("dateline in capitals with a date", "ROMA, 12 MAR – " + P1 + "\n" + P2, P1 + "\n" + P2, ""),
                Arguments.of("dateline in capitals with the agency", "Vertice a Mosca\nMOSCA (RUSSIA) (ITALPRESS) – " + P1,
                        "Vertice a Mosca\n" + P1, "Vertice a Mosca"),
                Arguments.of("dateline of an agency alone", "NOVA - " + P1, P1, ""),
                Arguments.of("dateline with the agency before the place", "(ANSA) - BERLINO, 3 gen. - " + P1, P1, ""),
                Arguments.of("capitalised dateline with a country and a full date",
                        "L'Aja (Olanda), 25 giugno 2025 – " + P1, P1, ""),
                Arguments.of("capitalised dateline with a date and the agency", "Milano, 5 feb. (Adnkronos) - " + P1, P1, ""),
                Arguments.of("a capitalised name and a dash are no dateline",
                        "Kim Jong-un - così scrive la stampa di Seul - ha accolto il ministro russo all'aeroporto.",
                        "Kim Jong-un - così scrive la stampa di Seul - ha accolto il ministro russo all'aeroporto.", ""),
                Arguments.of("a title in capitals with a dash stays a title",
                        "USA - CINA, IL VERTICE\n" + P1, "USA - CINA, IL VERTICE\n" + P1, "USA - CINA, IL VERTICE"),
                Arguments.of("a short question is a headline, a short sentence is not",
                        "Chi vince la guerra?\nNessuno lo sa.", "Chi vince la guerra?\nNessuno lo sa.",
                        "Chi vince la guerra?"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void removesChromeAndFindsTheHeadline(String what, String page, String text, String headline) {
        CleanedText cleaned = CLEANER.clean(page);
        assertEquals(text, cleaned.text());
        assertEquals(headline, cleaned.headline().map(h -> h.of(cleaned.text())).orElse(""));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("glued")
    void dropsThePublishersNameGluedToAParagraph(String what, String page, String publisher, String text) {
        assertEquals(text, CLEANER.clean(page, Optional.of(publisher)).text());
    }

    static Stream<Arguments> glued() {
        return Stream.of(
                Arguments.of("glued to the first word", "Titolo breve\n\nNotiziarioIl ministro è arrivato.",
                        "Notiziario", "Il ministro è arrivato."),
                Arguments.of("a paragraph that only starts with the name stays",
                        "Titolo breve\n\nNotiziario locale: il ministro è arrivato.", "Notiziario",
                        "Notiziario locale: il ministro è arrivato."),
                Arguments.of("the name inside a line stays", "Titolo breve\n\nSecondo NotiziarioOggi il ministro è arrivato.",
                        "Notiziario", "Secondo NotiziarioOggi il ministro è arrivato."));
    }
}
