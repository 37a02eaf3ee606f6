package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.eval.EvalReport.Counts;
import org.newsgraph.eval.EvalReport.Finding.Kind;
import org.newsgraph.eval.EvalReport.Tally;
import org.newsgraph.eval.GoldEvent.Category;

/** Pins the scorer on a hand-written perfect output (eval/perfect.trig) and small edits to it. */
class ScorerTest {

    @Test
    void perfectOutputScoresOne() {
        EvalReport r = EvalFixtures.score("");
        for (Category c : Category.values()) {
            assertEquals(1.0, r.category(c).f1(), c.key());
        }
        assertEquals(new Counts(11, 0, 0), r.overall());
        assertEquals(new Tally(8, 8), r.attributesOverall());
        assertEquals(new Tally(5, 5), r.evidence());
        assertEquals(List.of(), r.findings());
        assertEquals(List.of("a1.txt"), r.scoredArticles());
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of("a missing meeting lowers recall, not precision",
                        "DELETE WHERE { GRAPH ?g { event:meeting ?p ?o } }",
                        check(r -> {
                            assertEquals(new Counts(0, 0, 1), r.category(Category.MEETINGS));
                            assertEquals(new Counts(10, 0, 1), r.overall());
                            assertEquals(1, count(r, Kind.MISS));
                        })),
                Arguments.of("a second node for one statement is a false positive",
                        "INSERT { GRAPH ?g { event:statement2 ?p ?o } } WHERE { GRAPH ?g { event:statement ?p ?o } }",
                        check(r -> {
                            assertEquals(new Counts(1, 1, 0), r.category(Category.STATEMENTS));
                            assertTrue(r.findings().get(0).item().contains("duplicate"), r.findings().toString());
                        })),
                Arguments.of("an optional actor left out is not penalised",
                        "DELETE WHERE { GRAPH ?g { org:ansa ?p ?o } }",
                        check(r -> assertEquals(new Counts(6, 0, 0), r.category(Category.ACTORS)))),
                Arguments.of("an optional statement found is neither rewarded nor penalised",
                        "INSERT DATA { GRAPH graph:a1 { event:ansa a ng:Event, ng:Statement ; ng:mentionedIn art:a1 ;"
                                + " ng:speaker org:ansa ; ng:quote \"lo riporta l’ANSA\" ; ng:evidence mention:24-120 } }",
                        check(r -> assertEquals(new Counts(1, 0, 0), r.category(Category.STATEMENTS)))),
                Arguments.of("an entity no gold actor names is a false positive",
                        "INSERT DATA { GRAPH graph:a1 { person:verdi a ng:Person ; rdfs:label \"Giulio Verdi\" ;"
                                + " ng:mentionedIn art:a1 } }",
                        check(r -> assertEquals(new Counts(6, 1, 0), r.category(Category.ACTORS)))),
                Arguments.of("a second node for one actor (a near spelling) is a false positive",
                        "INSERT DATA { GRAPH graph:a1 { person:rosi a ng:Person ; rdfs:label \"Mario Rosi\" ;"
                                + " ng:mentionedIn art:a1 } }",
                        check(r -> {
                            assertEquals(new Counts(6, 1, 0), r.category(Category.ACTORS));
                            assertTrue(r.findings().get(0).item().contains("second node for Mario Rossi"));
                        })),
                Arguments.of("an entity of the wrong type does not match",
                        "DELETE DATA { GRAPH graph:a1 { country:france a ng:Country } };"
                                + " INSERT DATA { GRAPH graph:a1 { country:france a ng:Organization } }",
                        check(r -> {
                            assertEquals(new Counts(5, 1, 1), r.category(Category.ACTORS));
                            assertEquals(new Tally(0, 1), r.attribute("claimed_by"));
                        })),
                Arguments.of("a visit to a destination gold does not accept is missed and false",
                        "DELETE DATA { GRAPH graph:a1 { event:visit ng:destination country:italy } };"
                                + " INSERT DATA { GRAPH graph:a1 { event:visit ng:destination country:germany } }",
                        check(r -> assertEquals(new Counts(0, 1, 1), r.category(Category.VISITS)))),
                Arguments.of("a visit may name more than one acceptable destination",
                        "INSERT DATA { GRAPH graph:a1 { event:visit ng:destination place:rome } }",
                        check(r -> assertEquals(new Counts(1, 0, 0), r.category(Category.VISITS)))),
                Arguments.of("other materiel is another support",
                        "DELETE DATA { GRAPH graph:a1 { event:support ng:materiel ng:Troops } };"
                                + " INSERT DATA { GRAPH graph:a1 { event:support ng:materiel ng:Munitions } }",
                        check(r -> assertEquals(new Counts(0, 1, 1), r.category(Category.MILITARY_SUPPORT)))),
                Arguments.of("a quote that does not contain quote_start is another statement",
                        "DELETE WHERE { GRAPH ?g { event:statement ng:quote ?q } };"
                                + " INSERT DATA { GRAPH graph:a1 { event:statement ng:quote \"La cooperazione\" } }",
                        check(r -> assertEquals(new Counts(0, 1, 1), r.category(Category.STATEMENTS)))),
                Arguments.of("the qualifier is part of the quantity",
                        "DELETE DATA { GRAPH graph:a1 { event:support ng:quantityQualifier ng:MoreThan } };"
                                + " INSERT DATA { GRAPH graph:a1 { event:support ng:quantityQualifier ng:About } }",
                        check(r -> assertEquals(new Tally(0, 1), r.attribute("quantity")))),
                Arguments.of("claimed_by is compared as a set",
                        "INSERT DATA { GRAPH graph:a1 { event:support ng:claimedBy country:germany } }",
                        check(r -> assertEquals(new Tally(0, 1), r.attribute("claimed_by")))),
                Arguments.of("an empty denied_by in gold is a value: a denial found is wrong",
                        "INSERT DATA { GRAPH graph:a1 { event:support ng:deniedBy country:germany } }",
                        check(r -> assertEquals(new Tally(0, 1), r.attribute("denied_by")))),
                Arguments.of("a wrong meeting place",
                        "DELETE DATA { GRAPH graph:a1 { event:meeting ng:place place:rome } };"
                                + " INSERT DATA { GRAPH graph:a1 { event:meeting ng:place country:italy } }",
                        check(r -> assertEquals(new Tally(0, 1), r.attribute("place")))),
                Arguments.of("wrong evidence offsets lower exactness (two events share the mention)",
                        "DELETE WHERE { GRAPH ?g { mention:24-120 nif:beginIndex ?b } };"
                                + " INSERT DATA { GRAPH graph:a1 { mention:24-120 nif:beginIndex 25 } }",
                        check(r -> {
                            assertEquals(new Tally(3, 5), r.evidence());
                            assertEquals(2, count(r, Kind.OFFSETS));
                        })),
                Arguments.of("UTF-16 offsets are wrong: NIF offsets count code points",
                        "DELETE WHERE { GRAPH ?g { mention:121-163 nif:beginIndex ?b ; nif:endIndex ?e } };"
                                + " INSERT DATA { GRAPH graph:a1 { mention:121-163 nif:beginIndex 122 ; nif:endIndex 164 } }",
                        check(r -> assertEquals(new Tally(4, 5), r.evidence()))),
                Arguments.of("a wrong date claim's offsets make the agreement's evidence inexact",
                        "DELETE WHERE { GRAPH ?g { mention:279-296 nif:endIndex ?e } };"
                                + " INSERT DATA { GRAPH graph:a1 { mention:279-296 nif:endIndex 400 } }",
                        check(r -> assertEquals(new Tally(4, 5), r.evidence()))),
                Arguments.of("an event without evidence is not exact",
                        "DELETE WHERE { GRAPH ?g { event:support ng:evidence ?m } }",
                        check(r -> assertEquals(new Tally(4, 5), r.evidence()))),
                Arguments.of("an article missing from the output misses everything in its gold",
                        "DROP GRAPH graph:a1",
                        check(r -> {
                            assertEquals(List.of("a1.txt"), r.missingArticles());
                            assertEquals(new Counts(0, 0, 11), r.overall());
                        })));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void scoresEditedOutput(String what, String update, Consumer<EvalReport> expectation) {
        expectation.accept(EvalFixtures.score(update));
    }

    @ParameterizedTest(name = "gold 2024-05, output {0} → right: {1}")
    @CsvSource({
            "'\"2024-05-10\"^^xsd:date', true",
            "'\"2024-05\"^^xsd:gYearMonth', true",
            "'\"2024\"^^xsd:gYear', false",
            "'\"2024-06-10\"^^xsd:date', false",
    })
    void meetingDatesMatchByPrefix(String date, boolean right) {
        EvalReport r = EvalFixtures.score("DELETE WHERE { GRAPH ?g { event:meeting ng:date ?d } };"
                + " INSERT DATA { GRAPH graph:a1 { event:meeting ng:date " + date + " } }");
        // The meeting's gold date is 2024-05; the visit and the statement keep their right dates.
        assertEquals(new Tally(right ? 3 : 2, 3), r.attribute("date"));
    }

    @ParameterizedTest(name = "gold signed 2024-04 (also 2024-03), another claim {0} → right: {1}")
    @CsvSource({"2024-03, true", "2024-03-15, true", "2024-07, false", "2025, false"})
    void agreementsKeepEveryClaimedDate(String also, boolean right) {
        String literal = "\"" + also + "\"^^" + switch (also.length()) {
            case 4 -> "xsd:gYear";
            case 7 -> "xsd:gYearMonth";
            default -> "xsd:date";
        };
        EvalReport r = EvalFixtures.score("INSERT DATA { GRAPH graph:a1 { agreement:germany--italy ng:dateClaim claim:other ."
                + " claim:other a ng:DateClaim ; ng:claimedProperty ng:signedOn ; ng:claimedValue " + literal + " } }");
        assertEquals(new Tally(right ? 1 : 0, 1), r.attribute("signed"));
    }

    @Test
    void signedDateMustBeAmongTheClaims() {
        EvalReport r = EvalFixtures.score("DELETE WHERE { GRAPH ?g { agreement:germany--italy ng:signedOn ?d } };"
                + " DELETE WHERE { GRAPH ?g { claim:signed ng:claimedValue ?v } };"
                + " INSERT DATA { GRAPH graph:a1 { claim:signed ng:claimedValue \"2024-03\"^^xsd:gYearMonth } }");
        assertEquals(new Tally(0, 1), r.attribute("signed"));
    }

    @Test
    void jsonReportParses() {
        EvalReport r = EvalFixtures.score("DELETE WHERE { GRAPH ?g { event:meeting ?p ?o } }");
        JsonObject json = JSON.parse(ReportFormat.JSON_FORMAT.render(r));
        assertEquals(1, json.getObj("categories").getObj("meetings").getNumber("fn").intValue());
        assertEquals(r.overall().f1(), json.getObj("overall").getNumber("f1").doubleValue(), 1e-4);
        assertEquals(1.0, json.getObj("evidence").getNumber("share").doubleValue(), 1e-9);
        var findings = json.get("findings").getAsArray();
        assertEquals(1, findings.size());
        assertEquals("miss", findings.get(0).getAsObject().getString("kind"));
        assertTrue(json.getObj("attributes").get("ratified").getAsObject().get("share").isNull());
    }

    @Test
    void textReportListsMissesWithTheirSentence() {
        EvalReport r = EvalFixtures.score("DELETE WHERE { GRAPH ?g { event:statement ?p ?o } }");
        String text = ReportFormat.TEXT.render(r);
        assertTrue(text.contains("MISS    statements       statement by Mario Rossi"), text);
        assertTrue(text.contains("««La cooperazione è forte», ha detto Rossi.»"), text);
    }

    private static Consumer<EvalReport> check(Consumer<EvalReport> c) {
        return c;
    }

    private static long count(EvalReport r, Kind kind) {
        return r.findings().stream().filter(f -> f.kind() == kind).count();
    }
}
