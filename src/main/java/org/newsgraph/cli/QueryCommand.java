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
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.system.Txn;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.query.QueryLibrary;
import org.newsgraph.query.ResultFormat;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.TdbStore;
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
            description = "Bind a variable before running, e.g. --param node=https://w3id.org/newsgraph/id/... (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Override
    public Integer call() {
        target.check();
        ResultFormat resultFormat = ResultFormat.named(format);
        if ((nameOrFile == null) == (expression == null)) {
            throw NewsgraphException.usage("give a query NAME or FILE, or -e TEXT (one of them)");
        }
        String source = expression != null ? "-e" : nameOrFile;
        Query query = parse(source, text());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (target.remote()) {
            run(QueryExecHTTP.newBuilder().endpoint(target.endpoint).httpClient(target.httpClient()).query(query),
                    resultFormat, bytes);
        } else {
            TdbStore store = target.openStore();
            Txn.executeRead(store.dataset(), () ->
                    run(QueryExec.dataset(store.dataset()).query(query), resultFormat, bytes));
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

    private static Query parse(String source, String text) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            String message = e.getMessage() == null ? "syntax error" : e.getMessage().lines().findFirst().orElse("");
            throw NewsgraphException.failure(source + ": line " + e.getLine() + ", column " + e.getColumn()
                    + ": " + message);
        }
    }

    private void run(QueryExecBuilder exec, ResultFormat resultFormat, ByteArrayOutputStream out) {
        params.forEach((name, value) -> exec.substitution(name, node(value)));
        try (QueryExec qe = exec.build()) {
            Query q = qe.getQuery();
            if (q.isSelectType()) {
                resultFormat.write(ResultSet.adapt(qe.select()), out);
            } else if (q.isAskType()) {
                out.writeBytes((qe.ask() + "\n").getBytes(StandardCharsets.UTF_8));
            } else {
                RDFDataMgr.write(out, q.isConstructType() ? qe.construct() : qe.describe(), RDFFormat.TURTLE_PRETTY);
            }
        }
    }

    /** A parameter value: an IRI (bare or in angle brackets), a prefixed name, or any SPARQL term. */
    private static Node node(String value) {
        String term = value.contains("://") && !value.startsWith("<") ? "<" + value + ">" : value;
        try {
            return NodeFactoryExtra.parseNode(term, PrefixMapFactory.create(Vocab.PREFIXES));
        } catch (RuntimeException e) {
            throw NewsgraphException.usage("--param value '" + value + "' is not an IRI or RDF term");
        }
    }
}
