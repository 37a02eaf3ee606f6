package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/**
 * English sentences written for this test, read by the same rules as Italian with the English profile, and the
 * events a careful reader finds in them. Published on Wednesday 6 November 2024.
 */
class EnglishEventExtractionTest {

    private static final String TITLE = "Leaders meet in the capital\n\n";

    private static Converter converter;

    @BeforeAll
    static void load() {
        converter = Converter.standard();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // the speaker before the quote, and after it in either order
                Arguments.of("Sergei Lavrov said: \"Russia will not abandon its allies.\"",
                        List.of("STATEMENT SPEAKER=[person/sergei-lavrov] date=2024-11-06 quote=Russia will not abandon its allies.")),
                Arguments.of("\"Russia will not abandon its allies,\" said Sergei Lavrov.",
                        List.of("STATEMENT SPEAKER=[person/sergei-lavrov] date=2024-11-06 quote=Russia will not abandon its allies")),
                Arguments.of("\"Russia will not abandon its allies,\" Sergei Lavrov said.",
                        List.of("STATEMENT SPEAKER=[person/sergei-lavrov] date=2024-11-06 quote=Russia will not abandon its allies")),
                Arguments.of("“Russia will not abandon its allies,” Sergei Lavrov told reporters on Tuesday.",
                        List.of("STATEMENT SPEAKER=[person/sergei-lavrov] date=2024-11-05 quote=Russia will not abandon its allies")),
                // a role before the name, and an organisation's name before a spokesman's, leave the person speaking
                Arguments.of("\"We will keep working with our partners,\" Foreign Secretary David Lammy said.",
                        List.of("STATEMENT SPEAKER=[person/david-lammy] date=2024-11-06 quote=We will keep working with our partners")),
                Arguments.of("\"The talks were useful,\" Kremlin spokesman Dmitry Peskov told reporters.",
                        List.of("STATEMENT SPEAKER=[person/dmitry-peskov] date=2024-11-06 quote=The talks were useful")),
                // a pronoun subject after the quote goes on with the person of the sentence before
                Arguments.of("Sergei Lavrov met Wang Yi in Beijing. \"The dialogue stays open to everyone,\" he said.",
                        List.of("MEETING PARTICIPANT=[person/sergei-lavrov, person/wang-yi] place=place/beijing date=2024-11-06",
                                "STATEMENT SPEAKER=[person/sergei-lavrov] date=2024-11-06 quote=The dialogue stays open to everyone")),
                // "it" stands for the institution of the sentence before
                Arguments.of("The Kremlin welcomed the vote. \"The decision is an important step,\" it said.",
                        List.of("STATEMENT SPEAKER=[organization/kremlin] date=2024-11-06 quote=The decision is an important step")),
                // reported speech with no "that", told to an audience
                Arguments.of("Sergei Lavrov told reporters the talks with Ukraine would resume next month.",
                        List.of("STATEMENT SPEAKER=[person/sergei-lavrov] date=2024-11-06 quote=the talks with Ukraine would resume next month")),
                Arguments.of("Sergei Lavrov said Russia has not sent troops to the region.",
                        List.of("STATEMENT SPEAKER=[person/sergei-lavrov] date=2024-11-06 quote=Russia has not sent troops to the region")),
                // an object after the verb is no reported clause
                Arguments.of("Sergei Lavrov said the words again in Geneva.", List.of()),
                // the frame closing a sentence of reported speech
                Arguments.of("The talks with Ukraine were useful, Sergei Lavrov said on Tuesday.",
                        List.of("STATEMENT SPEAKER=[person/sergei-lavrov] date=2024-11-05 quote=The talks with Ukraine were useful")),
                // "according to X" names its source past "to"
                Arguments.of("According to Sergei Lavrov, the talks were \"a useful first step\".",
                        List.of("STATEMENT SPEAKER=[person/sergei-lavrov] date=2024-11-06 quote=a useful first step")),
                Arguments.of("North Korea has sent troops to Russia, according to South Korea.",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/north-korea] RECIPIENT=[country/russia] TROOPS claimed=[country/south-korea]")),
                // a claim verb closing the sentence vouches for what it tells
                Arguments.of("North Korea has sent troops to Russia, South Korea said.",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/north-korea] RECIPIENT=[country/russia] TROOPS claimed=[country/south-korea]")),
                // a reported clause that opens a quote is that quote, once; a word or two before a comma is no statement
                Arguments.of("Sergei Lavrov said on Tuesday that \"the talks were useful. They will go on.\"",
                        List.of("STATEMENT SPEAKER=[person/sergei-lavrov] date=2024-11-05 quote=the talks were useful. They will go on.")),
                Arguments.of("Meanwhile, Sergei Lavrov said the talks were useful.",
                        List.of("STATEMENT SPEAKER=[person/sergei-lavrov] date=2024-11-06 quote=the talks were useful")),
                // after an article a word is no verb: a state visit states nothing
                Arguments.of("Xi Jinping arrived in Moscow on Monday for a state visit.",
                        List.of("VISIT VISITOR=[person/xi-jinping] DESTINATION=[place/moscow] date=2024-11-04")),
                // "as" after a speech verb opens no clause: the quote is what the subject called it
                Arguments.of("Sergei Lavrov described the talks as \"useful and frank\".",
                        List.of("STATEMENT SPEAKER=[person/sergei-lavrov] date=2024-11-06 quote=useful and frank")),
                // hedges; a claim verb in the passive hedges and claims nothing
                Arguments.of("North Korea reportedly sent troops to Russia.",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/north-korea] RECIPIENT=[country/russia] TROOPS hedged")),
                Arguments.of("North Korea is believed to have sent troops to Russia.",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/north-korea] RECIPIENT=[country/russia] TROOPS hedged")),
                Arguments.of("The United States accused Iran of sending drones to Russia.",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/iran] RECIPIENT=[country/russia] WEAPONS claimed=[country/united-states]")),
                Arguments.of("Iran denied sending drones to Russia.",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/iran] RECIPIENT=[country/russia] WEAPONS denied=[country/iran]")),
                Arguments.of("Sergei Lavrov did not meet Wang Yi in Beijing.", List.of()),
                Arguments.of("Sergei Lavrov didn't meet Wang Yi in Beijing.", List.of()),
                // a possessive leaves the name whole: the visitor of "X's visit"
                Arguments.of("The statement came during Xi Jinping's visit to Moscow.",
                        List.of("VISIT VISITOR=[person/xi-jinping] DESTINATION=[place/moscow] date=2024-11-06")),
                // talks are negotiations, which countries hold too; a hold-verb names who held them
                Arguments.of("Russia and Ukraine held a second round of direct talks in Istanbul on Monday.",
                        List.of("MEETING PARTICIPANT=[country/russia, country/ukraine] place=place/istanbul date=2024-11-04")),
                Arguments.of("Talks between Russia and Ukraine took place in Istanbul on Monday.",
                        List.of("MEETING PARTICIPANT=[country/russia, country/ukraine] place=place/istanbul date=2024-11-04")),
                // the object of "provide X with Y" receives
                Arguments.of("North Korea provided Russia with ballistic missiles.",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/north-korea] RECIPIENT=[country/russia] MISSILES")),
                // "received X from Y": the subject receives, and each country after "from" supplies what it names
                Arguments.of("Serbia has received tanks from Russia and drones from China.",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/russia] RECIPIENT=[country/serbia] WEAPONS",
                                "MILITARY_SUPPORT PROVIDER=[country/china] RECIPIENT=[country/serbia] WEAPONS")),
                // the nationality before the materiel supplies it, whoever speaks of the supply
                Arguments.of("The United States approved the delivery of German tanks to Ukraine.",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/germany] RECIPIENT=[country/ukraine] WEAPONS")),
                Arguments.of("North Korean troops arrived in Russia on Monday.",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/north-korea] RECIPIENT=[country/russia] date=2024-11-04 TROOPS")),
                // a negation heading the agreement's noun phrase; a partner no state stands for leaves no party to guess
                Arguments.of("Russia and Ukraine ended the talks without reaching a ceasefire agreement.", List.of()),
                Arguments.of("Egypt hosted the mediators in Cairo. Egypt said Israel is close to a deal with Hamas.", List.of()),
                // "and" joins the parties of a signing
                Arguments.of("Russia and China signed a partnership treaty in Moscow on Tuesday.",
                        List.of("AGREEMENT PARTY=[country/china, country/russia] place=place/moscow signed=2024-11-05")),
                // a determiner that makes the noun a kind of deal names no agreement
                Arguments.of("Japan will sanction the firms that broker these arms deals between Iran and Russia.", List.of()),
                Arguments.of("Russia and China signed such pacts with Iran in the past.", List.of()),
                // "signed" after its subject is the past, not a participle; the person the subject signs with signs too
                Arguments.of("Prime Minister Keir Starmer signed a defence agreement with Ukrainian President Volodymyr Zelenskyy in Kyiv on Monday.",
                        List.of("AGREEMENT PARTY=[country/ukraine, country/united-kingdom] SIGNATORY=[person/keir-starmer, person/volodymyr-zelensky] place=place/kyiv signed=2024-11-04",
                                "MEETING PARTICIPANT=[person/keir-starmer, person/volodymyr-zelensky] place=place/kyiv date=2024-11-04")),
                // "who signed": the past after a relative pronoun, whose antecedents sign
                Arguments.of("Russian President Vladimir Putin and Chinese President Xi Jinping, who signed the treaty in Moscow on Monday, praised it.",
                        List.of("AGREEMENT PARTY=[country/china, country/russia] SIGNATORY=[person/vladimir-putin, person/xi-jinping] place=place/moscow signed=2024-11-04",
                                "MEETING PARTICIPANT=[person/vladimir-putin, person/xi-jinping] place=place/moscow date=2024-11-04")),
                // a nationality before a role with no name after it means the one holder of that post
                Arguments.of("The French president met the Spanish prime minister in Paris on Thursday.",
                        List.of("MEETING PARTICIPANT=[person/emmanuel-macron, person/pedro-sanchez] place=place/paris date=2024-10-31")),
                Arguments.of("“We will remember this help for a long time,” continued the Chinese president.",
                        List.of("STATEMENT SPEAKER=[person/xi-jinping] date=2024-11-06 quote=We will remember this help for a long time")),
                // a pronoun subject goes on with the last supplier and recipient, whatever the materiel; the country
                // an invasion is "of" is attacked, not supplied
                Arguments.of("North Korea has sent troops to Russia. It also shipped ballistic missiles for Moscow's invasion of Ukraine.",
                        List.of("MILITARY_SUPPORT PROVIDER=[country/north-korea] RECIPIENT=[country/russia] TROOPS",
                                "MILITARY_SUPPORT PROVIDER=[country/north-korea] RECIPIENT=[country/russia] MISSILES")),
                // a headline's bare "during trip": the subject's trip; with an article the trip may be anyone's
                Arguments.of("Meloni signs energy pact during trip to Algiers",
                        List.of("VISIT VISITOR=[person/giorgia-meloni] DESTINATION=[place/algiers] date=2024-11-06")),
                // a gerund speaks with the main clause's subject, not with the object nearest to it
                Arguments.of("“We will stand with you,” Emmanuel Macron told Volodymyr Zelenskyy, promising that France would “do its share”.",
                        List.of("STATEMENT SPEAKER=[person/emmanuel-macron] date=2024-11-06 quote=We will stand with you",
                                "STATEMENT SPEAKER=[person/emmanuel-macron] date=2024-11-06 quote=do its share")),
                // a courtesy call on someone is made in person, abroad a visit too; a phone call on a day is neither
                Arguments.of("Foreign Minister Antonio Tajani made a courtesy call on Prime Minister Anwar Ibrahim in Kuala Lumpur on Monday.",
                        List.of("MEETING PARTICIPANT=[person/antonio-tajani, person/anwar-ibrahim] place=place/kuala-lumpur date=2024-11-04",
                                "VISIT VISITOR=[person/antonio-tajani] DESTINATION=[place/kuala-lumpur] date=2024-11-04")),
                Arguments.of("Foreign Minister Antonio Tajani had a phone call on Monday with Prime Minister Anwar Ibrahim.", List.of()),
                Arguments.of("Foreign Minister Antonio Tajani made a courtesy call on President Prabowo Subianto at the presidential palace on Monday.",
                        List.of("MEETING PARTICIPANT=[person/antonio-tajani, person/prabowo-subianto] date=2024-11-04",
                                "VISIT VISITOR=[person/antonio-tajani] DESTINATION=[country/indonesia]")),
                // who concludes or resumes a summit held it
                Arguments.of("Emmanuel Macron and Narendra Modi concluded their two-day summit in Marseille on Friday.",
                        List.of("MEETING PARTICIPANT=[person/emmanuel-macron, person/narendra-modi] place=place/marseille date=2024-11-01")),
                Arguments.of("Russia and Ukraine resumed talks in Istanbul on Monday.",
                        List.of("MEETING PARTICIPANT=[country/russia, country/ukraine] place=place/istanbul date=2024-11-04")),
                // an undated quote of a signer is dated by the signing of that week
                Arguments.of("Russia and China signed a partnership treaty on Monday. Russian President Vladimir Putin and Chinese President Xi Jinping, who signed the treaty together, praised it. \"It opens a new chapter,\" Putin said.",
                        List.of("AGREEMENT PARTY=[country/china, country/russia] SIGNATORY=[person/vladimir-putin, person/xi-jinping] signed=2024-11-04",
                                "MEETING PARTICIPANT=[person/vladimir-putin, person/xi-jinping]",
                                "STATEMENT SPEAKER=[person/vladimir-putin] date=2024-11-04 quote=It opens a new chapter")),
                // the partner of a discussion may follow its object, unless the clause says it was remote
                Arguments.of("Chancellor Olaf Scholz discussed air defence with President Emmanuel Macron in Paris on Monday.",
                        List.of("MEETING PARTICIPANT=[person/emmanuel-macron, person/olaf-scholz] place=place/paris date=2024-11-04")),
                Arguments.of("Chancellor Olaf Scholz discussed the supply of air defence systems with President Emmanuel Macron on Monday.",
                        List.of("MEETING PARTICIPANT=[person/emmanuel-macron, person/olaf-scholz] date=2024-11-04")),
                Arguments.of("Chancellor Olaf Scholz discussed air defence with President Emmanuel Macron by phone on Monday.", List.of()),
                Arguments.of("Chancellor Olaf Scholz talked with President Emmanuel Macron on the phone on Monday.", List.of()),
                // leaders who sign side by side met, even with no date or place; a signing a year back is background
                Arguments.of("French President Emmanuel Macron and his Indian counterpart Narendra Modi, who signed the accord together, praised it.",
                        List.of("AGREEMENT PARTY=[country/france, country/india] SIGNATORY=[person/emmanuel-macron, person/narendra-modi]",
                                "MEETING PARTICIPANT=[person/emmanuel-macron, person/narendra-modi]")),
                Arguments.of("French President Emmanuel Macron and his Indian counterpart Narendra Modi signed the accord in Paris in March 2023.",
                        List.of("AGREEMENT PARTY=[country/france, country/india] SIGNATORY=[person/emmanuel-macron, person/narendra-modi] place=place/paris signed=2023-03")),
                // the terms of mutual defence before the noun
                Arguments.of("Russia and Belarus signed a mutual defence treaty in Minsk on Monday.",
                        List.of("AGREEMENT PARTY=[country/belarus, country/russia] place=place/minsk signed=2024-11-04 mutual")),
                // meeting verbs: "held talks with", "hosted", "sat down with", "met with"
                Arguments.of("Before the summit, Sergei Lavrov held talks with Wang Yi on trade.",
                        List.of("MEETING PARTICIPANT=[person/sergei-lavrov, person/wang-yi] date=2024-11-06")),
                Arguments.of("Sergei Lavrov hosted Wang Yi in Moscow on Monday.",
                        List.of("MEETING PARTICIPANT=[person/sergei-lavrov, person/wang-yi] place=place/moscow date=2024-11-04",
                                "VISIT VISITOR=[person/wang-yi] DESTINATION=[place/moscow] date=2024-11-04")),
                Arguments.of("Sergei Lavrov sat down with Wang Yi in Beijing on Monday.",
                        List.of("MEETING PARTICIPANT=[person/sergei-lavrov, person/wang-yi] place=place/beijing date=2024-11-04")),
                Arguments.of("Sergei Lavrov met with Wang Yi in Beijing on Monday.",
                        List.of("MEETING PARTICIPANT=[person/sergei-lavrov, person/wang-yi] place=place/beijing date=2024-11-04")),
                // "after talks with X": the subject of the main clause had them
                Arguments.of("Sergei Lavrov met Antony Blinken in Geneva, after talks with Wang Yi.",
                        List.of("MEETING PARTICIPANT=[person/antony-blinken, person/sergei-lavrov] place=place/geneva date=2024-11-06",
                                "MEETING PARTICIPANT=[person/sergei-lavrov, person/wang-yi] date=2024-11-06")),
                Arguments.of("Sergei Lavrov met Antony Blinken in Geneva, after “long and frank” talks with Foreign Minister Wang Yi.",
                        List.of("MEETING PARTICIPANT=[person/antony-blinken, person/sergei-lavrov] place=place/geneva date=2024-11-06",
                                "MEETING PARTICIPANT=[person/sergei-lavrov, person/wang-yi] date=2024-11-06")),
                // lone surnames stand for the people named in full before: a double-barrelled one, and a Korean family name, written first
                Arguments.of("Defence Minister Kwon Jae-won and his Polish counterpart, Adam Nowak-Kowal, attended the ceremony. "
                                + "Before the ceremony, Kwon held talks with Nowak-Kowal on trade.",
                        List.of("MEETING PARTICIPANT=[person/adam-nowak-kowal, person/kwon-jae-won] date=2024-11-06")),
                // a call is no meeting in person
                Arguments.of("Sergei Lavrov spoke by phone with Wang Yi on Monday.", List.of()),
                Arguments.of("Sergei Lavrov held a phone call with Wang Yi on Monday.", List.of()),
                // a capitalised name after "the" is an institution, and an honorific before a name is a role
                Arguments.of("In a statement, the Royal Court said Sheikh Mohammed met with Antony Blinken.",
                        List.of("MEETING PARTICIPANT=[person/antony-blinken, person/mohammed] date=2024-11-06 claimed=[organization/royal-court]",
                                "STATEMENT SPEAKER=[organization/royal-court] date=2024-11-06 quote=Sheikh Mohammed met with Antony Blinken")),
                // a title on a title ("Emir Sheikh"), and a given name before "bin" standing for the whole name
                Arguments.of("Emir Sheikh Nasser bin Khalid Al Mansour met with Antony Blinken in Doha. Sheikh Nasser also hosted Wang Yi.",
                        List.of("MEETING PARTICIPANT=[person/antony-blinken, person/nasser-bin-khalid-al-mansour] place=place/doha date=2024-11-06",
                                "MEETING PARTICIPANT=[person/nasser-bin-khalid-al-mansour, person/wang-yi]")),
                Arguments.of("King Salman bin Abdulaziz Al Saud received Wang Yi in Riyadh. Sheikh Salman later met with Antony Blinken.",
                        List.of("MEETING PARTICIPANT=[person/salman-bin-abdulaziz, person/wang-yi] place=place/riyadh",
                                "VISIT VISITOR=[person/wang-yi] DESTINATION=[place/riyadh]",
                                "MEETING PARTICIPANT=[person/antony-blinken, person/salman-bin-abdulaziz] date=2024-11-06")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheEventsAReaderFinds(String text, List<String> expected) {
        ArticleSource source = new ArticleSource("test.txt", "test", Optional.empty(),
                Optional.of(LocalDate.parse("2024-11-06")), Optional.of("en"));
        Document d = converter.analyse(source, TITLE + text);
        assertEquals(expected, d.events().stream().map(e -> EventExtractionTest.summary(d, e)).toList());
    }
}
