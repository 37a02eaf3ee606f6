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
                // leaders named only by a role phrase are the known holders of the post
                Arguments.of("Il presidente francese ha incontrato il premier spagnolo a Parigi giovedì.", "2025-03-14",
                        List.of("MEETING PARTICIPANT=[person/emmanuel-macron, person/pedro-sanchez] place=place/paris date=2025-03-13")),
                Arguments.of("«Il dialogo resta aperto», ha detto il presidente del Consiglio.", "2025-03-14",
                        List.of("STATEMENT SPEAKER=[person/giorgia-meloni] date=2025-03-14 quote=Il dialogo resta aperto")),
                Arguments.of("Vladimir Putin ha incontrato Kim Jong-un a Pyongyang mercoledì.", "2024-06-21",
                        List.of("MEETING PARTICIPANT=[person/kim-jong-un, person/vladimir-putin] place=place/pyongyang date=2024-06-19")),
                Arguments.of("Il presidente russo Vladimir Putin e il leader nordcoreano Kim Jong-un si sono stretti la mano.", "2024-06-21",
                        List.of("MEETING PARTICIPANT=[person/kim-jong-un, person/vladimir-putin] date=2024-06-21")),
                Arguments.of("Sergei Lavrov ha ricevuto a Mosca la ministra degli Esteri nordcoreana Choe Son-hui.", "2024-11-05",
                        List.of("MEETING PARTICIPANT=[person/choe-son-hui, person/sergei-lavrov] place=place/moscow date=2024-11-05",
                                "VISIT VISITOR=[person/choe-son-hui] DESTINATION=[place/moscow] date=2024-11-05")),
                Arguments.of("Kim Jong-un non ha incontrato Vladimir Putin.", "2024-06-21", List.of()),
                Arguments.of("Vladimir Putin e Xi Jinping sono stati ricevuti nel palazzo.", "2024-06-21", List.of()),
                Arguments.of("Sergei Lavrov ha incontrato Choe Son-hui. L'incontro si è svolto lunedì a Mosca.", "2024-11-06",
                        List.of("MEETING PARTICIPANT=[person/choe-son-hui, person/sergei-lavrov] place=place/moscow date=2024-11-04")),
                Arguments.of("Il presidente russo Vladimir Putin è arrivato a Pyongyang martedì.", "2024-06-21",
                        List.of("VISIT VISITOR=[person/vladimir-putin] DESTINATION=[place/pyongyang] date=2024-06-18")),
                Arguments.of("La visita di Sergei Shoigu in Corea del Nord è durata due giorni.", "2024-09-14",
                        List.of("VISIT VISITOR=[person/sergei-shoigu] DESTINATION=[country/north-korea] date=2024-09-14")),
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
                        List.of("MEETING PARTICIPANT=[person/kim-jong-un, person/vladimir-putin] date=2024-06-21")),
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
                        List.of("MEETING PARTICIPANT=[person/kim-jong-un, person/vladimir-putin] place=place/moscow",
                                "VISIT VISITOR=[person/kim-jong-un] DESTINATION=[place/moscow]")),
                Arguments.of("Xi Jinping e Alexander Lukashenko si incontreranno a Minsk.", "2024-11-30",
                        List.of("MEETING PARTICIPANT=[person/alexander-lukashenko, person/xi-jinping] place=place/minsk")),
                // the part of speech tells a verb from the noun it is spelt like
                Arguments.of("La Russia accordò alla Corea del Nord un prestito.", "2024-11-30", List.of()),
                Arguments.of("Russia e Corea del Nord hanno trattato la questione dei confini.", "2024-11-30", List.of()),
                // dates: a bound is no date of the event; a date of another clause is not its date either
                Arguments.of("Xi Jinping è arrivato in Russia, la prima volta dal 2019.", "2024-05-08",
                        List.of("VISIT VISITOR=[person/xi-jinping] DESTINATION=[country/russia] date=2024-05-08")),
                Arguments.of("Sergei Lavrov ha incontrato Choe Son-hui a Mosca, come aveva fatto lunedì con Wang Yi.", "2024-11-06",
                        List.of("MEETING PARTICIPANT=[person/choe-son-hui, person/sergei-lavrov] place=place/moscow date=2024-11-06")),
                Arguments.of("Vladimir Putin ha incontrato oggi, 19 giugno, Kim Jong-un a Pyongyang.", "2024-06-21",
                        List.of("MEETING PARTICIPANT=[person/kim-jong-un, person/vladimir-putin] place=place/pyongyang date=2024-06-19")),
                Arguments.of("Nel pomeriggio Sergei Lavrov ha ricevuto a Mosca Choe Son-hui.", "2024-11-05",
                        List.of("MEETING PARTICIPANT=[person/choe-son-hui, person/sergei-lavrov] place=place/moscow date=2024-11-05",
                                "VISIT VISITOR=[person/choe-son-hui] DESTINATION=[place/moscow] date=2024-11-05")),
                // an event told in the past remote, the pluperfect or the future is not the news of the publication day
                Arguments.of("Sergei Shoigu visitò Pyongyang.", "2024-09-14",
                        List.of("VISIT VISITOR=[person/sergei-shoigu] DESTINATION=[place/pyongyang]")),
                Arguments.of("Vladimir Putin si era recato a Pyongyang.", "2024-09-14",
                        List.of("VISIT VISITOR=[person/vladimir-putin] DESTINATION=[place/pyongyang]")),
                Arguments.of("Xi Jinping visiterà Mosca.", "2024-09-14",
                        List.of("VISIT VISITOR=[person/xi-jinping] DESTINATION=[place/moscow]")),
                // meetings: who, from the clause's roles; a guest received abroad has visited
                Arguments.of("Il ministro degli Esteri cinese Wang Yi è stato ricevuto con grande cordialità in Giappone da Shigeru Ishiba.", "2024-11-05",
                        List.of("MEETING PARTICIPANT=[person/shigeru-ishiba, person/wang-yi] place=country/japan date=2024-11-05",
                                "VISIT VISITOR=[person/wang-yi] DESTINATION=[country/japan] date=2024-11-05")),
                Arguments.of("Kim Jong-un ha ricevuto a Pyongyang Sergei Shoigu.", "2024-09-14",
                        List.of("MEETING PARTICIPANT=[person/kim-jong-un, person/sergei-shoigu] place=place/pyongyang date=2024-09-14",
                                "VISIT VISITOR=[person/sergei-shoigu] DESTINATION=[place/pyongyang] date=2024-09-14")),
                Arguments.of("Sergei Lavrov ha avuto un colloquio con i giornalisti nelle stesse ore in cui Kim Jong-un parlava alla radio.", "2024-11-05",
                        List.of()),
                Arguments.of("Vladimir Putin ha parlato al telefono con Kim Jong-un.", "2024-11-05", List.of()),
                // a subject left out goes on with the last supplier and recipient, whatever the materiel
                Arguments.of("La Corea del Nord ha inviato truppe in Russia. Ha inoltre inviato missili balistici per l'invasione dell'Ucraina.", "2024-11-06",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/north-korea] RECIPIENT=[country/russia] TROOPS",
                                "MILITARY_SUPPORT PROVIDER=[country/north-korea] RECIPIENT=[country/russia] MISSILES")),
                // a title's bare "durante visita": the subject's trip
                Arguments.of("Meloni firma l'intesa sul gas durante visita ad Algeri", "2024-11-06",
                        List.of("VISIT VISITOR=[person/giorgia-meloni] DESTINATION=[place/algiers] date=2024-11-06")),
                // who concludes a summit held it
                Arguments.of("Giorgia Meloni e Emmanuel Macron hanno concluso il vertice a Parigi lunedì.", "2024-11-06",
                        List.of("MEETING PARTICIPANT=[person/emmanuel-macron, person/giorgia-meloni] place=place/paris date=2024-11-04")),
                // the partner of a discussion may follow its object
                Arguments.of("Giorgia Meloni ha discusso di migranti con Emmanuel Macron a Parigi lunedì.", "2024-11-06",
                        List.of("MEETING PARTICIPANT=[person/emmanuel-macron, person/giorgia-meloni] place=place/paris date=2024-11-04")),
                Arguments.of("Giorgia Meloni ha discusso di migranti con Emmanuel Macron in una telefonata lunedì.", "2024-11-06", List.of()),
                Arguments.of("Kim Jong-un ha deciso di non tenere un incontro con Vladimir Putin.", "2024-11-05", List.of()),
                Arguments.of("Faccia a faccia tra Vladimir Putin e Xi Jinping a Mosca.", "2024-05-16",
                        List.of("MEETING PARTICIPANT=[person/vladimir-putin, person/xi-jinping] place=place/moscow date=2024-05-16")),
                Arguments.of("I negoziati diretti tra Russia e Ucraina sono ripresi.", "2025-05-16",
                        List.of("MEETING PARTICIPANT=[country/russia, country/ukraine] date=2025-05-16")),
                Arguments.of("Jens Stoltenberg è a Kiev dove, assieme a Mark Rutte, ha incontrato Volodymyr Zelensky.", "2024-04-29",
                        List.of("MEETING PARTICIPANT=[person/jens-stoltenberg, person/mark-rutte, person/volodymyr-zelensky] place=place/kyiv date=2024-04-29")),
                Arguments.of("Joe Biden ha salutato Xi Jinping. Poi è iniziato il colloquio tra i due leader.", "2023-11-15",
                        List.of("MEETING PARTICIPANT=[person/joe-biden, person/xi-jinping] date=2023-11-15")),
                Arguments.of("Vladimir Putin e Xi Jinping si sono incontrati nella città costiera di Vladivostok.", "2024-05-16",
                        List.of("MEETING PARTICIPANT=[person/vladimir-putin, person/xi-jinping] place=place/vladivostok date=2024-05-16")),
                Arguments.of("Vladimir Putin ha incontrato Kim Jong-un per discutere della guerra in Ucraina.", "2024-06-19",
                        List.of("MEETING PARTICIPANT=[person/kim-jong-un, person/vladimir-putin] date=2024-06-19")),
                Arguments.of("Vladimir Putin ha incontrato Kim Jong-un prima della scadenza dell'ultimatum del 9 agosto.", "2025-08-06",
                        List.of("MEETING PARTICIPANT=[person/kim-jong-un, person/vladimir-putin] date=2025-08-06")),
                // visits: the subject's own trip, not an invitation; a traveller meeting people in another country went there
                Arguments.of("Wang Yi ha ringraziato Antony Blinken per averlo invitato a visitare gli Stati Uniti in primavera.", "2023-09-13", List.of()),
                Arguments.of("Durante la sua visita a Mosca, Xi Jinping ha incontrato Vladimir Putin.", "2025-05-08",
                        List.of("MEETING PARTICIPANT=[person/vladimir-putin, person/xi-jinping] place=place/moscow date=2025-05-08",
                                "VISIT VISITOR=[person/xi-jinping] DESTINATION=[place/moscow] date=2025-05-08")),
                Arguments.of("Wang Yi è arrivato a Mosca. Lunedì Wang Yi era a Berlino, dove ha incontrato Mark Rutte.", "2023-02-22",
                        List.of("VISIT VISITOR=[person/wang-yi] DESTINATION=[place/moscow] date=2023-02-22",
                                "MEETING PARTICIPANT=[person/mark-rutte, person/wang-yi] place=place/berlin date=2023-02-20",
                                "VISIT VISITOR=[person/wang-yi] DESTINATION=[place/berlin] date=2023-02-20")),
                // agreements on any subject; parties from the clause, not from every country the sentence names
                Arguments.of("Il Giappone ha sottoscritto con la Francia un accordo sulle terre rare.", "2024-03-01",
                        List.of("AGREEMENT PARTY=[country/france, country/japan] signed=2024-03-01")),
                Arguments.of("Giappone e India hanno firmato una dichiarazione congiunta sulla cantieristica navale.", "2025-11-17",
                        List.of("AGREEMENT PARTY=[country/india, country/japan] signed=2025-11-17")),
                Arguments.of("Dopo il rilascio degli ostaggi israeliani, in Egitto si è tenuto il vertice per la firma degli accordi di pace.", "2025-10-13",
                        List.of()),
                Arguments.of("È stato firmato il trattato di partenariato strategico globale tra Russia e Corea del Nord.", "2024-06-19",
                        List.of("AGREEMENT PARTY=[country/north-korea, country/russia] signed=2024-06-19")),
                Arguments.of("La Corea del Nord è pronta. Secondo Pyongyang, il trattato firmato con la Russia nel giugno 2024 lo prevede.", "2025-04-28",
                        List.of("AGREEMENT PARTY=[country/north-korea, country/russia] signed=2024-06 claimed=[country/north-korea]")),
                // leaders who sign together today met, where the visitor among them went; a signing dated in the past did not
                Arguments.of("Vladimir Putin è atterrato a Pyongyang. Putin e Kim Jong-un firmano il trattato.", "2024-06-19",
                        List.of("VISIT VISITOR=[person/vladimir-putin] DESTINATION=[place/pyongyang] date=2024-06-19",
                                "AGREEMENT PARTY=[country/north-korea, country/russia] SIGNATORY=[person/kim-jong-un, person/vladimir-putin] signed=2024-06-19",
                                "MEETING PARTICIPANT=[person/kim-jong-un, person/vladimir-putin] place=place/pyongyang date=2024-06-19")),
                Arguments.of("Kim Jong-un e Vladimir Putin hanno concluso un patto firmato a giugno.", "2024-11-01",
                        List.of("AGREEMENT PARTY=[country/north-korea, country/russia] SIGNATORY=[person/kim-jong-un, person/vladimir-putin] signed=2024-06")),
                Arguments.of("Russia e Corea del Nord hanno firmato un trattato a giugno, quello che prevede l'aiuto militare reciproco in caso di attacco.", "2024-11-30",
                        List.of("AGREEMENT PARTY=[country/north-korea, country/russia] signed=2024-06 mutual")),
                Arguments.of("La Corea del Nord manda soldati in Russia. Il Cremlino nega che sia stato firmato un accordo con Pyongyang.", "2024-11-30",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/north-korea] RECIPIENT=[country/russia] TROOPS")),
                // ratification dated before its verb; a treaty named by another year is another treaty
                Arguments.of("Il 9 novembre Vladimir Putin ha ratificato il trattato con la Corea del Nord.", "2024-11-30",
                        List.of("AGREEMENT PARTY=[country/north-korea, country/russia] ratified=2024-11-09 by [country/russia]")),
                Arguments.of("Russia e Corea del Nord hanno firmato un trattato a giugno. Il trattato del 2000 tra Russia e Corea del Nord era più debole.", "2024-11-30",
                        List.of("AGREEMENT PARTY=[country/north-korea, country/russia] signed=2024-06",
                                "AGREEMENT PARTY=[country/north-korea, country/russia] signed=2000")),
                // coordination: "e" comes before a list's last member; "con X e Y" with no one else is no meeting of X and Y
                Arguments.of("Dopo il colloquio fra Xi Jinping e Sergei Lavrov, Donald Trump è partito per Parigi.", "2025-03-01",
                        List.of("MEETING PARTICIPANT=[person/sergei-lavrov, person/xi-jinping] date=2025-03-01")),
                Arguments.of("Non c'è il clima difficile degli incontri con Xi Jinping e Narendra Modi.", "2025-03-01", List.of()),
                Arguments.of("Donald Trump ha avuto un incontro con Xi Jinping e Narendra Modi.", "2025-03-01",
                        List.of("MEETING PARTICIPANT=[person/donald-trump, person/narendra-modi, person/xi-jinping] date=2025-03-01")),
                Arguments.of("Donald Trump ha incontrato Xi Jinping e Narendra Modi.", "2025-03-01",
                        List.of("MEETING PARTICIPANT=[person/donald-trump, person/narendra-modi, person/xi-jinping] date=2025-03-01")),
                // entry into force is a date of its own, told in any tense
                Arguments.of("L'accordo commerciale tra Giappone e India entrerà in vigore il 1° marzo 2026.", "2025-12-10",
                        List.of("AGREEMENT PARTY=[country/india, country/japan] in-force=2026-03-01")),
                Arguments.of("Il trattato tra Francia e Germania, firmato a gennaio, è entrato in vigore a maggio.", "2024-11-30",
                        List.of("AGREEMENT PARTY=[country/france, country/germany] signed=2024-01 in-force=2024-05")),
                Arguments.of("Il patto tra Brasile e Argentina non è ancora entrato in vigore.", "2024-11-30",
                        List.of("AGREEMENT PARTY=[country/argentina, country/brazil]")),
                Arguments.of("Il patto tra Brasile e Argentina non entrerà in vigore il 1° gennaio.", "2024-11-30",
                        List.of("AGREEMENT PARTY=[country/argentina, country/brazil]")),
                // a participle known by its reading, not by its ending, names its signer after "da"
                Arguments.of("Il trattato tra Russia e Corea del Nord, sottoscritto da Vladimir Putin, è in vigore.", "2024-11-30",
                        List.of("AGREEMENT PARTY=[country/north-korea, country/russia] SIGNATORY=[person/vladimir-putin]")),
                // military support: materiel beyond the seeds', roles from the clause
                Arguments.of("La Francia fornirà caccia Mirage all'Ucraina.", "2024-06-06",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/france] RECIPIENT=[country/ukraine] WEAPONS")),
                Arguments.of("La Germania ha consegnato all'Ucraina due sistemi Patriot.", "2025-09-09",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/germany] RECIPIENT=[country/ukraine] AIR_DEFENCE 2 EXACTLY")),
                Arguments.of("Istruttori militari russi sono arrivati in Mongolia.", "2024-04-12",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/russia] RECIPIENT=[country/mongolia] TROOPS")),
                Arguments.of("La Cina “installerà batterie antiaeree” in Laos, ha detto la radio di Stato.", "2024-04-12",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/china] RECIPIENT=[country/laos] AIR_DEFENCE")),
                Arguments.of("Volodymyr Zelensky ha ringraziato il governo tedesco per i carri armati inviati da Berlino a sostegno della lotta di Kiev contro l'invasione russa.", "2025-09-03",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/germany] RECIPIENT=[country/ukraine] WEAPONS claimed=[person/volodymyr-zelensky]")),
                Arguments.of("La Russia ha rafforzato il sostegno a Teheran, inviando all'esercito iraniano droni per la sua campagna in Siria.", "2024-09-10",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/russia] RECIPIENT=[country/iran] WEAPONS")),
                Arguments.of("Il regime iraniano ha fornito droni alla Russia.", "2024-09-10",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/iran] RECIPIENT=[country/russia] WEAPONS")),
                Arguments.of("La presenza di mille soldati americani sul territorio giapponese preoccupa Pechino.", "2024-09-10",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/united-states] RECIPIENT=[country/japan] TROOPS 1000 EXACTLY")),
                Arguments.of("Pechino ha condannato le nuove forniture di armi al Giappone.", "2025-09-09", List.of()),
                Arguments.of("La Germania e la Polonia hanno siglato un accordo per l'acquisizione da parte della Polonia di carri armati tedeschi.", "2025-11-17",
                        List.of("AGREEMENT PARTY=[country/germany, country/poland] signed=2025-11-17",
                                "MILITARY_SUPPORT PROVIDER=[country/germany] RECIPIENT=[country/poland] WEAPONS")),
                Arguments.of("L'India compra petrolio russo da anni.", "2025-09-09", List.of()),
                Arguments.of("La Spagna è pronta ad aiutare la Moldavia e lavora a un lotto di armi da spedire a Chisinau. Lo ha detto Kaja Kallas.", "2023-10-02",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/spain] RECIPIENT=[country/moldova] WEAPONS claimed=[person/kaja-kallas]",
                                "STATEMENT SPEAKER=[person/kaja-kallas] date=2023-10-02 quote=La Spagna è pronta ad aiutare la Moldavia e lavora a un lotto di armi da spedire a Chisinau")),
                // claims and denials: "secondo cui" opens a clause; "sia X sia Y" deny together; a supply told again adds to the first
                Arguments.of("Cresce il sospetto secondo cui Pyongyang fornisce missili alla Russia.", "2024-11-30",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/north-korea] RECIPIENT=[country/russia] MISSILES")),
                Arguments.of("Pyongyang fornisce proiettili alla Russia. Sia la Corea del Nord sia la Russia negano.", "2024-11-30",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/north-korea] RECIPIENT=[country/russia] MUNITIONS denied=[country/north-korea, country/russia]")),
                Arguments.of("La Corea del Nord ha consegnato missili a corto raggio alla Russia. Secondo funzionari sudcoreani erano circa 150 missili, consegnati in una base militare russa.", "2024-09-10",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/north-korea] RECIPIENT=[country/russia] MISSILES 150 ABOUT claimed=[country/south-korea]")),
                // one person's visits to one place on days far apart are two visits; days close together are one
                Arguments.of("Il premier spagnolo è arrivato a Berlino il 4 marzo. Sánchez era già stato in visita a Berlino il 10 novembre 2024.", "2025-03-05",
                        List.of("VISIT VISITOR=[person/pedro-sanchez] DESTINATION=[place/berlin] date=2025-03-04",
                                "VISIT VISITOR=[person/pedro-sanchez] DESTINATION=[place/berlin] date=2024-11-10")),
                Arguments.of("Il premier spagnolo è arrivato a Berlino il 4 marzo. La visita di Sánchez a Berlino si è conclusa il 6 marzo.", "2025-03-07",
                        List.of("VISIT VISITOR=[person/pedro-sanchez] DESTINATION=[place/berlin] date=2025-03-04")),
                // a relative clause set off by a comma tells of the noun before it, in its own time
                Arguments.of("Il premier spagnolo ha incontrato Mario Bianchi, che era stato nominato ministro a maggio.", "2025-03-05",
                        List.of("MEETING PARTICIPANT=[person/mario-bianchi, person/pedro-sanchez] date=2025-03-05")),
                // who ratified: the subject, the agent after "da", a state body named by its nationality; they are parties too
                Arguments.of("Il parlamento giapponese ha ratificato l'accordo con la Corea del Sud.", "2025-06-10",
                        List.of("AGREEMENT PARTY=[country/japan, country/south-korea] ratified=2025-06-10 by [country/japan]")),
                Arguments.of("La Duma ha ratificato il trattato con la Corea del Nord il 24 ottobre.", "2024-11-20",
                        List.of("AGREEMENT PARTY=[country/north-korea, country/russia] ratified=2024-10-24 by [country/russia]")),
                Arguments.of("L'accordo firmato da Giappone e Corea del Sud è stato ratificato dal parlamento sudcoreano a maggio.", "2025-06-10",
                        List.of("AGREEMENT PARTY=[country/japan, country/south-korea] ratified=2025-05 by [country/south-korea]")),
                Arguments.of("Il governo giapponese ha firmato un accordo con la Corea del Sud.", "2025-06-10",
                        List.of("AGREEMENT PARTY=[country/japan, country/south-korea] signed=2025-06-10")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheEventsAReaderFinds(String text, String published, List<String> expected) {
        ArticleSource source = new ArticleSource("test.txt", "test", Optional.empty(),
                Optional.of(LocalDate.parse(published)), Optional.of("it"));
        Document d = converter.analyse(source, text);
        assertEquals(expected, d.events().stream().map(e -> summary(d, e)).toList());
    }

    /** An event as one line of the tables: type, roles, place, date, quote, claims, materiel, amount, attribution. */
    static String summary(Document d, Event e) {
        StringBuilder s = new StringBuilder(e.type().name());
        new TreeMap<>(e.arguments()).forEach((r, ids) -> s.append(' ').append(r).append('=').append(new TreeSet<>(ids)));
        e.place().ifPresent(p -> s.append(" place=").append(p));
        e.date().flatMap(t -> t.value()).ifPresent(v -> s.append(" date=").append(v));
        e.quote().ifPresent(q -> s.append(" quote=").append(d.text(q)));
        e.dateClaims().forEach(c -> s.append(' ').append(switch (c.relation()) {
            case SIGNED -> "signed=";
            case RATIFIED -> "ratified=";
            case IN_FORCE -> "in-force=";
        }).append(c.timex().value().orElse("?")).append(c.parties().isEmpty() ? "" : " by " + new TreeSet<>(c.parties())));
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
