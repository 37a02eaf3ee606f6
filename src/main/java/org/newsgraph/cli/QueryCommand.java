package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.query.QueryLibrary;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.query.ResultFormat;
import org.newsgraph.rdf.Vocab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph query}: run a shipped query, a query file or inline SPARQL against a store or server. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a shipped query by name (see 'newsgraph queries'), a .rq file, or -e TEXT.")
public final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Mixin
    StoreOptions target;

    @Parameters(paramLabel = "NAME|FILE", arity = "0..1", description = "A shipped query's name or a query file.")
    String nameOrFile;

    @Option(names = {"-e", "--expression"}, paramLabel = "TEXT", description = "The query itself.")
    String expression;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--param", paramLabel = "VAR=VALUE",
            description = "Bind a variable before running, e.g. --param node=https://w3id.org/newsgraph/id/... or --param lang=en (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Override
    public Integer call() {
        target.check();
        ResultFormat resultFormat = ResultFormat.named(format);
        if ((nameOrFile == null) == (expression == null)) {
            throw NewsgraphException.usage("give a query NAME or FILE, or -e TEXT (one of them)");
        }
        String source = expression != null ? "-e" : nameOrFile;
        Map<String, Node> bindings = new LinkedHashMap<>();
        params.forEach((name, value) -> bindings.put(name, node(value)));
        Query query = QueryRunner.bind(source, QueryRunner.parse(source, text()), bindings);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (target.remote()) {
            QueryRunner.onEndpoint(target.endpoint, target.httpClient(), query, resultFormat, bytes);
        } else {
            QueryRunner.onStore(target.openStore(), query, resultFormat, bytes);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(bytes.toString(StandardCharsets.UTF_8));
        out.flush();
        return 0;
    }

    private String text() {
        if (expression != null) {
            return expression;
        }
        var shipped = QueryLibrary.named(nameOrFile);
        if (shipped.isPresent()) {
            return shipped.get().text();
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw NewsgraphException.failure("'" + nameOrFile + "' is neither a shipped query nor a file"
                    + " (see 'newsgraph queries')");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw NewsgraphException.failure(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** A parameter value: an IRI (bare or in angle brackets), a prefixed name, any SPARQL term, or a bare word as a string. */
    private static Node node(String value) {
        String term = value.contains("://") && !value.startsWith("<") ? "<" + value + ">"
                : value.matches("\\p{L}[\\p{L}\\p{N}_-]*") ? "\"" + value + "\"" : value;
        try {
            return NodeFactoryExtra.parseNode(term, PrefixMapFactory.create(Vocab.PREFIXES));
        } catch (RuntimeException e) {
            throw NewsgraphException.usage("--param value '" + value + "' is not an IRI or RDF term");
        }
    }
}
