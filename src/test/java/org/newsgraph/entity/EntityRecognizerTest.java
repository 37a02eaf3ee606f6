package org.newsgraph.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.convert.Converter;
import org.newsgraph.document.ArticleSource;
import org.newsgraph.document.Document;
import org.newsgraph.document.Entity;

/** Sentences written for this test, and the actors and places a reader finds in them, with how each is named. */
class EntityRecognizerTest {

    private static Converter converter;

    @BeforeAll
    static void load() {
        converter = Converter.standard();
    }

    /** Text → every mention, in order, as "covered text=entity id KIND". */
    static Stream<Arguments> mentions() {
        return Stream.of(
                // capitals of the world data stand for their government, except as places
                row("Tunisi ha firmato l'intesa con Bruxelles.",
                        "Tunisi=country/tunisia METONYM", "Bruxelles=place/brussels NAME"),
                row("La delegazione è arrivata a Tunisi.", "Tunisi=place/tunis NAME"),
                row("Il negoziato tra Ankara e Vienna riprende.",
                        "Ankara=country/turkey METONYM", "Vienna=country/austria METONYM"),
                row("Secondo Lisbona l'accordo è vicino.", "Lisbona=country/portugal METONYM"),
                row("Sofia ha votato contro.", "Sofia=place/sofia NAME"),
                // countries CLDR names, demonyms of the data, historic states
                row("Il Kosovo e la Macedonia del Nord hanno protestato.",
                        "Kosovo=country/kosovo NAME", "Macedonia del Nord=country/north-macedonia NAME"),
                row("Le truppe kosovare e i diplomatici tunisini.",
                        "kosovare=country/kosovo DEMONYM", "tunisini=country/tunisia DEMONYM"),
                row("Lo disse il leader dell'Unione Sovietica.", "Unione Sovietica=country/soviet-union NAME"),
                row("Sono missili di epoca sovietica."),
                row("Jordan ha giocato bene."),
                // institutions and places of the world data
                row("La Lega Araba e l'Unione africana hanno accolto Hamas.",
                        "Lega Araba=organization/arab-league NAME", "Unione africana=organization/african-union NAME",
                        "Hamas=organization/hamas NAME"),
                row("Il vertice si terrà a Istanbul, sul mar Nero.",
                        "Istanbul=place/istanbul NAME", "mar Nero=place/black-sea NAME"),
                // a capitalised demonym inside a sentence is a surname
                row("Lo ha detto Mario Russo.", "Mario Russo=person/mario-russo NAME"),
                // datelines are not mentions
                row("KIEV, 12 MAR – Il governo ucraino ha chiesto nuovi aiuti alla comunità internazionale.",
                        "ucraino=country/ukraine DEMONYM"),
                // people introduced by a role and its complement
                row("Lo ha detto il presidente della commissione Difesa del Senato, Carlo Bianchi.",
                        "presidente della commissione Difesa del Senato=person/carlo-bianchi ROLE",
                        "Carlo Bianchi=person/carlo-bianchi NAME"),
                row("Ha parlato la commissaria europea per la Concorrenza, Teresa Ribera.",
                        "commissaria europea per la Concorrenza=person/teresa-ribera ROLE",
                        "Teresa Ribera=person/teresa-ribera NAME"),
                row("Il ministro degli Esteri turco Hakan Fidan è arrivato.",
                        "ministro degli Esteri turco=person/hakan-fidan ROLE", "turco=country/turkey DEMONYM",
                        "Hakan Fidan=person/hakan-fidan NAME"),
                row("Ha parlato il presidente del Consiglio europeo Pedro Alves.",
                        "presidente del Consiglio europeo=person/pedro-alves ROLE",
                        "Consiglio europeo=organization/european-council NAME", "Pedro Alves=person/pedro-alves NAME"),
                row("Lo ha confermato il viceministro degli Esteri Bianchi.",
                        "viceministro degli Esteri=person/bianchi ROLE", "Bianchi=person/bianchi NAME"),
                row("Il governatore regionale, Pavel Sokolov, ha accolto gli ospiti.",
                        "governatore regionale=person/pavel-sokolov ROLE", "Pavel Sokolov=person/pavel-sokolov NAME"),
                row("L'emiro del Qatar Saud bin Nasser Al Kuwari ha firmato.",
                        "emiro del Qatar=person/saud-bin-nasser-al-kuwari ROLE", "Qatar=country/qatar NAME",
                        "Saud bin Nasser Al Kuwari=person/saud-bin-nasser-al-kuwari NAME"),
                row("Il presidente egiziano Ahmed Karim al-Masri ha inaugurato la conferenza.",
                        "presidente egiziano=person/ahmed-karim-al-masri ROLE", "egiziano=country/egypt DEMONYM",
                        "Ahmed Karim al-Masri=person/ahmed-karim-al-masri NAME"),
                row("L'ex presidente Roh Moo Hyun, eletto nel 2002, è morto.",
                        "presidente=person/roh-moo-hyun ROLE", "Roh Moo Hyun=person/roh-moo-hyun NAME"),
                row("Il presidente Kim Dae Jung arrivò a Pyongyang nel 2000.",
                        "presidente=person/kim-dae-jung ROLE", "Kim Dae Jung=person/kim-dae-jung NAME",
                        "Pyongyang=place/pyongyang NAME"),
                row("Il presidente ha ricevuto Mario Draghi.", "Mario Draghi=person/mario-draghi NAME"),
                row("Donald Trump è arrivato. «Faremo la pace», ha detto il tycoon.",
                        "Donald Trump=person/donald-trump NAME", "tycoon=person/donald-trump ROLE"),
                // speakers without a given name or role known
                row("«Siamo pronti», ha detto Xu Qiliang.", "Xu Qiliang=person/xu-qiliang NAME"),
                row("Tshisekedi Tshilombo ha dichiarato che il Paese resisterà.",
                        "Tshisekedi Tshilombo=person/tshisekedi-tshilombo NAME"),
                row("Tshisekedi Tshilombo, presidente della Repubblica democratica, ha parlato.",
                        "Tshisekedi Tshilombo=person/tshisekedi-tshilombo NAME",
                        "presidente della Repubblica=person/tshisekedi-tshilombo ROLE"),
                row("Radio Free Europe ha dichiarato che la notizia è falsa.",
                        "Radio Free Europe=organization/radio-free-europe NAME"),
                row("Secondo Human Rights Watch le vittime sono decine.",
                        "Human Rights Watch=organization/human-rights-watch NAME"),
                row("Il Tesoro Usa ha detto che le sanzioni restano.", "Usa=country/united-states NAME"),
                // misspelt given names and surnames resolve to the person
                row("Il presidente ucraino Volodimir Zelensky ha parlato.",
                        "presidente ucraino=person/volodymyr-zelensky ROLE", "ucraino=country/ukraine DEMONYM",
                        "Volodimir Zelensky=person/volodymyr-zelensky NAME"),
                row("Il ministro norvegese Espen Barth Eide è arrivato. Eide ha poi ringraziato Giorgia Meloni e "
                                + "Georgia Meloni ha risposto.",
                        "ministro norvegese=person/espen-barth-eide ROLE", "norvegese=country/norway DEMONYM",
                        "Espen Barth Eide=person/espen-barth-eide NAME", "Eide=person/espen-barth-eide ALIAS",
                        "Giorgia Meloni=person/giorgia-meloni NAME", "Georgia Meloni=person/giorgia-meloni NAME"),
                row("Il premier Sipho Ndlovu è a Roma. Il premier Ndlovu ha incontrato i ministri, ha riferito Ndlovu.",
                        "premier=person/sipho-ndlovu ROLE", "Sipho Ndlovu=person/sipho-ndlovu NAME",
                        "Roma=place/rome NAME", "premier=person/sipho-ndlovu ROLE", "Ndlovu=person/sipho-ndlovu ALIAS",
                        "Ndlovu=person/sipho-ndlovu ALIAS"),
                row("La presidente della Commissione Ursula von der Leyen è a Roma. Von der Leyen ha detto di sì, "
                                + "e con von der Leyen c'era il ministro.",
                        "presidente della Commissione=person/ursula-von-der-leyen ROLE",
                        "Ursula von der Leyen=person/ursula-von-der-leyen NAME", "Roma=place/rome NAME",
                        "Von der Leyen=person/ursula-von-der-leyen ALIAS", "von der Leyen=person/ursula-von-der-leyen ALIAS"),
                // organisations named by a head noun
                row("L'Assemblea federale ha approvato la legge.",
                        "Assemblea federale=organization/assemblea-federale NAME"),
                row("Il Consiglio di sicurezza nazionale turco si è riunito.",
                        "Consiglio di sicurezza nazionale turco=organization/consiglio-di-sicurezza-nazionale-turco NAME",
                        "turco=country/turkey DEMONYM"),
                row("Lo stato maggiore dell'esercito turco ha smentito.",
                        "stato maggiore dell'esercito turco=organization/stato-maggiore-dell-esercito-turco NAME",
                        "turco=country/turkey DEMONYM"),
                row("Il ministero per la Cooperazione ha firmato il piano.",
                        "ministero per la Cooperazione=organization/ministero-per-la-cooperazione NAME"),
                row("La commissione ha deciso."),
                row("Il leader del Movimento 5 Stelle Giuseppe Conte ha votato contro.",
                        "leader del Movimento 5 Stelle=person/giuseppe-conte ROLE",
                        "Movimento 5 Stelle=organization/movimento-5-stelle NAME",
                        "Giuseppe Conte=person/giuseppe-conte NAME"),
                row("Secondo l'Istituto per lo studio della guerra le truppe avanzano.",
                        "Istituto per lo studio della guerra=organization/istituto-per-lo-studio-della-guerra NAME"),
                row("L'emittente statale Radio Niger ha mostrato le immagini.",
                        "Radio Niger=organization/radio-niger NAME"),
                // places named by a head noun, or after arriving
                row("I colloqui si sono svolti nella città costiera di Kobuleti.", "Kobuleti=place/kobuleti NAME"),
                row("La folla si è radunata in piazza Maidan.", "piazza Maidan=place/piazza-maidan NAME"),
                row("Si sono incontrati al palazzo Topkapi di Istanbul.",
                        "palazzo Topkapi=place/palazzo-topkapi NAME", "Istanbul=place/istanbul NAME"),
                row("I piloti si addestrano nella base aerea di Aviano.",
                        "base aerea di Aviano=place/base-aerea-di-aviano NAME"),
                row("La cena si è tenuta presso il Marriott Conference Center.",
                        "Marriott Conference Center=place/marriott-conference-center NAME"),
                row("Il ministro è arrivato a Kobuleti nella notte.", "Kobuleti=place/kobuleti NAME"),
                row("Sono atterrati all'aeroporto Leonardo da Vinci.",
                        "aeroporto Leonardo da Vinci=place/aeroporto-leonardo-da-vinci NAME"),
                row("Il corteo è partito da via Giuseppe Garibaldi."),
                row("La cerimonia si è tenuta in piazza Kim Il Sung.", "piazza Kim Il Sung=place/kim-il-sung-square NAME"),
                row("Il presidente Roh Il Woo arrivò a Pechino.", "presidente=person/roh-il-woo ROLE",
                        "Roh Il Woo=person/roh-il-woo NAME", "Pechino=place/beijing NAME"),
                row("La villa di Silvio Berlusconi è in vendita.", "Silvio Berlusconi=person/silvio-berlusconi NAME"),
                // a bare role phrase with a nationality is the one known holder of that post
                row("Il presidente francese ha incontrato il premier spagnolo a Parigi.",
                        "presidente francese=person/emmanuel-macron ROLE", "francese=country/france DEMONYM",
                        "premier spagnolo=person/pedro-sanchez ROLE", "spagnolo=country/spain DEMONYM", "Parigi=place/paris NAME"),
                row("Il principe ereditario saudita ha ricevuto l'emiro del Qatar.",
                        "principe ereditario saudita=person/mohammed-bin-salman ROLE", "saudita=country/saudi-arabia DEMONYM",
                        "emiro del Qatar=person/tamim-bin-hamad-al-thani ROLE", "Qatar=country/qatar NAME"),
                // "il presidente del Consiglio", "il titolare della Farnesina": Italy's posts, unless a body's name goes on
                row("Lo ha detto il titolare della Farnesina.",
                        "titolare della Farnesina=person/antonio-tajani ROLE", "Farnesina=organization/farnesina NAME"),
                row("Lo ha detto il presidente del Consiglio.", "presidente del Consiglio=person/giorgia-meloni ROLE"),
                row("Lo ha detto il presidente del Consiglio europeo.", "Consiglio europeo=organization/european-council NAME"),
                // a known surname after a misspelt given name that is also a country's name
                row("Ha parlato Georgia Meloni.", "Georgia Meloni=person/giorgia-meloni NAME"),
                row("Erdoğan e Lula hanno telefonato a Modi.", "Erdoğan=person/recep-tayyip-erdogan ALIAS",
                        "Lula=person/luiz-inacio-lula-da-silva ALIAS", "Modi=person/narendra-modi ALIAS"));
    }

    /** English text → every mention, as in {@link #mentions()}. */
    static Stream<Arguments> englishMentions() {
        return Stream.of(
                // English writes a nationality with a capital wherever it stands: no surname
                row("Kim Jong Un said North Korean troops and Russian drones arrived.",
                        "Kim Jong Un=person/kim-jong-un NAME", "North Korean=country/north-korea DEMONYM",
                        "Russian=country/russia DEMONYM"),
                // a nickname in quotes inside a name is no part of the person's name
                row("President Rodrigo “Digong” Duterte arrived.", "President=person/rodrigo-duterte ROLE",
                        "Rodrigo “Digong” Duterte=person/rodrigo-duterte NAME"),
                row("Mayor Ana ''Nina'' Reyes Cruz arrived.", "Mayor=person/ana-reyes-cruz ROLE",
                        "Ana ''Nina'' Reyes Cruz=person/ana-reyes-cruz NAME"),
                // a lone given name of the one person the article names so, unless it is also a word
                row("Prime Minister Tefera Bekele spoke. Later Tefera left.", "Prime Minister=person/tefera-bekele ROLE",
                        "Tefera Bekele=person/tefera-bekele NAME", "Tefera=person/tefera-bekele ALIAS"),
                row("Prime Minister Will Okafor spoke. Will they agree?", "Prime Minister=person/will-okafor ROLE",
                        "Will Okafor=person/will-okafor NAME"),
                // a nationality before a role with no name after it: the holder of that post
                row("The Russian president arrived.", "Russian president=person/vladimir-putin ROLE",
                        "Russian=country/russia DEMONYM"));
    }

    /** Text → a person it introduces, the roles kept and the country the text ties the person to. */
    static Stream<Arguments> people() {
        return Stream.of(
                Arguments.of("Il ministro degli Esteri turco Kemal Aksoy è arrivato.", "person/kemal-aksoy",
                        List.of("ministro degli esteri", "ministro degli esteri turco"), "country/turkey"),
                Arguments.of("Lo ha detto il portavoce del Cremlino Ivan Petrov.", "person/ivan-petrov",
                        List.of("portavoce del cremlino"), "country/russia"),
                Arguments.of("Lo ha detto il presidente della commissione Difesa del Senato, Carlo Bianchi.",
                        "person/carlo-bianchi", List.of("presidente", "presidente della commissione difesa del senato"), ""),
                Arguments.of("Il consigliere dell'ambasciata e direttore dell'istituto greco Nikos Papadopoulos è qui.",
                        "person/nikos-papadopoulos",
                        List.of("consigliere", "consigliere dell'ambasciata e direttore dell'istituto greco"), "country/greece"),
                Arguments.of("Il presidente ha ricevuto Mario Ferretti.", "person/mario-ferretti", List.of(), ""),
                Arguments.of("Ha parlato il presidente del Consiglio europeo Pedro Alves.", "person/pedro-alves",
                        List.of("presidente", "presidente del consiglio europeo"), ""),
                Arguments.of("Mario Ferretti, ex premier, ha parlato.", "person/mario-ferretti", List.of("ex primo ministro"), ""),
                Arguments.of("Xu Qiliang, vicepresidente della commissione militare, è atteso.", "person/xu-qiliang",
                        List.of("vicepresidente"), ""),
                Arguments.of("Il premier Sipho Ndlovu è a Roma. Il premier Ndlovu ha parlato.", "person/sipho-ndlovu",
                        List.of("primo ministro", "premier"), ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mentions")
    void findsTheActorsAndPlacesAReaderFinds(String text, List<String> expected) {
        Document d = analyse(text);
        assertEquals(expected, d.mentions().stream()
                .map(m -> d.text(m.span()) + "=" + m.entityId() + " " + m.kind()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("englishMentions")
    void findsTheEnglishActorsAReaderFinds(String text, List<String> expected) {
        Document d = analyse(text, "en");
        assertEquals(expected, d.mentions().stream()
                .map(m -> d.text(m.span()) + "=" + m.entityId() + " " + m.kind()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("people")
    void keepsTheRoleAndTheCountry(String text, String id, List<String> roles, String country) {
        Document d = analyse(text);
        Entity e = d.entities().get(id);
        assertTrue(e != null, id + " not found in " + d.entities().keySet());
        assertEquals(roles, e.roles());
        assertEquals(country, e.country().orElse(""));
    }

    private static Document analyse(String text) {
        return analyse(text, "it");
    }

    private static Document analyse(String text, String language) {
        ArticleSource source = new ArticleSource("test.txt", "test", Optional.empty(),
                Optional.of(LocalDate.parse("2025-03-12")), Optional.of(language));
        return converter.analyse(source, text);
    }

    private static Arguments row(String text, String... mentions) {
        return Arguments.of(text, List.of(mentions));
    }
}
