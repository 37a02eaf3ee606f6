package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code newsgraph eval} end to end on the hand-written test output: exit codes, text and JSON. */
class EvalCommandTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    static String resource(String name) {
        try {
            return Path.of(EvalCommandTest.class.getResource("/eval/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void scoresAnRdfFileAsTextTable() {
        Run r = run("eval", "--gold", resource("gold"), resource("perfect.trig"), "--min-f1", "1");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("overall (micro)       11     0     0     1.000   1.000   1.000"), r.out());
        assertTrue(r.out().contains("evidence exact: 5/5 events (100.0 %)"), r.out());
    }

    @Test
    void jsonOutputParses() {
        Run r = run("eval", "--gold", resource("gold"), "--format", "json", resource("perfect.trig"));
        assertEquals(0, r.exit(), r.err());
        JsonObject json = JSON.parse(r.out());
        assertEquals(1.0, json.getObj("overall").getNumber("f1").doubleValue(), 1e-9);
        assertEquals("a1.txt", json.getObj("articles").get("scored").getAsArray().get(0).getAsString().value());
    }

    @ParameterizedTest(name = "{0} → exit 2")
    @CsvSource(delimiter = '|', value = {
            "no --gold                  | ",
            "unknown format             | --format xml",
            "--min-f1 above 1           | --min-f1 1.1",
            "--min-f1 below 0           | --min-f1 -0.1",
            "--min-f1 not a number      | --min-f1 high",
            "gold folder does not exist | --gold /no/such/gold/folder",
    })
    void badUsageExitsTwo(String what, String options) {
        List<String> args = new ArrayList<>(List.of("eval"));
        if (options != null) {
            args.addAll(List.of(options.trim().split("\\s+")));
        }
        if (!args.contains("--gold") && !what.startsWith("no --gold")) {
            args.addAll(List.of("--gold", resource("gold")));
        }
        args.add(resource("perfect.trig"));
        Run r = run(args.toArray(String[]::new));
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith("newsgraph eval: "), r.err());
        assertEquals("", r.out());
    }

    @Test
    void belowMinF1ExitsOne(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.trig"), "");
        Run r = run("eval", "--gold", resource("gold"), "--min-f1", "0.5", empty.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("overall F1 0.000 is below --min-f1 0.5"), r.err());
        assertTrue(r.out().contains("article not found in the output"), r.out());
    }

    @Test
    void malformedGoldExitsOneNamingTheFile(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("x.gold.json"), "{ \"article\": ");
        Run r = run("eval", "--gold", dir.toString(), resource("perfect.trig"));
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains(bad.toString() + ": not valid JSON"), r.err());
    }

    @Test
    void unreadableRdfExitsOneNamingTheFile(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("broken.trig"), "this is not trig");
        Run r = run("eval", "--gold", resource("gold"), bad.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains(bad.toString() + ": not readable as RDF"), r.err());
    }
}
