package org.newsgraph.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.document.Analysis;
import org.newsgraph.document.PartOfSpeech;

/**
 * The English language data (lang/en/) parses with the readers of the Italian data, in the columns and values of
 * its Italian counterpart, and every Italian file has an English counterpart or a reason why English needs none.
 */
class EnglishDataTest {

    /** Italian files that have no English counterpart, and why. */
    static final Map<String, String> ITALIAN_ONLY = Map.of(
            "apocopes.txt", "Italian truncates words with an apostrophe (\"po'\", \"mo'\"); an English apostrophe at a "
                    + "word's end is a possessive (\"leaders'\") or a closing quote, never part of the word",
            "verb-endings.tsv", "the shorthand stem{are} of Italian regular conjugations in triggers.tsv; English triggers "
                    + "name lemmas, and the English dictionary knows every form of its verbs");

    private static final Morphology ENGLISH = Morphology.forLanguage("en");
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    static Stream<String> italianFiles() throws IOException, URISyntaxException {
        URL dir = DataFile.class.getClassLoader().getResource("newsgraph/lang/it");
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    static Stream<String> englishFiles() throws IOException, URISyntaxException {
        URL dir = DataFile.class.getClassLoader().getResource("newsgraph/lang/en");
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("italianFiles")
    void everyItalianFileHasAnEnglishCounterpartOrAReason(String file) {
        boolean english = DataFile.class.getClassLoader().getResource("newsgraph/lang/en/" + file) != null;
        assertTrue(english ^ ITALIAN_ONLY.containsKey(file),
                file + (english ? " has an English counterpart but is listed as Italian-only"
                        : " has no English counterpart and no reason in ITALIAN_ONLY"));
    }

    @Test
    void italianOnlyNamesItalianFiles() throws Exception {
        Set<String> italian = italianFiles().collect(Collectors.toSet());
        assertTrue(italian.containsAll(ITALIAN_ONLY.keySet()), ITALIAN_ONLY.keySet() + " vs " + italian);
    }

    /** Every English file has an Italian counterpart whose reader it is written for, and the same columns. */
    @ParameterizedTest
    @MethodSource("englishFiles")
    void parsesInTheColumnsOfItsItalianCounterpart(String file) {
        if (file.endsWith(".tsv")) {
            List<List<String>> rows = DataFile.rows("en/" + file);
            assertFalse(rows.isEmpty(), file);
            assertEquals(DataFile.columns("it/" + file).size(), DataFile.columns("en/" + file).size(), file);
            rows.forEach(r -> r.forEach(cell -> assertEquals(cell.strip(), cell, file + ": spaces around '" + cell + "'")));
        } else {
            List<String> lines = DataFile.lines("en/" + file);
            assertFalse(lines.isEmpty(), file);
            assertEquals(lines.size(), new HashSet<>(lines).size(), file + " repeats a line");
            DataFile.lines("it/" + file);
        }
    }

    /** A column whose values the reader checks against a closed set. */
    record Closed(String file, int column) {
    }

    static Stream<Closed> closedColumns() {
        return Stream.of(
                new Closed("abbreviations.tsv", 1),
                new Closed("number-words.tsv", 2),
                new Closed("qualifiers.tsv", 1), new Closed("qualifiers.tsv", 2),
                new Closed("relative.tsv", 1),
                new Closed("time-directions.tsv", 1), new Closed("time-directions.tsv", 2),
                new Closed("time-modifiers.tsv", 1),
                new Closed("time-prepositions.tsv", 1),
                new Closed("org-heads.tsv", 1), new Closed("org-heads.tsv", 2),
                new Closed("place-heads.tsv", 1), new Closed("place-heads.tsv", 2),
                new Closed("materiel.tsv", 1), new Closed("materiel.tsv", 2),
                new Closed("triggers.tsv", 0),
                new Closed("countries.tsv", 1),
                new Closed("capitals.tsv", 3),
                new Closed("boilerplate.tsv", 0),
                new Closed("parts-of-speech.tsv", 1));
    }

    /** The Italian file's values are the ones its reader accepts (kinds, qualifiers, frames, yes/no…). */
    @ParameterizedTest
    @MethodSource("closedColumns")
    void closedColumnsTakeValuesTheReaderKnows(Closed c) {
        Set<String> known = column("it/" + c.file(), c.column());
        Set<String> used = column("en/" + c.file(), c.column());
        used.removeAll(known);
        assertEquals(Set.of(), used, c.file() + " column " + c.column() + " has values the Italian file never uses");
    }

    @Test
    void partsOfSpeechNameTheEnum() {
        DataFile.rows("en/parts-of-speech.tsv").forEach(r -> PartOfSpeech.valueOf(r.get(1)));
    }

    @Test
    void monthsAndWeekdaysAreNumberedOnceEach() {
        assertEquals(numbers(1, 12), new TreeSet<>(column("en/months.tsv", 1).stream().map(Integer::valueOf).toList()));
        assertEquals(12, DataFile.rows("en/months.tsv").size());
        assertEquals(numbers(1, 7), new TreeSet<>(column("en/weekdays.tsv", 1).stream().map(Integer::valueOf).toList()));
        assertEquals(7, DataFile.rows("en/weekdays.tsv").size());
    }

    @Test
    void numbersAreNumbers() {
        DataFile.rows("en/number-words.tsv").forEach(r -> new BigDecimal(r.get(1)));
        DataFile.rows("en/relative.tsv").forEach(r -> Integer.parseInt(r.get(2)));
    }

    @Test
    void abbreviationsEndInAFullStop() {
        DataFile.rows("en/abbreviations.tsv").forEach(r -> assertTrue(r.get(0).endsWith("."), r.get(0)));
    }

    /** Every lemma a trigger names is an English dictionary lemma, with a reading of the part of speech it asks for. */
    static Stream<String> triggerLemmas() {
        return DataFile.rows("en/triggers.tsv").stream().map(r -> r.get(2)).filter(p -> p.startsWith("lemma:"))
                .flatMap(p -> Arrays.stream(p.substring("lemma:".length()).split("\\|"))).distinct();
    }

    @ParameterizedTest
    @MethodSource("triggerLemmas")
    void triggerLemmasAreInTheDictionary(String written) {
        String lemma = written.contains("/") ? written.substring(0, written.indexOf('/')) : written;
        PartOfSpeech pos = written.contains("/") ? PartOfSpeech.valueOf(written.substring(written.indexOf('/') + 1)) : null;
        List<Analysis> readings = ENGLISH.analyse(lemma);
        assertTrue(readings.stream().anyMatch(a -> a.lemma().equals(lemma) && (pos == null || a.pos() == pos)),
                written + " → " + readings);
    }

    @Test
    void triggerAndBoilerplatePatternsCompile() {
        DataFile.rows("en/triggers.tsv").stream().map(r -> r.get(2)).filter(p -> !p.startsWith("lemma:"))
                .forEach(p -> assertFalse(p.contains("{"), p + ": English has no verb-ending shorthand"));
        DataFile.rows("en/triggers.tsv").stream().map(r -> r.get(2)).filter(p -> !p.startsWith("lemma:"))
                .forEach(Pattern::compile);
        DataFile.rows("en/boilerplate.tsv").stream().filter(r -> !r.get(0).equals("line") && !r.get(0).equals("prefix"))
                .forEach(r -> Pattern.compile(r.get(1)));
    }

    @Test
    void wordClassesAreTheItalianClasses() {
        assertEquals(column("it/word-classes.tsv", 0), column("en/word-classes.tsv", 0));
        DataFile.rows("en/word-classes.tsv").forEach(r -> {
            assertEquals(r.get(1).toLowerCase(Locale.ROOT), r.get(1), "folded: " + r);
            assertFalse(r.get(1).contains(" "), "one word a cell: " + r);
        });
    }

    /** Canonical roles are the gazetteer's keys: an English phrase must name a role the Italian data knows. */
    @Test
    void rolesAreTheItalianRoles() {
        Set<String> english = column("en/roles.tsv", 0);
        english.removeAll(column("it/roles.tsv", 0));
        assertEquals(Set.of(), english);
        assertTrue(column("en/roles.tsv", 1).containsAll(column("en/role-countries.tsv", 0)));
        column("en/role-countries.tsv", 1).forEach(id -> assertTrue(id.matches("country/[a-z-]+"), id));
    }

    @Test
    void orgAndPlaceHeadsAndMaterielAreLowerCase() {
        for (String file : List.of("en/org-heads.tsv", "en/place-heads.tsv", "en/materiel.tsv", "en/qualifiers.tsv",
                "en/relative.tsv", "en/roles.tsv")) {
            DataFile.rows(file).forEach(r -> assertEquals(r.get(0).toLowerCase(Locale.ROOT), r.get(0), file + ": " + r));
        }
    }

    /** Capitals and places name the same things as in Italian with the same id names, so each is one node. */
    @Test
    void capitalsHaveTheItalianKeysAndIds() {
        Map<String, String> italian = DataFile.rows("it/capitals.tsv").stream()
                .collect(Collectors.toMap(r -> r.get(0), r -> r.get(2)));
        Map<String, String> english = DataFile.rows("en/capitals.tsv").stream()
                .collect(Collectors.toMap(r -> r.get(0), r -> r.get(2)));
        assertEquals(italian, english);
    }

    @Test
    void placesAndCountriesKeepTheItalianIds() {
        Set<String> italianPlaces = DataFile.rows("it/places.tsv").stream().map(r -> r.get(0) + " " + r.get(2))
                .collect(Collectors.toSet());
        DataFile.rows("en/places.tsv").forEach(r -> assertTrue(italianPlaces.contains(r.get(0) + " " + r.get(2)), r.toString()));
        Map<String, String> italianCountries = DataFile.rows("it/countries.tsv").stream()
                .collect(Collectors.toMap(r -> r.get(0), r -> r.get(3)));
        DataFile.rows("en/countries.tsv").stream().filter(r -> italianCountries.containsKey(r.get(0)))
                .forEach(r -> assertEquals(italianCountries.get(r.get(0)), r.get(3), r.toString()));
    }

    /** English demonyms may hold a space ("north korean"): their forms are separated by "|". */
    @Test
    void demonymsCoverTheItalianStatesOnceEach() {
        List<List<String>> rows = DataFile.rows("en/demonyms.tsv");
        Set<String> codes = rows.stream().map(r -> r.get(0)).collect(Collectors.toSet());
        assertTrue(codes.containsAll(column("it/demonyms.tsv", 0)));
        assertEquals(rows.size(), codes.size(), "one row a state");
        List<String> forms = rows.stream().flatMap(r -> Arrays.stream(r.get(1).split("\\|"))).toList();
        forms.forEach(f -> assertTrue(f.matches("[a-zè-]+( [a-z-]+)*"), f));
        assertEquals(forms.size(), new HashSet<>(forms).size(), "a form belongs to one state");
        assertTrue(forms.containsAll(List.of("russian", "north korean", "south korean", "ukrainian", "chinese", "american",
                "british")));
    }

    @Test
    void firstNamesAreNoNotNames() {
        Set<String> notNames = DataFile.lines("en/not-names.txt").stream().map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        DataFile.lines("en/first-names.txt").forEach(n -> assertFalse(notNames.contains(n.toLowerCase(Locale.ROOT)), n));
    }

    /** The English benchmark sentences use the Italian slots, each filled from a column or drawn by the corpus. */
    @Test
    void benchSlotsAreFilled() {
        Set<String> drawn = Set.of("number", "year", "day", "country");
        Set<String> columns = DataFile.columns("en/bench-fillers.tsv").keySet();
        assertEquals(DataFile.columns("it/bench-fillers.tsv").keySet(), columns);
        Set<String> english = slots("en/bench-sentences.tsv");
        assertEquals(slots("it/bench-sentences.tsv"), english);
        english.forEach(s -> {
            String column = s.endsWith("2") ? s.substring(0, s.length() - 1) : s;
            assertTrue(drawn.contains(column) || columns.contains(column), s);
        });
    }

    private static Set<String> slots(String file) {
        Set<String> slots = new TreeSet<>();
        for (List<String> row : DataFile.rows(file)) {
            Matcher m = SLOT.matcher(row.get(0));
            while (m.find()) {
                slots.add(m.group(1));
            }
        }
        return slots;
    }

    private static Set<String> column(String file, int c) {
        return DataFile.rows(file).stream().map(r -> r.get(c)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<Integer> numbers(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().collect(Collectors.toCollection(TreeSet::new));
    }
}
