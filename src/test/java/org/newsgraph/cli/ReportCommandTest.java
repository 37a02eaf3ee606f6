package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.lang.ClasspathResource;
import org.newsgraph.store.TdbStore;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code newsgraph report} over the seeds: one HTML file that names no other file or host, and that, opened from
 * {@code file://} in headless Chromium (where installed), draws the network query's actors and ties (within
 * {@code --from}/{@code --to} when given), shows evidence and the shipped queries' tables, and requests nothing.
 */
class ReportCommandTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Pattern REFERENCE = Pattern.compile("(?:src|href)\\s*=\\s*\"([^\"]*)\"");

    @TempDir
    static Path dir;
    static List<QuerySolution> network = new ArrayList<>();
    static WebDriver browser;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void loadSeeds() {
        Path db = dir.resolve("tdb2");
        assertEquals(0, run("load", "--db", db.toString(), "seeds").code());
        TdbStore store = TdbStore.open(db);
        String query = ClasspathResource.text("view/network-events.rq").orElseThrow();
        Txn.executeRead(store.dataset(), () -> {
            try (var qe = QueryExecutionFactory.create(query, DatasetFactory.wrap(store.dataset()))) {
                qe.execSelect().forEachRemaining(network::add);
            }
        });
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.PERFORMANCE, Level.ALL);
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                    .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--no-first-run",
                            "--window-size=1400,900", "--user-data-dir=" + dir.resolve("profile"));
            options.setCapability("goog:loggingPrefs", logs);
            browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .build(), options);
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Extra arguments, and the date range events must fall in ("" for open). */
    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of(List.of(), "", ""),
                Arguments.of(List.of("--from", "2024-11-01", "--to", "2024-11-30"), "2024-11-01", "2024-11-30"),
                Arguments.of(List.of("--from", "2025-01-01"), "2025-01-01", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void opensFromDiskWithTheNetworkOfTheQueryAnswer(List<String> extra, String from, String to) throws Exception {
        Path file = dir.resolve("report-" + from + "-" + to + ".html");
        List<String> args = new ArrayList<>(List.of("report", "--db", dir.resolve("tdb2").toString(), "-o", file.toString()));
        args.addAll(extra);
        Run r = run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(file);
        Matcher refs = REFERENCE.matcher(html);
        while (refs.find()) {
            assertTrue(refs.group(1).startsWith("#") || refs.group(1).isEmpty(), "refers outside: " + refs.group(1));
        }
        Set<String> nodes = new HashSet<>();
        Set<String> ties = new HashSet<>();
        for (QuerySolution s : network) {
            String date = s.contains("date") ? s.getLiteral("date").getLexicalForm() : "";
            boolean inRange = (from.isEmpty() && to.isEmpty())
                    || (!date.isEmpty() && date.compareTo(from.substring(0, Math.min(from.length(), date.length()))) >= 0
                    && (to.isEmpty() || date.compareTo(to.substring(0, date.length())) <= 0));
            if (inRange) {
                nodes.add(s.getResource("from").getURI());
                nodes.add(s.getResource("to").getURI());
                ties.add(s.getLiteral("type").getString() + " " + s.getResource("from") + " " + s.getResource("to"));
            }
        }
        if (browser == null) {
            return; // no Chromium here: the file's own checks above are all this machine can run
        }
        browser.manage().logs().get(LogType.PERFORMANCE);
        browser.get(file.toUri().toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(b -> Boolean.TRUE.equals(js("return !!(window.newsgraphView && newsgraphView.drawn)"))
                || Long.valueOf(0).equals(js("return window.newsgraphView && newsgraphView.nodes ? newsgraphView.nodes.length : -1")));
        assertEquals(List.of((long) nodes.size(), (long) ties.size()),
                js("return [newsgraphView.nodes.length, newsgraphView.edgeSet.length]"));
        if (!ties.isEmpty()) {
            js("newsgraphView.network.emit('click', {nodes: [], edges: [newsgraphView.edgeSet.getIds()[0]]})");
            wait.until(b -> !b.findElements(By.cssSelector("#details mark")).isEmpty());
        }
        browser.get(file.toUri() + "#queries");
        wait.until(b -> !b.findElements(By.cssSelector("button[data-query=actors]")).isEmpty());
        browser.findElement(By.cssSelector("button[data-query=actors]")).click();
        wait.until(b -> b.findElements(By.cssSelector("table[data-query=actors] tr")).size() > 1);
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            var message = JSON.parse(entry.getMessage()).getObj("message");
            if (message.getString("method").equals("Network.requestWillBeSent")) {
                String url = message.getObj("params").getObj("request").getString("url");
                assertTrue(url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:"), url);
            }
        }
    }

    /**
     * A dated report holds the texts of the articles behind the ties it draws (those that report their events, as
     * the per-event network says) and no other: on a large store it must not carry every article.
     */
    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("datedReports")
    void holdsOnlyTheArticlesBehindItsTies(String from, String to) throws Exception {
        Path file = dir.resolve("articles-" + from + "-" + to + ".html");
        Run r = run("report", "--db", dir.resolve("tdb2").toString(), "-o", file.toString(), "--from", from, "--to", to);
        assertEquals(0, r.code(), r.err());
        Set<String> kept = new HashSet<>();
        for (QuerySolution s : network) {
            String date = s.contains("date") ? s.getLiteral("date").getLexicalForm() : "";
            if (!date.isEmpty() && date.compareTo(from.substring(0, date.length())) >= 0 && date.compareTo(to.substring(0, date.length())) <= 0) {
                kept.add(s.getLiteral("type").getString() + " " + s.getResource("from") + " " + s.getResource("to"));
            }
        }
        Set<String> behind = new HashSet<>();
        Set<String> all = new HashSet<>();
        for (QuerySolution s : network) {
            all.add(s.getResource("article").getURI());
            if (kept.contains(s.getLiteral("type").getString() + " " + s.getResource("from") + " " + s.getResource("to"))) {
                behind.add(s.getResource("article").getURI());
            }
        }
        String html = Files.readString(file);
        Matcher data = Pattern.compile("id=\"newsgraph-data\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(data.find());
        Set<String> embedded = new HashSet<>();
        JSON.parse(data.group(1).replace("<\\/", "</")).getObj("results").getObj("articles").getObj("results")
                .get("bindings").getAsArray().forEach(b -> embedded.add(b.getAsObject().getObj("article").getString("value")));
        assertEquals(behind, embedded);
        assertTrue(!embedded.isEmpty() && embedded.size() < all.size(), embedded + " of " + all);
    }

    static Stream<Arguments> datedReports() {
        return Stream.of(Arguments.of("2024-11-01", "2024-11-30"), Arguments.of("2025-01-01", "2025-12-31"));
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badUsage")
    void refusesBadUsage(List<String> args, String message) {
        Run r = run(args.toArray(String[]::new));
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(message), r.err());
    }

    static Stream<Arguments> badUsage() {
        return Stream.of(
                Arguments.of(List.of("report", "-o", "x.html", "--from", "November"), "--from 'November' is not a date"),
                Arguments.of(List.of("report", "-o", "x.html", "--db", "a", "--endpoint", "http://127.0.0.1:1/news"),
                        "give --db or --endpoint, not both"),
                Arguments.of(List.of("report"), "Missing required option"));
    }
}
