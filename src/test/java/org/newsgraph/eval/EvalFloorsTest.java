package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.cli.Main;

/**
 * The accuracy floors of {@code src/test/resources/eval/floors.tsv}: the real {@code newsgraph eval}
 * runs on each gold set (the seeds, the team's held-out articles and, where {@code ../shared} lies
 * beside the project, the third-party dev articles) and no figure may fall below its floor.
 */
class EvalFloorsTest {

    private static final Path FLOORS = Path.of("src/test/resources/eval/floors.tsv");
    private static final Map<String, JsonObject> REPORTS = new HashMap<>();

    /** Where each set's articles and gold lie, relative to the project. */
    private static final Map<String, List<Path>> SETS = Map.of(
            "seeds", List.of(Path.of("seeds"), Path.of("seeds/gold")),
            "heldout", List.of(Path.of("src/test/resources/heldout"), Path.of("src/test/resources/heldout/gold")),
            "dev", List.of(Path.of("../shared/eval/dev"), Path.of("../shared/eval/dev")),
            "dev-en", List.of(Path.of("../shared/eval/dev-en"), Path.of("../shared/eval/dev-en")));

    static Stream<Arguments> floors() throws IOException {
        return Files.readAllLines(FLOORS, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("set\t"))
                .map(l -> l.split("\t"))
                .map(c -> Arguments.of(c[0], c[1], Double.parseDouble(c[2])));
    }

    @ParameterizedTest(name = "{0} {1} ≥ {2}")
    @MethodSource("floors")
    void figureStaysAtOrAboveItsFloor(String set, String figure, double floor) {
        List<Path> where = SETS.get(set);
        assertTrue(where != null, "floors.tsv names an unknown set: " + set);
        assumeTrue(Files.isDirectory(where.get(0)), () -> "skipped: " + where.get(0).toAbsolutePath().normalize()
                + " is absent; the " + set + " floors are checked where ../shared lies beside the project (CI has it)");
        double value = figure(REPORTS.computeIfAbsent(set, s -> eval(where.get(0), where.get(1))), figure);
        assertTrue(value >= floor, String.format(Locale.ROOT,
                "%s %s fell to %.4f, below its floor %.3f (run: newsgraph eval --gold %s %s)",
                set, figure, value, floor, where.get(1), where.get(0)));
    }

    private static double figure(JsonObject report, String figure) {
        return switch (figure) {
            case "overall-f1" -> report.getObj("overall").getNumber("f1").doubleValue();
            case "events-f1" -> report.getObj("events").getNumber("f1").doubleValue();
            case "attribute-accuracy" -> report.getObj("attributes").getObj("overall").getNumber("share").doubleValue();
            case "evidence-exact" -> report.getObj("evidence").getNumber("share").doubleValue();
            default -> throw new IllegalArgumentException("floors.tsv names an unknown figure: " + figure);
        };
    }

    private static JsonObject eval(Path articles, Path gold) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"eval", "--format", "json", "--gold", gold.toString(), articles.toString()},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, exit, () -> "eval of " + articles + " failed: " + err);
        return JSON.parse(out.toString());
    }
}
