package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.convert.Converter;
import org.newsgraph.convert.Corpus;
import org.newsgraph.lang.ClasspathResource;
import org.newsgraph.query.QueryLibrary;
import org.newsgraph.rdf.ConvertedArticle;
import org.newsgraph.store.GraphBatch;
import org.newsgraph.store.TdbStore;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The view and the patched Fuseki UI in Debian's headless Chromium over the converted seeds: the network (read in
 * the summary graph) has the nodes and ties of the SPARQL answer read per event in the article graphs, a click on a
 * tie shows its sentences highlighted in the articles, the filters and the search draw the ties of the events they
 * keep, the names switch language, the timeline runs from the first to the last dated event,
 * the UI hides what would write, and no page asks anything of another host (the browser's own network log says
 * so) nor breaks the Content-Security-Policy. Skipped where Chromium is missing.
 */
class ViewBrowserTest {

    static final String KIM = "https://w3id.org/newsgraph/id/person/kim-jong-un";
    static final String SHOIGU = "https://w3id.org/newsgraph/id/person/sergei-shoigu";
    static final String NORTH_KOREA = "https://w3id.org/newsgraph/id/country/north-korea";
    /** The network per event, read in the article graphs, which the view's summary-based picture must agree with. */
    static final String EVENTS = ClasspathResource.text("view/network-events.rq").orElseThrow();

    @TempDir
    static Path dir;
    static SparqlServer server;
    static WebDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Files.isExecutable(WebUiBrowserTest.CHROMIUM) && Files.isExecutable(WebUiBrowserTest.CHROMEDRIVER),
                "browser test skipped: needs Debian's chromium and chromium-driver; .ci/run installs them with apt-get");
        Converter converter = Converter.standard();
        List<ConvertedArticle> converted = Corpus.collect(List.of(SeedQueriesTest.SEEDS), Optional.empty()).articles()
                .stream().map(converter::convert).toList();
        TdbStore store = TdbStore.open(dir.resolve("tdb2"));
        store.load(new GraphBatch(converter.iris()).addArticles(converted).addReferenceData());
        server = SparqlServer.start(store.dataset(),
                new SparqlServer.Settings("127.0.0.1", 0, Duration.ofSeconds(30), Optional.empty()));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        ChromeOptions options = new ChromeOptions().setBinary(WebUiBrowserTest.CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1400,900", "--user-data-dir=" + dir.resolve("profile"));
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(WebUiBrowserTest.CHROMEDRIVER.toFile()).build(), options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    static List<QuerySolution> select(String query) {
        try (var exec = QueryExecHTTP.service(server.datasetUrl() + "/sparql").query(query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            ResultSet results = ResultSet.adapt(exec.select());
            results.forEachRemaining(rows::add);
            return rows;
        }
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    static void openNetwork() {
        browser.get(server.viewUrl());
        wait.until(b -> Boolean.TRUE.equals(js("return !!(window.newsgraphView && newsgraphView.drawn)")));
    }

    static void shot(String name) throws Exception {
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theNetworkHasTheNodesAndTiesOfTheSparqlAnswer() throws Exception {
        List<QuerySolution> rows = select(EVENTS);
        Set<String> nodes = new HashSet<>();
        Set<String> ties = new HashSet<>();
        for (QuerySolution r : rows) {
            nodes.add(r.get("from").toString());
            nodes.add(r.get("to").toString());
            ties.add(r.get("type") + " " + r.get("from") + " " + r.get("to"));
        }
        assertTrue(nodes.size() > 5 && nodes.size() <= 40, nodes.toString());
        openNetwork();
        shot("view-network.png");
        assertEquals(List.of((long) nodes.size(), (long) ties.size()),
                js("return [newsgraphView.nodes.length, newsgraphView.edgeSet.length]"));
        assertEquals(ties, new HashSet<>((List<?>) js("return [...newsgraphView.edges.values()].map(e => e.type + ' ' + e.from + ' ' + e.to)")));
        assertTrue(nodes.contains(KIM) && nodes.contains(SHOIGU), nodes.toString());
    }

    /** Each actor of the network per event with its Italian name, and its English name where the graph has one. */
    static Map<String, List<String>> names() {
        Map<String, String> english = new HashMap<>();
        select("""
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT DISTINCT ?actor ?name { GRAPH ?g { ?actor rdfs:label ?name FILTER (lang(?name) = "en") } }""")
                .forEach(r -> english.put(r.get("actor").toString(), r.getLiteral("name").getString()));
        Map<String, List<String>> names = new HashMap<>();
        for (QuerySolution r : select(EVENTS)) {
            for (String end : List.of("from", "to")) {
                String actor = lex(r, end);
                names.put(actor, List.of(lex(r, end + "Label"), english.getOrDefault(actor, lex(r, end + "Label"))));
            }
        }
        return names;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"it", "en"})
    void theNamesSwitchLanguage(String language) {
        Map<String, String> expected = new HashMap<>();
        names().forEach((actor, both) -> expected.put(actor, both.get(language.equals("it") ? 0 : 1)));
        assertTrue(expected.containsValue("Corea del Nord") == language.equals("it"), expected.toString());
        openNetwork();
        js("const l = document.getElementById('lang'); l.value = arguments[0]; l.dispatchEvent(new Event('change'));", language);
        assertEquals(expected, js("return Object.fromEntries(newsgraphView.nodes.get().map(n => [n.id, n.label]))"));
        js("""
                const tie = [...newsgraphView.edges.values()].find(e => e.from === arguments[0] && e.type === 'MilitarySupport');
                newsgraphView.network.emit('click', {nodes: [], edges: [tie.id]});""", NORTH_KOREA);
        wait.until(b -> !b.findElements(By.cssSelector("#details table")).isEmpty());
        List<?> providers = (List<?>) js("return [...document.querySelectorAll('#details tr')]"
                + ".filter(tr => tr.querySelector('th') && tr.querySelector('th').textContent === 'ng:provider')"
                + ".map(tr => tr.querySelector('td').textContent)");
        assertFalse(providers.isEmpty());
        assertEquals(Set.of(expected.get(NORTH_KOREA)), new HashSet<>(providers));
        assertTrue(browser.findElement(By.cssSelector("#details h3")).getText().startsWith(expected.get(NORTH_KOREA)));
    }

    /**
     * The search asks the server: the actors whose Italian or English name holds the text, the actors their events
     * reach, and the ties among them all.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"shoigu", "corea del", "north korea"})
    void theSearchDrawsTheActorsNamedAndTheirTies(String text) {
        Map<String, List<String>> names = names();
        Set<String> found = new HashSet<>();
        names.forEach((actor, both) -> {
            if (both.stream().anyMatch(n -> n.toLowerCase().contains(text))) {
                found.add(actor);
            }
        });
        List<QuerySolution> rows = select(EVENTS);
        Set<String> nodes = new HashSet<>(found);
        rows.stream().filter(r -> found.contains(lex(r, "from")) || found.contains(lex(r, "to")))
                .forEach(r -> nodes.addAll(List.of(lex(r, "from"), lex(r, "to"))));
        Set<String> ties = new HashSet<>();
        rows.stream().filter(r -> nodes.contains(lex(r, "from")) && nodes.contains(lex(r, "to")))
                .forEach(r -> ties.add(lex(r, "type") + " " + lex(r, "from") + " " + lex(r, "to")));
        assertFalse(found.isEmpty());
        assertTrue(nodes.size() < names.size(), nodes.toString());
        openNetwork();
        js("const s = document.getElementById('search'); s.value = arguments[0]; s.dispatchEvent(new Event('input'));", text);
        wait.until(b -> List.of((long) nodes.size(), (long) ties.size())
                .equals(js("return [newsgraphView.nodes.length, newsgraphView.edgeSet.length]")));
        assertEquals(nodes, new HashSet<>((List<?>) js("return newsgraphView.nodes.getIds()")));
    }

    /**
     * A filter set in the page (a script that sets a control, then the event the page listens for), and which
     * events (all rows of one event and pair of actors) it keeps; the ties drawn must be those among the actors
     * the kept events tie.
     */
    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of("contested only", "const c = document.getElementById('contested'); c.checked = true;"
                        + " c.dispatchEvent(new Event('input'));",
                        (Predicate<List<QuerySolution>>) rows -> rows.stream().anyMatch(r -> lex(r, "contested").equals("true"))),
                Arguments.of("meetings only", "document.querySelectorAll('#types input').forEach(i => {"
                        + " i.checked = i.value === 'Meeting'; i.dispatchEvent(new Event('change')); });",
                        (Predicate<List<QuerySolution>>) rows -> lex(rows.get(0), "type").equals("Meeting")),
                Arguments.of("publisher AgenPress", "const p = document.getElementById('publisher'); p.value = 'AgenPress';"
                        + " p.dispatchEvent(new Event('input'));",
                        (Predicate<List<QuerySolution>>) rows -> rows.stream().anyMatch(r -> lex(r, "publisher").equals("AgenPress"))),
                Arguments.of("November 2024", "const f = document.getElementById('from'), t = document.getElementById('to');"
                        + " f.value = '2024-11-01'; t.value = '2024-11-30'; t.dispatchEvent(new Event('input'));",
                        (Predicate<List<QuerySolution>>) rows -> rows.stream().map(r -> lex(r, "date"))
                                .anyMatch(d -> !d.isEmpty() && d.compareTo("2024-11-01".substring(0, d.length())) >= 0
                                        && d.compareTo("2024-11-30".substring(0, d.length())) <= 0)));
    }

    private static String lex(QuerySolution r, String name) {
        return r.contains(name) ? r.get(name).isLiteral() ? r.getLiteral(name).getLexicalForm() : r.get(name).toString() : "";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void aFilterDrawsTheTiesOfTheEventsItKeeps(String filter, String script, Predicate<List<QuerySolution>> keeps) {
        Map<String, List<QuerySolution>> events = new LinkedHashMap<>();
        for (QuerySolution r : select(EVENTS)) {
            events.computeIfAbsent(lex(r, "event") + " " + lex(r, "from") + " " + lex(r, "to"), k -> new ArrayList<>()).add(r);
        }
        Set<String> nodes = new HashSet<>();
        Set<String> ties = new HashSet<>();
        events.values().stream().filter(keeps).forEach(rows -> {
            nodes.add(lex(rows.get(0), "from"));
            nodes.add(lex(rows.get(0), "to"));
            ties.add(lex(rows.get(0), "type") + " " + lex(rows.get(0), "from") + " " + lex(rows.get(0), "to"));
        });
        assertTrue(!ties.isEmpty() && ties.size() < events.size(), filter + " keeps " + ties);
        openNetwork();
        js(script);
        wait.until(b -> List.of((long) nodes.size(), (long) ties.size())
                .equals(js("return [newsgraphView.nodes.length, newsgraphView.edgeSet.length]")));
    }

    @Test
    void clickingTheKimShoiguTieHighlightsItsSentences() throws Exception {
        List<String> anchors = select("""
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                SELECT DISTINCT ?anchor WHERE { GRAPH ?g {
                  ?m a ng:Meeting ; ng:participant <%s>, <%s> ; ng:evidence/nif:anchorOf ?anchor } }
                """.formatted(KIM, SHOIGU)).stream().map(r -> r.getLiteral("anchor").getString()).toList();
        assertFalse(anchors.isEmpty());
        openNetwork();
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) js("""
                const n = newsgraphView.network, p = n.getPositions([arguments[0], arguments[1]]);
                const tie = [...newsgraphView.edges.values()].find(e => e.from === arguments[0] && e.to === arguments[1]).id;
                const on = t => n.canvasToDOM({x: p[arguments[0]].x + t * (p[arguments[1]].x - p[arguments[0]].x),
                                               y: p[arguments[0]].y + t * (p[arguments[1]].y - p[arguments[0]].y)});
                const free = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8].map(on)
                    .find(d => n.getNodeAt(d) === undefined && n.getEdgeAt(d) === tie) || on(0.5);
                const box = document.getElementById('network').getBoundingClientRect();
                return {x: free.x - box.width / 2, y: free.y - box.height / 2};""", KIM, SHOIGU);
        new Actions(browser).moveToElement(browser.findElement(By.id("network")), at.get("x").intValue(),
                at.get("y").intValue()).click().perform();
        wait.until(b -> !b.findElements(By.cssSelector("#details mark")).isEmpty());
        shot("view-evidence.png");
        String title = browser.findElement(By.cssSelector("#details h3")).getText();
        assertTrue(title.contains("Kim Jong-un") && title.contains("Sergei Shoigu") && title.contains("Meeting"), title);
        String marked = String.join("\n", browser.findElements(By.cssSelector("#details mark")).stream()
                .map(m -> (String) js("return arguments[0].textContent", m)).toList());
        for (String anchor : anchors) {
            assertTrue(marked.contains(anchor), anchor + " not highlighted in: " + marked);
        }
        browser.findElement(By.cssSelector("#details a[data-iri]")).click();
        wait.until(b -> b.getCurrentUrl().contains("#resource="));
        wait.until(b -> String.valueOf(js("const m = document.querySelector('#details .meta'); return m ? m.textContent : ''"))
                .startsWith("https://w3id.org/newsgraph/id/")); // read in the page: the panel is redrawn as answers come
    }

    @Test
    void theTimelineRunsFromTheFirstToTheLastDatedEvent() {
        List<QuerySolution> rows = select(QueryLibrary.named("timeline").orElseThrow().text());
        browser.get(server.viewUrl() + "#timeline");
        wait.until(b -> b.findElements(By.cssSelector("#timeline li")).size() == rows.size());
        List<WebElement> items = browser.findElements(By.cssSelector("#timeline li"));
        for (int[] pair : new int[][] {{0, 0}, {items.size() - 1, rows.size() - 1}}) {
            String shown = items.get(pair[0]).getText();
            QuerySolution row = rows.get(pair[1]);
            assertTrue(shown.startsWith(row.getLiteral("date").getLexicalForm()), shown);
            assertTrue(shown.contains(row.getLiteral("about").getString()), shown);
        }
        assertFalse(browser.findElements(By.cssSelector("#undated li")).isEmpty());
    }

    /** A page, what to do there, and a request to this server it must have made ("" for none). */
    static Stream<Arguments> pages() {
        Consumer<WebDriver> network = b -> openNetwork();
        Consumer<WebDriver> timeline = b -> {
            b.get(server.viewUrl() + "#timeline");
            wait.until(x -> !x.findElements(By.cssSelector("#timeline li")).isEmpty());
        };
        Consumer<WebDriver> queries = b -> {
            b.get(server.viewUrl() + "#queries");
            wait.until(x -> !x.findElements(By.cssSelector("button[data-query=who-met-whom]")).isEmpty());
            b.findElement(By.cssSelector("button[data-query=who-met-whom]")).click();
            wait.until(x -> x.findElements(By.cssSelector("table[data-query=who-met-whom] tr")).size() > 1);
        };
        Consumer<WebDriver> fusekiQuery = b -> {
            b.get(server.url() + "#/dataset/news/query");
            wait.until(x -> !x.findElements(By.cssSelector(".CodeMirror")).isEmpty());
            js("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);",
                    QueryLibrary.named("who-met-whom").orElseThrow().text());
            b.findElement(By.cssSelector(".yasqe_queryButton")).click();
            wait.until(x -> !x.findElements(By.cssSelector(".yasr table tbody tr")).isEmpty());
        };
        return Stream.of(
                Arguments.of("the view's network", network, "view/lib/vis-network.min.js"),
                Arguments.of("the view's timeline", timeline, "view/queries/timeline.rq"),
                Arguments.of("the view's queries", queries, "view/queries/who-met-whom.rq"),
                Arguments.of("the Fuseki UI's query page", fusekiQuery, "view/prefixes.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void noRequestLeavesTheServer(String page, Consumer<WebDriver> visit, String expected) throws Exception {
        browser.manage().logs().get(LogType.PERFORMANCE);
        browser.manage().logs().get(LogType.BROWSER);
        visit.accept(browser);
        Thread.sleep(1000);
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            var message = org.apache.jena.atlas.json.JSON.parse(entry.getMessage()).getObj("message");
            if (message.getString("method").equals("Network.requestWillBeSent")) {
                urls.add(message.getObj("params").getObj("request").getString("url"));
            }
        }
        List<String> outside = urls.stream().filter(u -> !u.startsWith(server.url()) && !u.startsWith("data:")
                && !u.startsWith("blob:")).toList();
        assertEquals(List.of(), outside, page);
        List<String> refused = browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
        assertEquals(List.of(), refused, page + ": the policy refused something the page needs");
        assertTrue(urls.contains(server.url() + expected), urls.toString());
    }

    /** A page of the Fuseki UI and a control that would write or manage datasets, which a read-only server hides. */
    static Stream<Arguments> hiddenControls() {
        return Stream.of(
                Arguments.of("#/", "button:has(> svg[data-icon='upload'])"),
                Arguments.of("#/", "button:has(> svg[data-icon='pen-to-square'])"),
                Arguments.of("#/manage", ".dataset-remove"),
                Arguments.of("#/manage", ".dataset-backup"),
                Arguments.of("#/manage", "a[href='#/manage/new']"),
                Arguments.of("#/manage", "a[href='#/manage/tasks']"),
                Arguments.of("#/dataset/news/query", "a[href$='/upload']"),
                Arguments.of("#/dataset/news/query", "a[href$='/edit']"));
    }

    @ParameterizedTest(name = "{0} hides {1}")
    @MethodSource("hiddenControls")
    void theReadOnlyUiHidesWhatWouldWrite(String page, String control) {
        browser.get(server.url() + page);
        wait.until(b -> !b.findElements(By.cssSelector(control)).isEmpty());
        List<WebElement> found = browser.findElements(By.cssSelector(control));
        assertTrue(found.stream().noneMatch(WebElement::isDisplayed), control);
    }
}
