package org.newsgraph.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.newsgraph.store.TdbStore;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Not a test: times the view over a store in headless Chromium, the first picture (from the page's start) and an
 * evidence click on the widest and on the narrowest tie drawn, each five times, and prints the figures (and the
 * machine's load average) for docs/BENCHMARKS.md.
 * Run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.newsgraph.server.ViewBenchmark STORE [--cold]}
 * ({@code --cold}: without the warm-up 'serve' and 'up' run before they print the view's address).
 */
public final class ViewBenchmark {

    private ViewBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        TdbStore store = TdbStore.open(Path.of(args[0]));
        SparqlServer server = SparqlServer.start(store.dataset(),
                new SparqlServer.Settings("127.0.0.1", 0, Duration.ofSeconds(60), Optional.empty()));
        if (!Arrays.asList(args).contains("--cold")) {
            ViewWarmUp.run(store.dataset()); // as 'serve' and 'up' do before they print the view's address
        }
        ChromeOptions options = new ChromeOptions().setBinary(WebUiBrowserTest.CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--no-first-run", "--window-size=1400,900");
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(WebUiBrowserTest.CHROMEDRIVER.toFile()).build(), options);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        List<Long> answers = new ArrayList<>();
        List<Long> pictures = new ArrayList<>();
        List<Long> clicks = new ArrayList<>();
        List<Long> narrowClicks = new ArrayList<>();
        try {
            for (int run = 0; run < 5; run++) {
                browser.get(server.viewUrl());
                wait.until(b -> Boolean.TRUE.equals(js.executeScript("return !!(window.newsgraphView && newsgraphView.drawn)")));
                answers.add(((Number) js.executeScript("return newsgraphView.timings.answers")).longValue());
                pictures.add(((Number) js.executeScript("return newsgraphView.timings.firstPicture")).longValue());
                for (List<Long> times : List.of(clicks, narrowClicks)) {
                    String pick = times == clicks ? "b.events - a.events" : "a.events - b.events";
                    js.executeScript("""
                            const tie = [...newsgraphView.edges.values()].sort((a, b) => %s)[0];
                            newsgraphView.timings.evidence = undefined;
                            newsgraphView.network.emit('click', {nodes: [], edges: [tie.id]});""".formatted(pick));
                    wait.until(b -> js.executeScript("return newsgraphView.timings.evidence") != null);
                    times.add(((Number) js.executeScript("return newsgraphView.timings.evidence")).longValue());
                }
            }
            String counts = (String) js.executeScript("return document.getElementById('status').textContent");
            System.out.println("view over " + args[0] + ": " + counts);
            System.out.println("answers in (ms): " + answers);
            System.out.println("first picture (ms): " + pictures);
            System.out.println("evidence click on the widest tie (ms): " + clicks);
            System.out.println("evidence click on the narrowest tie (ms): " + narrowClicks);
            System.out.println("load average: " + Files.readString(Path.of("/proc/loadavg")).trim());
        } finally {
            browser.quit();
            server.stop();
        }
    }
}
