package org.newsgraph.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.newsgraph.document.PublicationDate;
import org.newsgraph.document.Timex;
import org.newsgraph.lang.Language;

class TemporalTaggerTest {

    private static final TemporalTagger TAGGER = new TemporalTagger(Language.of("it"));
    private static final TemporalTagger ENGLISH = new TemporalTagger(Language.of("en"));
    /** A Friday. */
    private static final String FRI = "2024-11-29";
    /** A Wednesday. */
    private static final String WED = "2024-06-19";
    private static final String NONE = "";
    /** A month alone, as metadata may give it. */
    private static final String DEC = "2024-12";
    /** A year alone. */
    private static final String YEAR = "2024";

    /** Sentence, publication date ("" for none), expected "text=value" ("text=?" when unresolved). */
    static Stream<Arguments> cases() {
        return Stream.of(
                row("Putin è arrivato a Pyongyang il 19 giugno 2024.", FRI, "il 19 giugno 2024=2024-06-19"),
                row("Il trattato è stato firmato il 19 giugno.", FRI, "il 19 giugno=2024-06-19"),
                row("Il trattato è stato firmato il 19 dicembre.", FRI, "il 19 dicembre=2023-12-19"),
                row("Il vertice si terrà il 19 dicembre a Mosca.", FRI, "il 19 dicembre=2024-12-19"),
                row("Il ministro sarà a Pechino il 3 gennaio.", FRI, "il 3 gennaio=2025-01-03"),
                row("Lavrov ha ricevuto Choe il 1° novembre.", FRI, "il 1° novembre=2024-11-01"),
                row("Lavrov ha ricevuto Choe 1 novembre.", FRI, "1 novembre=2024-11-01"),
                row("La delegazione è partita il 29 novembre.", FRI, "il 29 novembre=2024-11-29"),
                row("Il documento porta la data 19/06/2024.", FRI, "19/06/2024=2024-06-19"),
                row("Pubblicato il 2024-06-19 dall'agenzia.", FRI, "il 2024-06-19=2024-06-19"),
                row("Il comunicato del 31/02/2024 è un falso.", FRI),
                row("Il patto è stato firmato a giugno.", FRI, "a giugno=2024-06"),
                row("Il patto è stato ratificato a novembre.", FRI, "a novembre=2024-11"),
                row("Il patto è stato firmato a dicembre.", FRI, "a dicembre=2023-12"),
                row("La ratifica è prevista per dicembre.", FRI, "per dicembre=2024-12"),
                row("Biden chiede aiuti in vista dell'insediamento del successore a gennaio.", FRI, "a gennaio=2025-01"),
                row("Kim era a Vladivostok nel giugno 2024.", FRI, "nel giugno 2024=2024-06"),
                row("Kim era a Vladivostok nell'aprile 2023.", FRI, "nell'aprile 2023=2023-04"),
                row("L'accordo di giugno scorso resta in vigore.", WED, "di giugno scorso=2023-06"),
                row("Lo scorso giugno i due leader si sono incontrati.", FRI, "Lo scorso giugno=2024-06"),
                row("Il prossimo giugno i due leader si incontreranno.", FRI, "Il prossimo giugno=2025-06"),
                row("Le truppe sono arrivate il mese scorso.", FRI, "il mese scorso=2024-10"),
                row("Le truppe sono arrivate questo mese.", FRI, "questo mese=2024-11"),
                row("Quest'anno la cooperazione è cresciuta.", FRI, "Quest'anno=2024"),
                row("L'anno scorso la cooperazione è cresciuta.", FRI, "L'anno scorso=2023"),
                row("Lo scorso anno la cooperazione è cresciuta.", FRI, "Lo scorso anno=2023"),
                row("Dopo un vertice alla fine dello scorso anno, i legami si sono rafforzati.", FRI,
                        "alla fine dello scorso anno=2023"),
                row("I soldati sono arrivati all'inizio di ottobre.", FRI, "all'inizio di ottobre=2024-10"),
                row("I soldati sono arrivati a metà novembre.", FRI, "a metà novembre=2024-11"),
                row("I soldati sono arrivati alla fine di agosto 2024.", FRI, "alla fine di agosto 2024=2024-08"),
                row("Il piano è in vigore dall'inizio del 2023.", FRI, "dall'inizio del 2023=2023"),
                row("Ieri il ministro ha parlato.", FRI, "Ieri=2024-11-28"),
                row("Il ministro ha parlato oggi.", FRI, "oggi=2024-11-29"),
                row("Il ministro parlerà domani.", FRI, "domani=2024-11-30"),
                row("Il ministro ha parlato l'altro ieri.", FRI, "l'altro ieri=2024-11-27"),
                row("Il ministro ha parlato la settimana scorsa.", FRI, "la settimana scorsa=?"),
                row("L'incontro si è svolto lunedì a Mosca.", FRI, "lunedì=2024-11-25"),
                row("L'incontro si è svolto venerdì a Mosca.", FRI, "venerdì=2024-11-29"),
                row("Giovedì il presidente ha accusato Pyongyang.", FRI, "Giovedì=2024-11-28"),
                row("L'incontro si è svolto venerdì scorso.", FRI, "venerdì scorso=2024-11-22"),
                row("Lo scorso lunedì è arrivata la delegazione.", WED, "Lo scorso lunedì=2024-06-17"),
                row("L'incontro si terrà venerdì prossimo.", WED, "venerdì prossimo=2024-06-21"),
                row("L'incontro si terrà lunedì a Mosca.", WED, "lunedì=2024-06-24"),
                row("Questo venerdì la Corea del Nord ha compiuto un nuovo passo.", WED, "Questo venerdì=2024-06-21"),
                row("La Russia ha aiutato Pyongyang nel 2024.", FRI, "nel 2024=2024"),
                row("La cooperazione è cresciuta dal 2022.", FRI, "dal 2022=2022"),
                row("Le trattative sono durate dal 2022 al 2024.", FRI, "dal 2022=2022", "al 2024=2024"),
                row("Pyongyang ha inviato 2024 soldati.", FRI),
                row("Sono stati inviati 10.000 soldati.", FRI),
                row("Ci sono stati incontri tra il 18 e il 19 giugno.", FRI, "tra il 18=2024-06-18", "il 19 giugno=2024-06-19"),
                row("Il vertice di venerdì 14 giugno 2024 a Mosca.", FRI, "di venerdì 14 giugno 2024=2024-06-14"),
                row("Il 19 giu. 2024 Putin era a Pyongyang.", FRI, "Il 19 giu. 2024=2024-06-19"),
                row("Il patto firmato a giugno e ratificato a novembre.", NONE, "a giugno=?", "a novembre=?"),
                row("Il ministro ha parlato ieri.", NONE, "ieri=?"),
                row("L'incontro si è svolto venerdì.", NONE, "venerdì=?"),
                row("Putin è arrivato il 19 giugno 2024.", NONE, "il 19 giugno 2024=2024-06-19"),
                row("Il documento porta la data 19/06/2024.", NONE, "19/06/2024=2024-06-19"),
                row("La cooperazione è cresciuta dal 2022.", NONE, "dal 2022=2022"),
                row("Il trattato è stato firmato il 19 giugno.", NONE, "il 19 giugno=?"),
                row("Il vento soffiava forte sul mare.", FRI),
                row("19 Giugno: firmato il trattato.", FRI, "19 Giugno=2024-06-19"),
                row("Il trattato è stato firmato il 19 giugno", FRI, "il 19 giugno=2024-06-19"),
                row("IL PATTO È STATO FIRMATO NEL GIUGNO 2024 E RATIFICATO VENERDÌ SCORSO", FRI,
                        "NEL GIUGNO 2024=2024-06", "VENERDÌ SCORSO=2024-11-22"),
                row("İstanbul ha ospitato il vertice il 19 Giugno e Ieri la firma.", FRI,
                        "il 19 Giugno=2024-06-19", "Ieri=2024-11-28"),
                row("Il trattato è stato firmato il 3 ſettembre.", FRI, "il 3 ſettembre=2024-09-03"),
                // the rules are tried only where their first characters can start a match: edges of that
                row("1° marzo: firmato il patto.", FRI, "1° marzo=2024-03-01"),
                row("Il patto è stato firmato il 1º marzo", FRI, "il 1º marzo=2024-03-01"),
                row("Ai primi di giugno i soldati sono partiti.", FRI, "primi di giugno=2024-06"),
                row("Ci sono stati incontri dal 3 al 5 marzo.", FRI, "dal 3=2024-03-03", "al 5 marzo=2024-03-05"),
                row("Colloqui il 3-4 marzo 2024 a Mosca.", FRI, "il 3=2024-03-03", "4 marzo 2024=2024-03-04"),
                row("Firmato l’8 marzo a Mosca.", FRI, "l’8 marzo=2024-03-08"),
                row("Firmato l' 8 marzo a Mosca.", FRI, "l' 8 marzo=2024-03-08"),
                row("Kim era a Vladivostok nell’aprile 2023.", FRI, "nell’aprile 2023=2023-04"),
                row("All’inizio di ottobre i soldati sono arrivati.", FRI, "All’inizio di ottobre=2024-10"),
                row("Martedi' scorso il ministro ha parlato.", FRI, "Martedi' scorso=2024-11-26"),
                row("La delegazione è arrivata MERCOLEDÌ", FRI, "MERCOLEDÌ=2024-11-27"),
                row("Oggi", FRI, "Oggi=2024-11-29"),
                row("Il ministro ha parlato l’altro ieri", FRI, "l’altro ieri=2024-11-27"),
                row("Il 19/06/2024, il 2024-06-19 e il 1.2.2024.", FRI,
                        "Il 19/06/2024=2024-06-19", "il 2024-06-19=2024-06-19", "il 1.2.2024=2024-02-01"),
                row("«Il 19 giugno» disse. “Venerdì” rispose.", FRI, "Il 19 giugno=2024-06-19", "Venerdì=2024-11-29"),
                row("Il patto del 19 giugno—e quello di luglio—restano.", FRI, "del 19 giugno=2024-06-19", "di luglio=2024-07"),
                row("Il 12.000 giugno non esiste e 19giugno neppure.", FRI, "giugno=2024-06"),
                row("Sarà firmato alla fine di quest’anno.", FRI, "alla fine di quest’anno=2024"),
                row("Lo ha detto a metà novembre, a meta' dicembre e a fine 2023.", FRI,
                        "a metà novembre=2024-11", "a meta' dicembre=2023-12", "a fine 2023=2023"),
                row("Il vertice di ieri sera e di domani mattina.", FRI, "di ieri sera=2024-11-28", "di domani mattina=2024-11-30"),
                row("Le truppe sono arrivate nel 1999 e nel 2101.", FRI, "nel 1999=1999"),
                row("Il 19 giugno\nil 20 giugno\til 21 giugno", FRI,
                        "Il 19 giugno=2024-06-19", "il 20 giugno=2024-06-20", "il 21 giugno=2024-06-21"),
                row("Il  19   giugno  2024 a Mosca.", FRI, "Il  19   giugno  2024=2024-06-19"),
                // a date right after a word for the day says which day it is
                row("Il ministro è arrivato oggi, 4 marzo, a Roma.", FRI, "oggi, 4 marzo=2024-03-04"),
                row("Lunedì, 25 novembre, il ministro ha parlato.", FRI, "Lunedì, 25 novembre=2024-11-25"),
                row("Nel pomeriggio di ieri il ministro ha parlato.", FRI, "Nel pomeriggio di ieri=2024-11-28"),
                row("La mattina del 13 settembre il ministro è partito.", FRI, "del 13 settembre=2024-09-13"),
                // parts of the day without a date are of the publication day
                row("In serata il ministro è partito.", FRI, "In serata=2024-11-29"),
                row("Questa mattina il presidente ha ricevuto il ministro.", FRI, "Questa mattina=2024-11-29"),
                // a day a few days after publication is the coming one, not last year's
                row("I leader parleranno alla cerimonia del 21 giugno.", WED, "del 21 giugno=2024-06-21"),
                // a month or a year of publication anchors what every day of it agrees on, and no day
                row("Il patto è stato firmato a gennaio.", DEC, "a gennaio=2024-01"),
                row("Il patto è stato firmato a dicembre.", DEC, "a dicembre=2024-12"),
                row("Le truppe sono arrivate il mese scorso.", DEC, "il mese scorso=2024-11"),
                row("L'anno scorso la cooperazione è cresciuta.", DEC, "L'anno scorso=2023"),
                row("Il trattato è stato firmato il 19 giugno.", DEC, "il 19 giugno=2024-06-19"),
                row("Il trattato è stato firmato il 19 dicembre.", DEC, "il 19 dicembre=?"),
                row("Ieri il ministro ha ricevuto l'ambasciatore.", DEC, "Ieri=?"),
                row("Il ministro è partito venerdì per la capitale.", DEC, "venerdì=?"),
                row("Il vertice si terrà a gennaio.", DEC, "a gennaio=2025-01"),
                row("Il patto è stato firmato a gennaio.", YEAR, "a gennaio=2024-01"),
                row("Il patto è stato firmato a dicembre.", YEAR, "a dicembre=?"),
                row("Le truppe sono arrivate il mese scorso.", YEAR, "il mese scorso=?"),
                row("L'anno scorso la cooperazione è cresciuta.", YEAR, "L'anno scorso=2023"));
    }

    /** English sentences: the month before its day, capitalised names, decades; as {@link #cases()}. */
    static Stream<Arguments> englishCases() {
        return Stream.of(
                row("The treaty was signed on June 19, 2024 in the capital.", FRI, "on June 19, 2024=2024-06-19"),
                row("The treaty was signed on June 19 in the capital.", FRI, "on June 19=2024-06-19"),
                row("The treaty was signed on 19 June in the capital.", FRI, "on 19 June=2024-06-19"),
                row("The summit will be held on Dec. 3 in the capital.", FRI, "on Dec. 3=2024-12-03"),
                row("The envoys met on Friday, Nov. 22, to discuss the plan.", FRI, "on Friday, Nov. 22=2024-11-22"),
                row("The leaders met on Sept. 3rd and again on October 1st.", FRI,
                        "on Sept. 3rd=2024-09-03", "on October 1st=2024-10-01"),
                row("The deal, signed Dec 31, 2023, came into force.", FRI, "Dec 31, 2023=2023-12-31"),
                row("The ministers met between 18 and 19 June.", FRI, "18=2024-06-18", "19 June=2024-06-19"),
                row("The ministers will speak at the ceremony on Friday, June 21.", WED, "on Friday, June 21=2024-06-21"),
                row("The ministers spoke ahead of the June 21 ceremony.", WED, "the June 21=2024-06-21"),
                row("The envoy may visit the region next month.", FRI, "next month=2024-12"),
                row("May 9 is a holiday, and the envoy may travel in May.", FRI, "May 9=2024-05-09", "in May=2024-05"),
                row("The envoys met last May and will meet again next May.", FRI, "last May=2024-05", "next May=2025-05"),
                row("Lord May spoke to reporters about the plan.", FRI),
                row("Foreign Minister Jan Novak met the envoy in Jan 2024 and on Jan 3.", FRI, "in Jan 2024=2024-01",
                        "on Jan 3=2024-01-03"),
                row("The envoys arrived on Monday evening and left Tuesday night.", FRI,
                        "on Monday evening=2024-11-25", "Tuesday night=2024-11-26"),
                row("MAY 9 PARADE TO GO AHEAD", FRI, "MAY 9=2024-05-09"),
                row("Protesters march on Sunday; the talks resume next Wednesday.", FRI,
                        "on Sunday=2024-11-24", "next Wednesday=2024-12-04"),
                row("The envoys sat. Then they spoke.", FRI),
                row("The troops arrived last month and will leave in March.", FRI, "last month=2024-10", "in March=2025-03"),
                row("The leaders met earlier this week and last Tuesday.", FRI, "earlier this week=?", "last Tuesday=2024-11-26"),
                row("The talks are due to resume on Monday.", FRI, "on Monday=2024-12-02"),
                row("The talks resumed on Monday.", FRI, "on Monday=2024-11-25"),
                row("The delegation arrived in early October and left at the end of November.", FRI,
                        "in early October=2024-10", "at the end of November=2024-11"),
                row("The alliance was founded in the 1950s and grew in the mid-1990s.", FRI, "the 1950s=?", "the mid-1990s=?"),
                row("The treaty was signed in January and the troops arrived last month.", DEC, "in January=2024-01",
                        "last month=2024-11"),
                row("The envoy arrived yesterday and spoke on Monday.", DEC, "yesterday=?", "on Monday=?"),
                row("More than 10,000 troops and 2024 trucks arrived in 2024.", FRI, "in 2024=2024"));
    }

    private static Arguments row(String sentence, String published, String... expected) {
        return Arguments.of(sentence, published, List.of(expected));
    }

    @ParameterizedTest(name = "[{1}] {0}")
    @MethodSource("cases")
    void findsAndResolves(String sentence, String published, List<String> expected) {
        Optional<PublicationDate> anchor = published.isEmpty() ? Optional.empty() : Optional.of(PublicationDate.parse(published));
        List<Timex> found = TAGGER.find(sentence, anchor);
        assertEquals(expected, found.stream().map(t -> t.text() + "=" + t.value().orElse("?")).toList());
        for (Timex t : found) {
            assertEquals(t.text(), t.span().of(sentence), "span and text agree");
        }
    }

    @ParameterizedTest(name = "[{1}] {0}")
    @MethodSource("englishCases")
    void findsAndResolvesEnglish(String sentence, String published, List<String> expected) {
        List<Timex> found = ENGLISH.find(sentence, Optional.of(PublicationDate.parse(published)));
        assertEquals(expected, found.stream().map(t -> t.text() + "=" + t.value().orElse("?")).toList());
        for (Timex t : found) {
            assertEquals(t.text(), t.span().of(sentence), "span and text agree");
        }
    }

    @Test
    void isAStageThatAddsTimexes() {
        ArticleSource source = new ArticleSource("a.txt", "a", Optional.empty(), Optional.of(LocalDate.parse(FRI)), Optional.of("it"));
        Document d = TAGGER.apply(Document.of(source, "Ieri Lavrov ha incontrato Choe.", Optional.empty()));
        assertEquals(List.of("Ieri"), d.timexes().stream().map(Timex::text).toList());
        assertEquals(true, d.has(org.newsgraph.document.Annotation.TIMEX));
    }
}
