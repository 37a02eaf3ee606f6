package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.newsgraph.app.Report;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.query.ResultFormat;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph report}: the view and its data in one HTML file that opens with no server and no network. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write one self-contained HTML file: the actor network, the timeline, evidence and the shipped"
                + " queries' tables, to open from disk (no server, no network).")
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Mixin
    StoreOptions target;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The HTML file to write.")
    Path output;

    @Option(names = "--from", paramLabel = "DATE", description = "Show events from this date (YYYY-MM-DD) at first.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Show events up to this date (YYYY-MM-DD) at first.")
    String to;

    @Override
    public Integer call() {
        target.check();
        var fromDate = Report.date("--from", from);
        var toDate = Report.date("--to", to);
        String html;
        if (target.remote()) {
            var http = target.httpClient();
            html = Report.html(select(text -> out -> QueryRunner.onEndpoint(target.endpoint, http,
                    QueryRunner.parse("report", text), ResultFormat.JSON, out)), fromDate, toDate);
        } else {
            TdbStore store = target.openStore();
            html = Report.html(select(text -> out -> QueryRunner.onStore(store, QueryRunner.parse("report", text),
                    ResultFormat.JSON, out)), fromDate, toDate);
        }
        try {
            if (output.toAbsolutePath().getParent() != null) {
                Files.createDirectories(output.toAbsolutePath().getParent());
            }
            Files.writeString(output, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw NewsgraphException.failure(output + ": cannot write: " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("newsgraph report: wrote " + output + " (" + html.length() / 1024 + " KiB)");
        out.flush();
        return 0;
    }

    /** A query runner that writes into a stream, as a function from query text to its JSON answer. */
    private interface Run {
        Consumer<OutputStream> on(String text);
    }

    private static UnaryOperator<String> select(Run run) {
        return text -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            run.on(text).accept(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        };
    }
}
