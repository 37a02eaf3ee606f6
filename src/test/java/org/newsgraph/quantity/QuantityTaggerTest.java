package org.newsgraph.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.document.Annotation;
import org.newsgraph.document.ArticleSource;
import org.newsgraph.document.Document;
import org.newsgraph.document.Quantity;
import org.newsgraph.lang.Language;

class QuantityTaggerTest {

    private static final QuantityTagger TAGGER = new QuantityTagger(Language.of("it"));
    private static final QuantityTagger ENGLISH = new QuantityTagger(Language.of("en"));

    /** Sentence and the expected amounts as "text=value QUALIFIER" ("text QUALIFIER" without a number). */
    static Stream<Arguments> cases() {
        return Stream.of(
                row("Pyongyang ha inviato più di 10.000 soldati in Russia.", "più di 10.000=10000 MORE_THAN"),
                row("Oltre 3.000 soldati sono partiti.", "Oltre 3.000=3000 MORE_THAN"),
                row("Sono partiti CIRCA 10 MILA", "CIRCA 10 MILA=10000 ABOUT"),
                row("İzmir ha visto Più Di 10.000 soldati e Migliaia di civili.", "Più Di 10.000=10000 MORE_THAN",
                        "Migliaia THOUSANDS"),
                row("Il sostegno è salito al 40 PER CENTO"),
                row("Sono arrivati oltre 3.000 militari.", "oltre 3.000=3000 MORE_THAN"),
                row("La Corea del Nord ha schierato circa 12.000 soldati.", "circa 12.000=12000 ABOUT"),
                row("Al fronte ci sono quasi 11.000 uomini.", "quasi 11.000=11000 LESS_THAN"),
                row("Sono stati inviati intorno ai 5.000 soldati.", "intorno ai 5.000=5000 ABOUT"),
                row("Le perdite ammontano attorno a 1.200 uomini.", "attorno a 1.200=1200 ABOUT"),
                row("Sono stimati 8.000 soldati al confine.", "stimati 8.000=8000 ABOUT"),
                row("Mosca ha ricevuto almeno 500 missili.", "almeno 500=500 AT_LEAST"),
                row("Potrebbero arrivare fino a 1.500 ufficiali.", "fino a 1.500=1500 AT_MOST"),
                row("Restano meno di 200 veicoli.", "meno di 200=200 LESS_THAN"),
                row("Sono partiti 10mila soldati.", "10mila=10000 EXACTLY"),
                row("Sono partiti 10 mila soldati.", "10 mila=10000 EXACTLY"),
                row("Pyongyang ha fornito 1,5 milioni di proiettili.", "1,5 milioni=1500000 EXACTLY"),
                row("Pyongyang ha fornito più di un milione di proiettili.", "più di un milione=1000000 MORE_THAN"),
                row("Pyongyang ha fornito mezzo milione di proiettili.", "mezzo milione=500000 EXACTLY"),
                row("Sono arrivati tremila soldati.", "tremila=3000 EXACTLY"),
                row("Sono arrivati duemila soldati e dieci generali.", "duemila=2000 EXACTLY", "dieci=10 EXACTLY"),
                row("Servono cento carri e mille proiettili.", "cento=100 EXACTLY", "mille=1000 EXACTLY"),
                row("Altri dodicimila uomini sono pronti.", "dodicimila=12000 EXACTLY"),
                row("Mosca avrebbe ricevuto duemilacinquecento missili.", "duemilacinquecento=2500 EXACTLY"),
                row("Sono stati inviati tre milioni di proiettili.", "tre milioni=3000000 EXACTLY"),
                row("Migliaia di soldati si addestrano in Russia.", "Migliaia THOUSANDS"),
                row("Sono state consegnate centinaia di missili.", "centinaia HUNDREDS"),
                row("Sono morti decine di soldati.", "decine TENS"),
                row("Sono stati inviati decine di migliaia di soldati.", "decine di migliaia TENS_OF_THOUSANDS"),
                row("Ha inviato alcune migliaia di uomini.", "alcune migliaia THOUSANDS"),
                row("Ha inviato un migliaio di uomini.", "un migliaio=1000 ABOUT"),
                row("Ha inviato oltre un migliaio di uomini.", "oltre un migliaio=1000 MORE_THAN"),
                row("Sono arrivati 3.000 soldati.", "3.000=3000 EXACTLY"),
                row("I soldati nordcoreani sono 10.000 circa.", "10.000 circa=10000 ABOUT"),
                row("Sono arrivati oltre 2000 soldati.", "oltre 2000=2000 MORE_THAN"),
                row("Il trattato è stato firmato nel 2024.", new String[0]),
                row("Il trattato è stato firmato il 19 giugno.", new String[0]),
                row("Lavrov ha ricevuto Choe il 1° novembre.", new String[0]),
                row("Ci sono stati incontri tra il 18 e il 19 giugno.", new String[0]),
                row("Il documento porta la data 19/06/2024.", new String[0]),
                row("Il documento porta la data 2024-06-19.", new String[0]),
                row("È arrivato per la 3ª volta, il 2° viaggio.", new String[0]),
                row("Il PIL è cresciuto del 3,5% e del 4 per cento.", new String[0]),
                row("Per informazioni chiamare il +39 06 1234 5678 o lo 06 12345678.", new String[0]),
                row("La Russia ha fornito caccia Su-27 e sistemi S-400.", new String[0]),
                row("L'incontro è iniziato alle 10:30.", new String[0]),
                row("Il vertice di venerdì 14 a Mosca.", new String[0]),
                row("Uno dei soldati è stato ferito da un drone.", new String[0]),
                row("Il ministro è stato il primo a parlare.", new String[0]),
                row("Il 12.000 giugno non esiste e 19giugno neppure.", "12.000=12000 EXACTLY"),
                row("Le truppe sono arrivate nel 1999 e nel 2101.", "2101=2101 EXACTLY"),
                row("Circa", new String[0]),
                row("migliaia", "migliaia THOUSANDS"),
                row("Ne sono arrivati una decina, poi “centinaia”.", "una decina=10 ABOUT", "centinaia HUNDREDS"),
                row("Sono arrivati il 3 e il 4 marzo, venerdì 14, marzo 2024, alle 10.30 e 12345678 uomini.", new String[0]));
    }

    /** English sentences: a comma groups thousands and a point marks decimals; as {@link #cases()}. */
    static Stream<Arguments> englishCases() {
        return Stream.of(
                row("More than 10,000 troops and some 12,000 workers arrived.", "More than 10,000=10000 MORE_THAN",
                        "some 12,000=12000 ABOUT"),
                row("Nearly 4,000 people, at least 300 soldiers and up to 1,500 officers.", "Nearly 4,000=4000 LESS_THAN",
                        "at least 300=300 AT_LEAST", "up to 1,500=1500 AT_MOST"),
                row("The army lost 1,250,000 shells.", "1,250,000=1250000 EXACTLY"),
                row("Thousands of soldiers and tens of thousands of civilians fled.", "Thousands THOUSANDS",
                        "tens of thousands TENS_OF_THOUSANDS"),
                row("Hundreds of thousands of people and several thousand troops.", "Hundreds of thousands THOUSANDS",
                        "several thousand THOUSANDS"),
                row("The country sent 1.5 million shells and half a million rounds.", "1.5 million=1500000 EXACTLY",
                        "half a million=500000 EXACTLY"),
                row("A dozen drones and twenty-three missiles were fired.", "A dozen=12 ABOUT", "twenty-three=23 EXACTLY"),
                row("Forty-five tanks, two hundred guns and 3,500 trucks.", "Forty-five=45 EXACTLY", "two hundred=200 EXACTLY",
                        "3,500=3500 EXACTLY"),
                row("The fund holds $6bn after a couple of years.", "6bn=6000000000 EXACTLY", "a couple=2 ABOUT"),
                row("A two-day visit ended a three-year gap."),
                row("Support rose to 40 percent, up 3.5 percentage points."),
                row("The meeting began at 10:30 and 1,200.5 tonnes were shipped."),
                row("The talks were held on June 19, 2024, Feb. 18 and 3 March."),
                row("The talks were held on June 18-19 and Friday 14."),
                row("In 2024 the army had 2024 trucks and over 2024 tanks.", "over 2024=2024 MORE_THAN"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("englishCases")
    void findsEnglishAmounts(String sentence, List<String> expected) {
        List<Quantity> found = ENGLISH.find(sentence);
        assertEquals(expected, found.stream().map(q -> q.span().of(sentence)
                + (q.value().isPresent() ? "=" + q.value().getAsLong() : "") + " " + q.qualifier()).toList());
    }

    private static Arguments row(String sentence, String... expected) {
        return Arguments.of(sentence, List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsAmounts(String sentence, List<String> expected) {
        List<Quantity> found = TAGGER.find(sentence);
        assertEquals(expected, found.stream().map(q -> q.span().of(sentence)
                + (q.value().isPresent() ? "=" + q.value().getAsLong() : "") + " " + q.qualifier()).toList());
    }

    @Test
    void isAStageThatAddsQuantities() {
        ArticleSource source = new ArticleSource("a.txt", "a", Optional.empty(), Optional.of(LocalDate.parse("2024-11-29")), Optional.of("it"));
        Document d = TAGGER.apply(Document.of(source, "Sono arrivati 3.000 soldati.", Optional.empty()));
        assertEquals(1, d.quantities().size());
        assertEquals(true, d.has(Annotation.QUANTITIES));
    }
}
