package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.convert.Converter;
import org.newsgraph.document.ArticleSource;
import org.newsgraph.document.Document;
import org.newsgraph.document.Event;

/** Sentences written for this test, and the events a careful reader finds in them. */
class EventExtractionTest {

    private static Converter converter;

    @BeforeAll
    static void load() {
        converter = Converter.standard();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("Vladimir Putin ha incontrato Kim Jong-un a Pyongyang mercoledì.", "2024-06-21",
                        List.of("MEETING PARTICIPANT=[person/kim-jong-un, person/vladimir-putin] place=place/pyongyang date=2024-06-19")),
                Arguments.of("Il presidente russo Vladimir Putin e il leader nordcoreano Kim Jong-un si sono stretti la mano.", "2024-06-21",
                        List.of("MEETING PARTICIPANT=[person/kim-jong-un, person/vladimir-putin]")),
                Arguments.of("Sergei Lavrov ha ricevuto a Mosca la ministra degli Esteri nordcoreana Choe Son-hui.", "2024-11-05",
                        List.of("MEETING PARTICIPANT=[person/choe-son-hui, person/sergei-lavrov] place=place/moscow")),
                Arguments.of("Kim Jong-un non ha incontrato Vladimir Putin.", "2024-06-21", List.of()),
                Arguments.of("Vladimir Putin e Xi Jinping sono stati ricevuti nel palazzo.", "2024-06-21", List.of()),
                Arguments.of("Sergei Lavrov ha incontrato Choe Son-hui. L'incontro si è svolto lunedì a Mosca.", "2024-11-06",
                        List.of("MEETING PARTICIPANT=[person/choe-son-hui, person/sergei-lavrov] place=place/moscow date=2024-11-04")),
                Arguments.of("Il presidente russo Vladimir Putin è arrivato a Pyongyang martedì.", "2024-06-21",
                        List.of("VISIT VISITOR=[person/vladimir-putin] DESTINATION=[place/pyongyang] date=2024-06-18")),
                Arguments.of("La visita di Sergei Shoigu in Corea del Nord è durata due giorni.", "2024-09-14",
                        List.of("VISIT VISITOR=[person/sergei-shoigu] DESTINATION=[country/north-korea]")),
                Arguments.of("«Siamo pronti a rafforzare la cooperazione militare», ha detto Sergei Lavrov.", "2024-11-05",
                        List.of("STATEMENT SPEAKER=[person/sergei-lavrov] date=2024-11-05 quote=Siamo pronti a rafforzare la cooperazione militare")),
                Arguments.of("Kim Jong-un ha dichiarato che il paese sosterrà Mosca fino alla fine.", "2024-11-05",
                        List.of("STATEMENT SPEAKER=[person/kim-jong-un] date=2024-11-05 quote=il paese sosterrà Mosca fino alla fine")),
                Arguments.of("Mosca e Pyongyang hanno firmato un trattato di mutua difesa a giugno.", "2024-11-30",
                        List.of("AGREEMENT PARTY=[country/north-korea, country/russia] signed=2024-06 mutual")),
                Arguments.of("Il patto tra Russia e Corea del Nord è stato ratificato a novembre.", "2024-11-30",
                        List.of("AGREEMENT PARTY=[country/north-korea, country/russia] ratified=2024-11")),
                Arguments.of("Secondo la Corea del Sud, la Corea del Nord ha inviato circa 3.000 soldati in Russia.", "2024-11-30",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/north-korea] RECIPIENT=[country/russia] TROOPS 3000 ABOUT claimed=[country/south-korea]")),
                Arguments.of("Gli Stati Uniti accusano Pyongyang di aver consegnato proiettili di artiglieria a Mosca, cosa che la Russia nega.", "2024-11-30",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/north-korea] RECIPIENT=[country/russia] MUNITIONS claimed=[country/united-states] denied=[country/russia]")),
                Arguments.of("È possibile che la Russia fornisca petrolio alla Corea del Nord.", "2024-11-30",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/russia] RECIPIENT=[country/north-korea] OIL hedged")),
                Arguments.of("La Corea del Nord non ha inviato truppe in Russia.", "2024-11-30", List.of()),
                Arguments.of("Kim Jong-un ha ringraziato il ministro Sergei Lavrov, che lunedì ha visitato Pyongyang.", "2024-11-06",
                        List.of("VISIT VISITOR=[person/sergei-lavrov] DESTINATION=[place/pyongyang] date=2024-11-04")),
                Arguments.of("Dopo il colloquio con Xi Jinping, Vladimir Putin ha incontrato Kim Jong-un.", "2024-06-21",
                        List.of("MEETING PARTICIPANT=[person/kim-jong-un, person/vladimir-putin]")),
                Arguments.of("«Siamo pronti. Lo faremo presto», ha detto Sergei Lavrov.", "2024-11-05",
                        List.of("STATEMENT SPEAKER=[person/sergei-lavrov] date=2024-11-05 quote=Siamo pronti. Lo faremo presto")),
                Arguments.of("Kim Jong-un e Sergei Shoigu si sono incontrati venerdì a Pyongyang. La visita di Shoigu è durata due giorni.", "2024-09-14",
                        List.of("MEETING PARTICIPANT=[person/kim-jong-un, person/sergei-shoigu] place=place/pyongyang date=2024-09-13",
                                "VISIT VISITOR=[person/sergei-shoigu] DESTINATION=[place/pyongyang] date=2024-09-13")),
                Arguments.of("Secondo Washington, Pyongyang ha inviato a Mosca migliaia di proiettili.", "2024-11-30",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/north-korea] RECIPIENT=[country/russia] MUNITIONS THOUSANDS claimed=[country/united-states]")),
                Arguments.of("Secondo Seul, Pyongyang ha inviato granate a Mosca. Il Cremlino smentisce.", "2024-11-30",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/north-korea] RECIPIENT=[country/russia] MUNITIONS claimed=[country/south-korea] denied=[organization/kremlin]")),
                Arguments.of("Gli Stati Uniti accusano il regime di aver fornito missili alla Russia.", "2024-11-30", List.of()),
                Arguments.of("Il Giappone ha ribadito il divieto di inviare armi all'Ucraina.", "2024-11-30", List.of()),
                // event words found by lemma in every tense and person, also where the stem changes
                Arguments.of("Sergei Lavrov si recherà a Pyongyang.", "2024-11-30",
                        List.of("VISIT VISITOR=[person/sergei-lavrov] DESTINATION=[place/pyongyang]")),
                Arguments.of("Sergei Lavrov giungerà a Pyongyang.", "2024-11-30",
                        List.of("VISIT VISITOR=[person/sergei-lavrov] DESTINATION=[place/pyongyang]")),
                Arguments.of("Vladimir Putin riceverà Kim Jong-un a Mosca.", "2024-11-30",
                        List.of("MEETING PARTICIPANT=[person/kim-jong-un, person/vladimir-putin] place=place/moscow")),
                Arguments.of("Vladimir Putin e Kim Jong-un si incontreranno a Mosca.", "2024-11-30",
                        List.of("MEETING PARTICIPANT=[person/kim-jong-un, person/vladimir-putin] place=place/moscow")),
                // the part of speech tells a verb from the noun it is spelt like
                Arguments.of("La Russia accordò alla Corea del Nord un prestito.", "2024-11-30", List.of()),
                Arguments.of("Russia e Corea del Nord hanno trattato la questione dei confini.", "2024-11-30", List.of()),
                // a participle known by its reading, not by its ending, names its signer after "da"
                Arguments.of("Il trattato tra Russia e Corea del Nord, sottoscritto da Vladimir Putin, è in vigore.", "2024-11-30",
                        List.of("AGREEMENT PARTY=[country/north-korea, country/russia] SIGNATORY=[person/vladimir-putin]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheEventsAReaderFinds(String text, String published, List<String> expected) {
        ArticleSource source = new ArticleSource("test.txt", "test", Optional.empty(),
                Optional.of(LocalDate.parse(published)), "it");
        Document d = converter.analyse(source, text);
        assertEquals(expected, d.events().stream().map(e -> summary(d, e)).toList());
    }

    private static String summary(Document d, Event e) {
        StringBuilder s = new StringBuilder(e.type().name());
        new TreeMap<>(e.arguments()).forEach((r, ids) -> s.append(' ').append(r).append('=').append(new TreeSet<>(ids)));
        e.place().ifPresent(p -> s.append(" place=").append(p));
        e.date().flatMap(t -> t.value()).ifPresent(v -> s.append(" date=").append(v));
        e.quote().ifPresent(q -> s.append(" quote=").append(d.text(q)));
        e.dateClaims().forEach(c -> s.append(' ').append(c.relation() == Event.DateClaim.Relation.SIGNED ? "signed=" : "ratified=")
                .append(c.timex().value().orElse("?")));
        if (e.flags().contains(Event.Flag.MUTUAL_DEFENCE)) {
            s.append(" mutual");
        }
        e.materiel().ifPresent(m -> s.append(' ').append(m));
        e.quantity().ifPresent(q -> {
            q.value().ifPresent(v -> s.append(' ').append(v));
            s.append(' ').append(q.qualifier());
        });
        if (!e.attribution().claimedBy().isEmpty()) {
            s.append(" claimed=").append(new TreeSet<>(e.attribution().claimedBy()));
        }
        if (!e.attribution().deniedBy().isEmpty()) {
            s.append(" denied=").append(new TreeSet<>(e.attribution().deniedBy()));
        }
        if (e.attribution().hedged()) {
            s.append(" hedged");
        }
        return s.toString();
    }
}
