package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.convert.Converter;
import org.newsgraph.convert.Corpus;
import org.newsgraph.query.QueryLibrary;
import org.newsgraph.rdf.ConvertedArticle;
import org.newsgraph.store.GraphBatch;
import org.newsgraph.store.TdbStore;

/**
 * The five real articles of {@code seeds/}, converted by the real converter and loaded with the
 * ontology and gazetteer into TDB2 behind a real Fuseki on port 0: every shipped query, asked over
 * HTTP, must give rows holding what a careful reader of the seeds finds (the facts are in
 * {@code seeds/gold}). Expected rows are a subset, not the whole answer, since the extraction is
 * still being tuned. Names are written as a reader would (English or Italian); a cell matches the
 * canonical label of the entity that the gazetteer knows by that name.
 */
class SeedQueriesTest {

    static final Path SEEDS = Path.of("seeds");
    static final List<String> SEED_FILES = List.of("000_4372e71cae4d624a.txt", "001_bbc4e12a5ad1c269.txt",
            "002_38ed30342ddea968.txt", "003_b8f0f0bed79ebb02.txt", "004_a7132dd66ef6cf10.txt");
    static final String AGREEMENT = "https://w3id.org/newsgraph/id/agreement/north-korea--russia";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    static SparqlServer server;
    /** Every label and alternative label in the store (lower case) → the entity's canonical label. */
    static Map<String, String> canonical;

    @BeforeAll
    static void loadSeedsAndStart() throws Exception {
        Corpus corpus = Corpus.collect(List.of(SEEDS), Optional.empty());
        assertEquals(List.of(), corpus.problems());
        Converter converter = Converter.standard();
        List<ConvertedArticle> converted = corpus.articles().stream().map(converter::convert).toList();
        assertEquals(SEED_FILES.size(), converted.size());
        TdbStore store = TdbStore.open(dir.resolve("tdb2"));
        GraphBatch batch = new GraphBatch(converter.iris()).addArticles(converted).addReferenceData();
        store.load(batch);
        server = SparqlServer.start(store.dataset(),
                new SparqlServer.Settings("127.0.0.1", 0, Duration.ofSeconds(30), Optional.empty()));
        canonical = new TreeMap<>();
        for (Map<String, String> row : select("""
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT DISTINCT ?label ?name {
                  ?e rdfs:label ?label FILTER (lang(?label) = "")
                  { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name }
                } ORDER BY ?label ?name""")) {
            canonical.putIfAbsent(row.get("name").toLowerCase(Locale.ROOT), row.get("label"));
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    // ---- the table: for each shipped query, rows that must be present --------------------------

    /** Each shipped query with the rows a reader of the seeds expects among its answers. */
    static Stream<Arguments> expectations() {
        return Stream.of(
                Arguments.of("actors", List.of(
                        row(name("label", "Kim Jong-un"), is("type", "Person"),
                                is("wikidata", "http://www.wikidata.org/entity/Q56226"), atLeast("articles", 4)),
                        row(name("label", "North Korea"), is("type", "Country"),
                                is("wikidata", "http://www.wikidata.org/entity/Q423"), atLeast("articles", 5)),
                        row(name("label", "Russia"), is("type", "Country"),
                                is("wikidata", "http://www.wikidata.org/entity/Q159"), atLeast("articles", 5)),
                        row(name("label", "Sergei Shoigu"), is("type", "Person"), atLeast("articles", 2)),
                        row(name("label", "Andrei Belousov"), is("type", "Person"), atLeast("articles", 2)),
                        row(name("label", "No Kwang Chol"), is("type", "Person"),
                                is("wikidata", "http://www.wikidata.org/entity/Q21824967")),
                        row(name("label", "Ministero della Difesa russo"), is("type", "Organization")))),
                Arguments.of("meetings", List.of(
                        row(names("participants", "Kim Jong-un", "Sergei Shoigu"), is("date", "2024-09-13"),
                                source("002"), is("sentences", "7"), contains("evidence", "Shoigu")),
                        row(names("participants", "Kim Jong-un", "Sergei Shoigu"), name("place", "Pyongyang"),
                                source("003"), is("sentences", "2")),
                        row(names("participants", "Sergei Lavrov", "Choe Son Hui"), is("date", "2024-11-01"),
                                source("001"), is("sentences", "2")),
                        row(names("participants", "Kim Jong-un", "Andrei Belousov"), name("place", "Pyongyang"),
                                is("date", "2024-11-29"), source("004"), is("sentences", "2")),
                        row(names("participants", "Andrei Belousov", "No Kwang Chol"), source("004"), is("sentences", "2"),
                                contains("evidence", "No Kwang")),
                        row(names("participants", "Yoon Suk Yeol", "Rustem Umerov"), name("place", "Seoul"), source("000"),
                                is("sentences", "1")))),
                Arguments.of("who-met-whom", List.of(
                        row(pair("Andrei Belousov", "No Kwang Chol")),
                        row(pair("Kim Jong-un", "Sergei Shoigu"), atLeast("articles", 2)),
                        row(pair("Kim Jong-un", "Andrei Belousov")),
                        row(pair("Sergei Lavrov", "Choe Son Hui")))),
                Arguments.of("visits", List.of(
                        row(name("visitor", "Sergei Shoigu"), oneOf("destination", "Pyongyang", "North Korea"),
                                source("003"), is("sentences", "3"), contains("evidence", "Shoigu in visita")),
                        row(name("visitor", "Sergei Shoigu"), oneOf("destination", "Pyongyang", "North Korea"),
                                is("date", "2024-09-13"), source("002"), is("sentences", "2")),
                        row(name("visitor", "Andrei Belousov"), oneOf("destination", "Pyongyang", "North Korea"),
                                source("000"), is("sentences", "6")),
                        row(name("visitor", "Vladimir Putin"), oneOf("destination", "Pyongyang", "North Korea"),
                                is("date", "2024-06"), source("004"), is("sentences", "1")))),
                Arguments.of("agreements", List.of(
                        row(is("agreement", AGREEMENT), names("parties", "Russia", "North Korea"),
                                is("claim", "signedOn"), is("value", "2024-06"), source("004"), contains("evidence", "firmato")),
                        row(is("agreement", AGREEMENT), names("parties", "Russia", "North Korea"),
                                is("claim", "ratifiedOn"), is("value", "2024-11"), source("004"), contains("evidence", "ratificato")),
                        row(is("agreement", AGREEMENT), is("claim", "signedOn"), is("value", "2024-11"), source("004")),
                        row(is("agreement", AGREEMENT), is("claim", "signedOn"), is("value", "2024-06"), source("001")),
                        row(is("agreement", AGREEMENT), is("claim", "signedOn"), is("value", "2024-06"), source("002")))),
                Arguments.of("military-support", List.of(
                        row(name("provider", "North Korea"), name("recipient", "Russia"), is("materiel", "truppe"),
                                is("quantity", "10000"), is("qualifier", "più di"), names("claimedBy", "United States"),
                                source("000")),
                        row(name("provider", "North Korea"), name("recipient", "Russia"), is("materiel", "truppe"),
                                is("quantity", "10000"), is("qualifier", "più di"),
                                names("claimedBy", "United States", "South Korea"), source("004")),
                        row(name("provider", "North Korea"), name("recipient", "Russia"), is("materiel", "truppe"),
                                is("quantity", "12000"), is("qualifier", "circa"), names("claimedBy", "South Korea"), source("001")),
                        row(name("provider", "North Korea"), name("recipient", "Russia"), is("materiel", "missili"),
                                names("claimedBy", "United States", "South Korea"), names("deniedBy", "North Korea"),
                                source("002")),
                        row(name("provider", "North Korea"), name("recipient", "Russia"), is("materiel", "munizioni"),
                                names("claimedBy", "United States", "South Korea"), names("deniedBy", "North Korea", "Russia"),
                                source("001")),
                        row(name("provider", "North Korea"), name("recipient", "Russia"), is("materiel", "munizioni"),
                                is("hedged", "true"), source("003")),
                        row(name("provider", "Russia"), name("recipient", "North Korea"), is("materiel", "tecnologia"),
                                is("hedged", "true"), source("003")),
                        row(name("provider", "Russia"), name("recipient", "North Korea"), is("materiel", "petrolio"), source("004")),
                        row(name("provider", "Russia"), name("recipient", "North Korea"), is("materiel", "difesa aerea"),
                                names("claimedBy", "South Korea"), source("004")))),
                Arguments.of("contested-claims", List.of(
                        row(text("about", "{North Korea} → {Russia}: munizioni"), is("kind", "claimed and denied"),
                                names("claimedBy", "United States", "South Korea"), names("deniedBy", "North Korea")),
                        row(text("about", "{North Korea} → {Russia}: missili"), is("kind", "claimed and denied"),
                                names("claimedBy", "United States", "South Korea"), names("deniedBy", "North Korea")),
                        row(is("node", AGREEMENT), is("kind", "conflicting signedOn"),
                                contains("values", "2024-06 (seeds/004_a7132dd66ef6cf10.txt)"),
                                contains("values", "2024-11 (seeds/004_a7132dd66ef6cf10.txt)")))),
                Arguments.of("timeline", List.of(
                        row(is("date", "2024-06"), is("type", "signedOn"), is("node", AGREEMENT), source("004")),
                        row(is("date", "2024-11"), is("type", "ratifiedOn"), is("node", AGREEMENT), source("004")),
                        row(is("date", "2024-09-13"), is("type", "Meeting"), names("about", "Kim Jong-un", "Sergei Shoigu"),
                                source("002")),
                        row(is("date", "2024-11-01"), is("type", "Meeting"), names("about", "Sergei Lavrov", "Choe Son Hui"),
                                source("001")),
                        row(is("date", "2024-11-29"), is("type", "Meeting"), names("about", "Kim Jong-un", "Andrei Belousov"),
                                source("004")))),
                Arguments.of("sources", List.of(
                        row(source("000"), is("publisher", "AgenPress"), is("published", "2024-11-29"), atLeast("meetings", 1),
                                atLeast("visits", 1), atLeast("statements", 1), atLeast("militarySupport", 1)),
                        row(source("001"), is("publisher", "DayFR Italian"), is("published", "2024-11-01"), atLeast("agreements", 1),
                                atLeast("militarySupport", 3)),
                        row(source("002"), is("headline", "Kim Jong-un e Sergei Shoigu si abbracciano in Corea del Nord"),
                                is("published", "2024-09-14"), atLeast("meetings", 1), atLeast("agreements", 1)),
                        row(source("003"), is("publisher", "Analisi Difesa"), is("published", "2025-06-05"), atLeast("meetings", 1)),
                        row(source("004"), is("published", "2024-11-30"), atLeast("meetings", 2), atLeast("agreements", 1),
                                atLeast("militarySupport", 3)))),
                Arguments.of("statements", List.of(
                        row(name("speaker", "Sergei Lavrov"), startsWith("quote", "Sono stati stabiliti contatti molto stretti"),
                                source("001")),
                        row(name("speaker", "Lin Jian"),
                                startsWith("quote", "La Corea del Nord e la Russia sono due stati indipendenti"), source("001")),
                        row(name("speaker", "Andrei Belousov"), startsWith("quote", "I legami amichevoli tra Russia e Corea del Nord"),
                                is("date", "2024-11-29"), source("000")),
                        row(name("speaker", "Joe Biden"), startsWith("quote", "Questo attacco è scandaloso"),
                                is("date", "2024-11-28"), source("000")),
                        row(name("speaker", "Kim Jong-un"),
                                startsWith("quote", "continuerà a sostenere incondizionatamente la posizione della Russia"),
                                source("003")),
                        row(name("speaker", "Conflict Armament Research"),
                                startsWith("quote", "I missili prodotti quest’anno in Corea del Nord"), source("002")),
                        row(name("speaker", "Korean Central News Agency"),
                                startsWith("quote", "Si è verificato un ampio scambio di opinioni"), source("002")))),
                Arguments.of("evidence", List.of(
                        row(is("node", AGREEMENT), source("004"), contains("anchor", "ratificato")),
                        row(is("node", AGREEMENT), source("001"))))
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void shippedQueryHoldsWhatTheSeedsSay(String name, List<Row> expected) throws Exception {
        List<Map<String, String>> rows = run(name);
        List<String> missing = expected.stream().filter(e -> rows.stream().noneMatch(e::matches)).map(Row::toString).toList();
        assertTrue(missing.isEmpty(), () -> name + ": no row matches\n  " + String.join("\n  ", missing)
                + "\namong " + rows.size() + " rows:\n" + show(rows));
    }

    @Test
    void everyShippedQueryHasExpectedRows() {
        assertEquals(QueryLibrary.all().stream().map(QueryLibrary.ShippedQuery::name).sorted().toList(),
                expectations().map(a -> (String) a.get()[0]).sorted().toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryNames")
    void everyRowIsDistinctComesFromASeedArticleAndListsInOrder(String name) throws Exception {
        List<Map<String, String>> rows = run(name);
        assertFalse(rows.isEmpty(), name + " gives no rows");
        Set<Map<String, String>> seen = new HashSet<>();
        List<Map<String, String>> duplicates = rows.stream().filter(r -> !seen.add(r)).toList();
        assertTrue(duplicates.isEmpty(), () -> name + " repeats rows:\n" + show(duplicates));
        for (Map<String, String> r : rows) {
            if (r.containsKey("source")) {
                assertTrue(SEED_FILES.stream().anyMatch(f -> r.get("source").equals(SEEDS.resolve(f).toString())),
                        name + ": source is not a seed article: " + r);
            }
            for (String column : List.of("participants", "parties", "signatories", "claimedBy", "deniedBy", "reportedBy")) {
                List<String> items = List.of(r.getOrDefault(column, "").split(", "));
                assertEquals(items.stream().sorted().toList(), items, name + ": " + column + " is not in alphabetical order: " + r);
            }
            r.forEach((column, value) -> assertFalse(value.startsWith("https://w3id.org/newsgraph/id/")
                            && !List.of("node", "agreement", "meeting", "visit", "support", "actor").contains(column),
                    name + ": column " + column + " shows an IRI where a reader needs a name: " + r));
        }
    }

    /** meetings and visits give one row per event, however many sentences support it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"meetings, meeting, Meeting", "visits, visit, Visit"})
    void oneRowPerEvent(String name, String column, String type) throws Exception {
        List<String> events = select("PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"
                + "SELECT DISTINCT ?e { GRAPH ?g { ?e a ng:" + type + " } } ORDER BY ?e").stream().map(r -> r.get("e")).toList();
        assertTrue(events.size() >= 6, name + ": " + events);
        assertEquals(events, run(name).stream().map(r -> r.get(column)).sorted().toList());
    }

    static Stream<String> queryNames() {
        return QueryLibrary.all().stream().map(QueryLibrary.ShippedQuery::name);
    }

    @Test
    void kimJongUnIsOneNodeWithAWikidataLinkAcrossAtLeastFourArticles() throws Exception {
        String label = resolve("Kim Jong-un");
        assertEquals(label, resolve("Kim Jong Un"), "both spellings name one entity");
        List<Map<String, String>> kims = run("actors").stream().filter(r -> r.get("label").equals(label)).toList();
        assertEquals(1, kims.size(), () -> show(kims));
        assertEquals("http://www.wikidata.org/entity/Q56226", kims.get(0).get("wikidata"));
        assertTrue(Integer.parseInt(kims.get(0).get("articles")) >= 4, () -> show(kims));
    }

    @Test
    void sourcesHasOneRowPerSeedArticle() throws Exception {
        assertEquals(SEED_FILES.stream().map(f -> SEEDS.resolve(f).toString()).toList(),
                run("sources").stream().map(r -> r.get("source")).toList());
    }

    @Test
    void timelineIsInDateOrder() throws Exception {
        List<String> dates = run("timeline").stream().map(r -> r.get("date")).toList();
        assertFalse(dates.isEmpty());
        assertEquals(dates.stream().sorted().toList(), dates);
    }

    @Test
    void agreementDatesConflictBetweenSentencesAndEachKeepsItsSource() throws Exception {
        List<Map<String, String>> signed = run("agreements").stream()
                .filter(r -> r.get("agreement").equals(AGREEMENT) && "signedOn".equals(r.get("claim"))).toList();
        assertTrue(signed.stream().map(r -> r.get("value")).distinct().count() >= 2, () -> show(signed));
        assertTrue(signed.stream().allMatch(r -> r.containsKey("source") && r.containsKey("evidence")
                && r.containsKey("dateText")), () -> show(signed));
    }

    /** For a meeting and the agreement: every evidence row's offsets cut its anchor out of the article text. */
    @Test
    void evidenceOffsetsCutTheirTextOutOfTheArticle() throws Exception {
        Map<String, String> texts = new TreeMap<>();
        for (Map<String, String> r : select("""
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                SELECT ?source ?text { ?a a ng:Article ; ng:sourceFile ?source ; nif:isString ?text }""")) {
            texts.put(r.get("source"), r.get("text"));
        }
        String meeting = run("meetings").stream()
                .filter(row(names("participants", "Kim Jong-un", "Sergei Shoigu"), source("002"))::matches)
                .map(r -> r.get("meeting")).findFirst().orElseThrow();
        for (String node : List.of(meeting, AGREEMENT)) {
            List<Map<String, String>> rows = run("evidence", node);
            assertFalse(rows.isEmpty(), node);
            for (Map<String, String> r : rows) {
                assertEquals(node, r.get("node"));
                String text = texts.get(r.get("source"));
                int begin = text.offsetByCodePoints(0, Integer.parseInt(r.get("begin")));
                int end = text.offsetByCodePoints(0, Integer.parseInt(r.get("end")));
                assertEquals(r.get("anchor"), text.substring(begin, end), r.toString());
            }
            if (node.equals(meeting)) {
                assertTrue(rows.stream().anyMatch(r -> r.get("anchor").contains("Shoigu")), () -> show(rows));
            }
        }
    }

    // ---- rows and cells ----------------------------------------------------------------------

    /** A cell test with what it expects, for messages. */
    record Cell(String description, Predicate<Map<String, String>> test) {
    }

    /** An expected row: every cell test holds on one result row. */
    record Row(List<Cell> cells) {
        boolean matches(Map<String, String> r) {
            return cells.stream().allMatch(c -> c.test().test(r));
        }

        @Override
        public String toString() {
            return cells.stream().map(Cell::description).collect(Collectors.joining(", ", "[", "]"));
        }
    }

    static Row row(Cell... cells) {
        return new Row(List.of(cells));
    }

    static Cell is(String column, String value) {
        return new Cell(column + " = " + value, r -> value.equals(r.get(column)));
    }

    static Cell contains(String column, String part) {
        return new Cell(column + " contains '" + part + "'", r -> r.getOrDefault(column, "").contains(part));
    }

    static Cell startsWith(String column, String prefix) {
        return new Cell(column + " starts '" + prefix + "'", r -> r.getOrDefault(column, "").startsWith(prefix));
    }

    static Cell atLeast(String column, int n) {
        return new Cell(column + " >= " + n, r -> r.containsKey(column) && Integer.parseInt(r.get(column)) >= n);
    }

    /** The article: the source file of one seed, by its number. */
    static Cell source(String number) {
        String file = SEED_FILES.stream().filter(f -> f.startsWith(number + "_")).findFirst().orElseThrow();
        return new Cell("source " + number, r -> SEEDS.resolve(file).toString().equals(r.get("source")));
    }

    /** The cell is the entity known by this name. */
    static Cell name(String column, String name) {
        return new Cell(column + " = " + name, r -> resolve(name).equals(r.get(column)));
    }

    static Cell oneOf(String column, String... names) {
        return new Cell(column + " one of " + List.of(names),
                r -> Arrays.stream(names).map(SeedQueriesTest::resolve).anyMatch(n -> n.equals(r.get(column))));
    }

    /** The cell is a ", " list that holds each of these entities. */
    static Cell names(String column, String... names) {
        return new Cell(column + " has " + List.of(names), r -> {
            List<String> items = List.of(r.getOrDefault(column, "").split(", "));
            return Arrays.stream(names).map(SeedQueriesTest::resolve).allMatch(items::contains);
        });
    }

    /** An unordered pair of who-met-whom. */
    static Cell pair(String a, String b) {
        return new Cell(a + " met " + b, r -> Set.of(resolve(a), resolve(b)).equals(Set.of(
                r.getOrDefault("actor1", ""), r.getOrDefault("actor2", ""))));
    }

    /** The cell equals a template whose {Name} parts are entity names. */
    static Cell text(String column, String template) {
        return new Cell(column + " = " + template, r -> {
            Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
            return m.replaceAll(x -> Matcher.quoteReplacement(resolve(x.group(1)))).equals(r.get(column));
        });
    }

    /** The canonical label of the entity that has {@code name} as a label or alternative label. */
    static String resolve(String name) {
        return canonical.getOrDefault(name.toLowerCase(Locale.ROOT), name);
    }

    // ---- HTTP ----------------------------------------------------------------------------------

    static List<Map<String, String>> run(String name, String... node) throws Exception {
        String text = QueryLibrary.named(name).orElseThrow().text();
        if (node.length == 1) {
            text = text + "\nVALUES ?node { <" + node[0] + "> }\n";
        }
        return select(text);
    }

    /** The rows of a SELECT over HTTP, each a map from variable to the lexical form of its value. */
    static List<Map<String, String>> select(String sparql) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(sparql)).build();
        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), () -> new String(response.body()));
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
        List<Map<String, String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, String> row = new LinkedHashMap<>();
            for (String var : rs.getResultVars()) {
                RDFNode n = s.get(var);
                if (n != null) {
                    row.put(var, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                }
            }
            rows.add(row);
        }
        return rows;
    }

    static String show(List<Map<String, String>> rows) {
        return rows.stream().map(r -> "  " + r).collect(Collectors.joining("\n"));
    }
}
