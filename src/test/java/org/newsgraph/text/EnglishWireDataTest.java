package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.lang.Language;

/**
 * The English wire data (lang/en/boilerplate.tsv, lang/en/abbreviations.tsv) read by the cleaner and the
 * abbreviation table: datelines, agency credits and page chrome go, the article's prose stays.
 */
class EnglishWireDataTest {

    private static final BoilerplateCleaner CLEANER = BoilerplateCleaner.of(Language.of("en"));
    private static final Abbreviations ABBREVIATIONS = Abbreviations.of(Language.of("en"));

    private static final String PROSE = "The two ministers agreed on Tuesday to expand their military cooperation, "
            + "officials from both governments said after the talks.";

    /** A line of wire copy and the text the cleaner keeps of it, between two paragraphs of prose. */
    record Cleaned(String line, String kept) {
    }

    static Stream<Cleaned> lines() {
        return Stream.of(
                // datelines: the place where a report was filed and its agency are no mention
                new Cleaned("BEIJING (Reuters) - " + PROSE, PROSE),
                new Cleaned("KYIV, Ukraine (AP) — " + PROSE, PROSE),
                new Cleaned("LONDON, March 9 (Reuters) - " + PROSE, PROSE),
                new Cleaned("SEOUL, Oct. 14 (Yonhap) -- " + PROSE, PROSE),
                new Cleaned("WASHINGTON — " + PROSE, PROSE),
                new Cleaned("NEW DELHI, India — " + PROSE, PROSE),
                new Cleaned("MOSCOW, June 5. /TASS/. " + PROSE, PROSE),
                new Cleaned("(AP) — " + PROSE, PROSE),
                new Cleaned("Geneva, March 3 (AFP) – " + PROSE, PROSE),
                // credits, copyright and prompts
                new Cleaned("Reporting by Jane Roe in Seoul; Additional reporting by Ola Nowak; Editing by Tim Doe", ""),
                new Cleaned("Associated Press writer Sam Poe in Tokyo contributed to this report.", ""),
                new Cleaned("Copyright 2025 The Associated Press. All rights reserved.", ""),
                new Cleaned("© 2025 Reuters. All rights reserved", ""),
                new Cleaned("Sign up for our daily newsletter", ""),
                new Cleaned("Our Standards: The Thomson Reuters Trust Principles.", ""),
                new Cleaned("Advertisement", ""),
                new Cleaned("By JANE ROE and SAM POE, Associated Press", ""),
                new Cleaned("Updated 10:42 AM GMT+3, June 5, 2025", ""),
                new Cleaned("June 5, 2025, 10:42 a.m. ET", ""),
                new Cleaned("5 min read", ""),
                // prose that only looks like a dateline or a credit stays whole
                new Cleaned("Russia (the largest buyer) said the deliveries would go on despite the sanctions imposed last year.",
                        "Russia (the largest buyer) said the deliveries would go on despite the sanctions imposed last year."),
                new Cleaned("By Friday the delegations had agreed on a text that both parliaments are expected to ratify.",
                        "By Friday the delegations had agreed on a text that both parliaments are expected to ratify."));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void cleansWireCopy(Cleaned c) {
        String text = CLEANER.clean(PROSE + "\n\n" + c.line() + "\n\n" + PROSE).text();
        String expected = c.kept().isEmpty() ? PROSE + "\n\n" + PROSE : PROSE + "\n\n" + c.kept() + "\n\n" + PROSE;
        assertEquals(expected, text);
    }

    /** What "Read more:" introduces goes with it: the linked headlines. */
    @ParameterizedTest
    @MethodSource("readMore")
    void dropsLinkedHeadlines(String prompt) {
        String text = CLEANER.clean(PROSE + "\n\n" + prompt + "\nLeaders pledge closer ties at summit\n\n" + PROSE).text();
        assertEquals(PROSE + "\n\n" + PROSE, text);
    }

    static Stream<String> readMore() {
        return Stream.of("Read more:", "See also:", "RELATED:");
    }

    /** An abbreviation and what usually follows it, so whether its full stop may end a sentence. */
    record Abbreviated(String form, Abbreviations.Before before) {
    }

    static Stream<Abbreviated> abbreviations() {
        return Stream.of(
                new Abbreviated("Gen.", Abbreviations.Before.NAME),
                new Abbreviated("Lt.", Abbreviations.Before.NAME),
                new Abbreviated("Sen.", Abbreviations.Before.NAME),
                new Abbreviated("Mr.", Abbreviations.Before.NAME),
                new Abbreviated("U.S.", Abbreviations.Before.NAME),
                new Abbreviated("U.N.", Abbreviations.Before.NAME),
                new Abbreviated("Jan.", Abbreviations.Before.NUMBER),
                new Abbreviated("Sept.", Abbreviations.Before.NUMBER),
                new Abbreviated("No.", Abbreviations.Before.NUMBER),
                new Abbreviated("Inc.", Abbreviations.Before.ANY),
                new Abbreviated("Corp.", Abbreviations.Before.ANY),
                new Abbreviated("D.C.", Abbreviations.Before.ANY));
    }

    @ParameterizedTest
    @MethodSource("abbreviations")
    void knowsWireAbbreviations(Abbreviated a) {
        assertEquals(a.before(), ABBREVIATIONS.get(a.form()));
    }

    @ParameterizedTest
    @MethodSource("notAbbreviations")
    void knowsNoOrdinaryWordAsAnAbbreviation(String form) {
        assertEquals(null, ABBREVIATIONS.get(form));
    }

    static Stream<String> notAbbreviations() {
        return Stream.of("said.", "Moscow.", "talks.", "may.", "U.");
    }

    /** The tokenizer's look-up: how many characters of the text's start are one abbreviation with its full stop. */
    @ParameterizedTest
    @MethodSource("abbreviationsInText")
    void keepsTheFullStopOfAnAbbreviationInText(String text, int length) {
        assertEquals(length, ABBREVIATIONS.longestAt(text, 0, text.length()));
    }

    static Stream<Arguments> abbreviationsInText() {
        return Stream.of(
                Arguments.of("U.S. President", 4),
                Arguments.of("Gen. Ivanov", 4),
                Arguments.of("Sept. 11", 5),
                Arguments.of("Samsung", 0));
    }
}
