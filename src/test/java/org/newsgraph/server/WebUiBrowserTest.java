package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.query.QueryLibrary;
import org.newsgraph.rdf.Iris;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Fuseki UI in Debian's Chromium, headless: the dataset list shows /news, its query page runs a
 * shipped query and shows the rows. Skipped, saying why, where Chromium or chromedriver is missing.
 */
class WebUiBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;
    static SparqlServer server;
    static WebDriver browser;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser test skipped: needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                        + "); .ci/run installs them with apt-get");
        TdbStore store = TdbStore.open(dir.resolve("tdb2"));
        store.load(new GraphBatch(Iris.standard()).addFile(Path.of(SparqlServerTest.FIXTURE)));
        server = SparqlServer.start(store.dataset(),
                new SparqlServer.Settings("127.0.0.1", 0, Duration.ofSeconds(30), Optional.empty()));
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1400,1000", "--user-data-dir=" + dir.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
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

    @Test
    void theQueryPageRunsAShippedQuery() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(server.url());
        wait.until(b -> b.getPageSource().contains("/news"));

        browser.get(server.url() + "#/dataset/news/query");
        wait.until(b -> !b.findElements(By.cssSelector(".CodeMirror")).isEmpty());
        String query = QueryLibrary.named("who-met-whom").orElseThrow().text();
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);", query);
        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
        wait.until(b -> b.findElements(By.cssSelector(".yasr table tbody tr")).stream()
                .anyMatch(row -> row.getText().contains("Vladimir Putin")));

        List<String> rows = browser.findElements(By.cssSelector(".yasr table tbody tr")).stream()
                .map(WebElement::getText).toList();
        ((JavascriptExecutor) browser).executeScript("document.querySelector('.yasr').scrollIntoView();");
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", "ui-query.png"), StandardCopyOption.REPLACE_EXISTING);
        assertTrue(rows.stream().anyMatch(r -> r.contains("Kim Jong-un") && r.contains("Vladimir Putin")), rows.toString());
    }
}
