package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

/** Sentences written for this test and who said what in them: speaker, date, relaying agency and quote. */
class StatementExtractionTest {

    private static final String TITLE = "Titolo\n\n";

    private static Converter converter;

    @BeforeAll
    static void load() {
        converter = Converter.standard();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // a short quote with a frame of its own is speech
                Arguments.of("«Una svolta attesa da anni», ha dichiarato il presidente cinese Xi Jinping.",
                        List.of("person/xi-jinping 2024-11-06 | Una svolta attesa da anni")),
                // one frame after two quotes joined by "e"
                Arguments.of("L'intesa sarà «molto ampia» e «cambierà le regole», ha detto Sergei Lavrov.",
                        List.of("person/sergei-lavrov 2024-11-06 | molto ampia",
                                "person/sergei-lavrov 2024-11-06 | cambierà le regole")),
                // a clitic and mixed quotation marks before the verb
                Arguments.of("«Possiamo lavorare insieme sul clima\": lo ha detto Vladimir Putin.",
                        List.of("person/vladimir-putin 2024-11-06 | Possiamo lavorare insieme sul clima")),
                // the speaker before a quote that runs over two sentences
                Arguments.of("Sergei Lavrov ha commentato: «La Russia non cederà. Il dialogo resta aperto».",
                        List.of("person/sergei-lavrov 2024-11-06 | La Russia non cederà. Il dialogo resta aperto")),
                // "Per X «…»" names a person's view, not a country's
                Arguments.of("Per Vladimir Putin «la cooperazione militare è una priorità».",
                        List.of("person/vladimir-putin 2024-11-06 | la cooperazione militare è una priorità")),
                Arguments.of("Per la Russia e la Cina «la cooperazione militare è una priorità».", List.of()),
                // "secondo X" before a clause with a quoted fragment
                Arguments.of("Secondo Sergei Lavrov i colloqui sono andati avanti «in uno spirito costruttivo».",
                        List.of("person/sergei-lavrov 2024-11-06 | in uno spirito costruttivo")),
                // an agency that relays is no speaker when someone else is named, nor when the speaker is unknown
                Arguments.of("Secondo l'agenzia Tass, Sergei Lavrov ha definito l'incontro «molto utile».",
                        List.of("person/sergei-lavrov 2024-11-06 reported=[organization/tass] | molto utile")),
                Arguments.of("Secondo l'agenzia Xinhua, il ministro ha definito l'accordo «un passo storico per entrambi».",
                        List.of()),
                // ...but speaks for itself when nobody else does
                Arguments.of("«Le forze russe hanno colpito obiettivi militari», riferisce la Tass.",
                        List.of("organization/tass 2024-11-06 | Le forze russe hanno colpito obiettivi militari")),
                Arguments.of("Secondo il resoconto della Kcna, Kim Jong-un ha espresso «pieno appoggio» alla Russia.",
                        List.of("person/kim-jong-un 2024-11-06 reported=[organization/kcna] | pieno appoggio")),
                // a document gives its institution's words; a source that goes on speaking says its clause
                Arguments.of("Secondo una nota del Cremlino, i colloqui si sono svolti «in un clima di amicizia».",
                        List.of("organization/kremlin 2024-11-06 | in un clima di amicizia")),
                Arguments.of("Sempre secondo Sergei Lavrov, la Russia non ha inviato truppe in Corea del Nord.",
                        List.of("person/sergei-lavrov 2024-11-06 | la Russia non ha inviato truppe in Corea del Nord")),
                Arguments.of("Secondo Sergei Lavrov, la Russia non ha inviato truppe in Corea del Nord.", List.of()),
                // the next sentence names who said the one before
                Arguments.of("«La Russia è pronta a discutere ogni proposta». Lo ha detto Sergei Lavrov a Mosca.",
                        List.of("person/sergei-lavrov 2024-11-06 | La Russia è pronta a discutere ogni proposta")),
                Arguments.of("La Russia è pronta a discutere ogni proposta di pace. Lo ha detto Sergei Lavrov.",
                        List.of("person/sergei-lavrov 2024-11-06 | La Russia è pronta a discutere ogni proposta di pace")),
                Arguments.of("«Il dialogo con Kiev resta possibile». È quanto ha scritto Sergei Lavrov su Telegram.",
                        List.of("person/sergei-lavrov 2024-11-06 | Il dialogo con Kiev resta possibile")),
                // a quote alone, or with a verb and no subject, goes on with the speaker before
                Arguments.of("«Siamo pronti a trattare», ha detto Sergei Lavrov. «Il dialogo con Kiev resta possibile anche domani».",
                        List.of("person/sergei-lavrov 2024-11-06 | Siamo pronti a trattare",
                                "person/sergei-lavrov 2024-11-06 | Il dialogo con Kiev resta possibile anche domani")),
                Arguments.of("«Siamo pronti a trattare», ha detto Sergei Lavrov dopo l'incontro con Wang Yi. "
                                + "«Il dialogo resta aperto a tutti», ha aggiunto.",
                        List.of("person/sergei-lavrov 2024-11-06 | Siamo pronti a trattare",
                                "person/sergei-lavrov 2024-11-06 | Il dialogo resta aperto a tutti")),
                // with no speech before, a verb with no subject has the subject of the sentence before
                Arguments.of("Vladimir Putin ha incontrato Xi Jinping a Mosca. «Siamo pronti a trattare con tutti», ha aggiunto.",
                        List.of("person/vladimir-putin 2024-11-06 | Siamo pronti a trattare con tutti")),
                // an institution the words come from; a request is speech
                Arguments.of("Vladimir Putin ha incontrato Xi Jinping. «Siamo pronti a trattare con tutti», dicono dal Cremlino.",
                        List.of("organization/kremlin 2024-11-06 | Siamo pronti a trattare con tutti")),
                Arguments.of("Volodymyr Zelensky ha chiesto «più armi e più munizioni» agli alleati.",
                        List.of("person/volodymyr-zelensky 2024-11-06 | più armi e più munizioni")),
                // a gerund after a quote has the subject of its clause, before the quote
                Arguments.of("Volodymyr Zelensky ha detto: «Non ci arrenderemo mai», accusando la Russia di crimini.",
                        List.of("person/volodymyr-zelensky 2024-11-06 | Non ci arrenderemo mai")),
                // a quote whose sentence names its own source does not go on with the speaker before
                Arguments.of("«Non ci arrenderemo», ha detto Volodymyr Zelensky. Mosca: «Nessun soldato nordcoreano combatte qui».",
                        List.of("person/volodymyr-zelensky 2024-11-06 | Non ci arrenderemo")),
                // a speaker we cannot name is no reason to take someone else
                Arguments.of("«La pace è vicina e ci crediamo», ha detto il tycoon alla Casa Bianca.", List.of()),
                Arguments.of("«La pace è vicina e ci crediamo», ha proseguito l'Alto rappresentante Ue.", List.of()),
                // a quote in brackets or after a colon illustrates its clause's subject
                Arguments.of("Sergei Lavrov ha respinto le accuse («non abbiamo inviato armi a nessuno»).",
                        List.of("person/sergei-lavrov 2024-11-06 | non abbiamo inviato armi a nessuno")),
                Arguments.of("Vladimir Putin ha messo Kim Jong-un al primo posto: «È un amico vero».",
                        List.of("person/vladimir-putin 2024-11-06 | È un amico vero")),
                Arguments.of("L'incontro con il presidente Kim Jong-un: «Nuove sanzioni alla Russia».", List.of()),
                // a quote left unclosed ends before its own frame
                Arguments.of("“Abbiamo inviato segnali chiari, ha dichiarato Sergei Lavrov. Il vertice è finito. "
                                + "“Il dialogo continuerà a lungo”, ha aggiunto Sergei Lavrov.",
                        List.of("person/sergei-lavrov 2024-11-06 | Abbiamo inviato segnali chiari",
                                "person/sergei-lavrov 2024-11-06 | Il dialogo continuerà a lungo")),
                // speech verbs after a quote: "fa sapere", "prosegue", "è la replica di"
                Arguments.of("«Le trattative proseguiranno la prossima settimana», fa sapere Sergei Lavrov.",
                        List.of("person/sergei-lavrov 2024-11-06 | Le trattative proseguiranno la prossima settimana")),
                Arguments.of("«Il dialogo resta l'unica strada possibile», prosegue Vladimir Putin.",
                        List.of("person/vladimir-putin 2024-11-06 | Il dialogo resta l'unica strada possibile")),
                Arguments.of("Vladimir Putin continua la guerra che ha iniziato da anni.", List.of()),
                Arguments.of("«È un giorno storico per il nostro paese», ha esultato Volodymyr Zelensky.",
                        List.of("person/volodymyr-zelensky 2024-11-06 | È un giorno storico per il nostro paese")),
                Arguments.of("«Non è vero, nessun soldato è stato inviato», smentisce il Cremlino.",
                        List.of("organization/kremlin 2024-11-06 | Non è vero, nessun soldato è stato inviato")),
                Arguments.of("«La Russia non si ritirerà mai da quei territori», è la replica di Sergei Lavrov.",
                        List.of("person/sergei-lavrov 2024-11-06 | La Russia non si ritirerà mai da quei territori")),
                // reported speech needs its "che" right after the verb, not a relative clause after an object
                Arguments.of("Wang Yi ha sottolineato il valore dell'intesa, che secondo alcuni rilancerà i commerci.",
                        List.of()),
                // the date of reported words is not the date of what they tell
                Arguments.of("Kim Jong-un ha dichiarato che il paese firmerà l'accordo a giugno.",
                        List.of("person/kim-jong-un 2024-11-06 | il paese firmerà l'accordo a giugno")),
                Arguments.of("Vladimir Putin ha ricordato gli accordi del 2000 e, ha detto il presidente russo, "
                                + "«la cooperazione non si ferma».",
                        List.of("person/vladimir-putin 2024-11-06 | la cooperazione non si ferma")),
                // undated words take the date of the report that told of them just before
                Arguments.of("Lunedì Kim Jong-un ha ricevuto Sergei Lavrov, ha riferito martedì l'agenzia KCNA. "
                                + "«Si è svolto un ampio scambio di opinioni», secondo la KCNA.",
                        List.of("organization/kcna 2024-11-05 | Si è svolto un ampio scambio di opinioni")),
                // a speaker across an adverb that opens clauses only at their start
                Arguments.of("Sergei Lavrov va però oltre e aggiunge che la Russia accetterà «ogni proposta seria».",
                        List.of("person/sergei-lavrov 2024-11-06 | ogni proposta seria")),
                // a frame after a dash; a dateline is not what was said
                Arguments.of("«Siamo pronti a discutere ogni proposta» – dice Sergei Lavrov.",
                        List.of("person/sergei-lavrov 2024-11-06 | Siamo pronti a discutere ogni proposta")),
                Arguments.of("MOSCA, 5 NOV – La Russia è pronta a discutere ogni proposta. Lo ha detto Sergei Lavrov.",
                        List.of("person/sergei-lavrov 2024-11-06 | La Russia è pronta a discutere ogni proposta")),
                // words of a meeting's day were said there, rather than on the arrival of a visit
                Arguments.of("Sergei Lavrov è arrivato a Pyongyang lunedì. Martedì Lavrov ha incontrato Kim Jong-un. "
                                + "Il vertice è durato tre ore. «Siamo pronti a discutere ogni proposta», ha detto Lavrov.",
                        List.of("person/sergei-lavrov 2024-11-05 | Siamo pronti a discutere ogni proposta")),
                Arguments.of("A giugno Sergei Lavrov ha incontrato Kim Jong-un. Il vertice è durato tre ore. "
                                + "«Siamo pronti a discutere ogni proposta», ha detto Lavrov.",
                        List.of("person/sergei-lavrov 2024-11-06 | Siamo pronti a discutere ogni proposta")),
                // or of the occasion they point back at
                Arguments.of("Il primo viaggio di Sergei Lavrov risaliva al 4 giugno. Kim Jong-un aveva ribadito "
                                + "in quell'occasione che il paese «sosterrà la Russia».",
                        List.of("person/kim-jong-un 2024-06-04 | sosterrà la Russia")),
                // a gerund speaks with the main clause's subject, not with the object nearest to it
                Arguments.of("Emmanuel Macron ha incontrato Volodymyr Zelensky, promettendo che la Francia farà «la sua parte».",
                        List.of("person/emmanuel-macron 2024-11-06 | la sua parte")),
                Arguments.of("Emmanuel Macron ha incontrato Volodymyr Zelensky, promettendo che la Francia aiuterà l'Ucraina.",
                        List.of("person/emmanuel-macron 2024-11-06 | la Francia aiuterà l'Ucraina")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsWhoSaidWhat(String text, List<String> expected) {
        ArticleSource source = new ArticleSource("test.txt", "test", Optional.empty(),
                Optional.of(LocalDate.parse("2024-11-06")), Optional.of("it"));
        Document d = converter.analyse(source, TITLE + text);
        assertEquals(expected, d.events().stream().filter(e -> e.type() == Event.Type.STATEMENT)
                .map(e -> summary(d, e)).toList());
    }

    private static String summary(Document d, Event e) {
        StringBuilder s = new StringBuilder(String.join(",", new TreeSet<>(e.get(Event.Role.SPEAKER))));
        s.append(' ').append(e.date().flatMap(t -> t.value()).orElse("-"));
        if (!e.attribution().reportedBy().isEmpty()) {
            s.append(" reported=").append(new TreeSet<>(e.attribution().reportedBy()));
        }
        return s.append(" | ").append(e.quote().map(d::text).orElse("")).toString();
    }
}
