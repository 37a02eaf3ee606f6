package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsgraph.query.QueryLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph queries}: the shipped queries and what each answers. */
@Command(name = "queries", mixinStandardHelpOptions = true,
        description = "List the shipped SPARQL queries with their one-line descriptions.")
public final class QueriesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (var q : QueryLibrary.all()) {
            out.printf("%-18s %s%n", q.name(), q.description());
        }
        out.flush();
        return 0;
    }
}
