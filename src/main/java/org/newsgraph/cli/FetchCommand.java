package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.app.Fetching;
import org.newsgraph.document.NewsgraphException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph fetch}: downloads pages, or a feed's pages, into a folder for convert and load. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Download web pages, or the pages a feed's items link to, into a folder (the only command "
                + "that reaches the network).", "Polite: robots.txt (RFC 9309), a delay per host, a User-Agent naming newsgraph;"
                + " a rerun downloads only what changed."})
public final class FetchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Parameters(paramLabel = "URL", arity = "1..*", description = "Pages or RSS/Atom feeds (http or https).")
    List<String> urls;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "fetched",
            description = "Folder to save the pages in (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--delay", paramLabel = "MS", defaultValue = "1000",
            description = "Milliseconds between two requests to one host (default: ${DEFAULT-VALUE}).")
    long delayMillis;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "Longest one address may take, from connecting to the last byte of its body, redirects "
                    + "included (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--max-size", paramLabel = "KB", defaultValue = "5120",
            description = "Largest page saved, in kilobytes (default: ${DEFAULT-VALUE}).")
    long maxKilobytes;

    @Override
    public Integer call() {
        if (delayMillis < 0 || timeoutSeconds < 1 || maxKilobytes < 1) {
            throw NewsgraphException.usage("--delay must be at least 0, --timeout and --max-size at least 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        Fetching.Counts counts = new Fetching(new Fetching.Options(Duration.ofMillis(delayMillis),
                Duration.ofSeconds(timeoutSeconds), maxKilobytes * 1024), err).fetch(urls, output);
        err.println("newsgraph fetch: " + counts.saved() + " page(s) saved, " + counts.unchanged() + " unchanged, "
                + counts.failed() + " failed, in " + output);
        err.flush();
        return counts.failed() == 0 ? 0 : NewsgraphException.FAILURE;
    }
}
