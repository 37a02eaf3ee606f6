package org.newsgraph.query;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.PatternVars;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryScopeException;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.store.TdbStore;

/**
 * Runs one SPARQL query, with variables bound beforehand ({@link #bind}), against a TDB2 store (in a read transaction) or a
 * running server, and writes the answer: SELECT rows in a {@link ResultFormat}, ASK as true/false, a graph as Turtle.
 */
public final class QueryRunner {

    private QueryRunner() {
    }

    /** Parses the query; a syntax error fails with where it is in {@code source} (a name, a file, or -e). */
    public static Query parse(String source, String text) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            String message = e.getMessage() == null ? "syntax error" : e.getMessage().lines().findFirst().orElse("");
            throw NewsgraphException.failure(source + ": line " + e.getLine() + ", column " + e.getColumn()
                    + ": " + message);
        }
    }

    /**
     * The variables a query's pattern mentions, in order of appearance, then those only its FILTER and BIND
     * expressions read (a language a query defaults, as {@code COALESCE(?lang, "it")}): the names
     * {@code --param} may bind.
     */
    public static List<String> parameters(Query query) {
        Set<Var> vars = new LinkedHashSet<>(PatternVars.vars(query.getQueryPattern()));
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementFilter filter) {
                vars.addAll(filter.getExpr().getVarsMentioned());
            }

            @Override
            public void visit(ElementBind bind) {
                vars.addAll(bind.getExpr().getVarsMentioned());
            }
        });
        return vars.stream().map(Var::getVarName).toList();
    }

    /**
     * The query with each named variable replaced by its value in the query's syntax (Jena's
     * {@link QueryTransformOps#syntaxSubstitute}, which keeps a projected variable as {@code (value AS ?var)}),
     * so a store and a server run the same text. An ORDER BY key that became a constant is dropped: it
     * orders nothing and is not valid SPARQL as written.
     */
    public static Query bind(String source, Query query, Map<String, Node> values) {
        if (values.isEmpty()) {
            return query;
        }
        List<String> names = parameters(query);
        Map<Var, Node> substitution = new HashMap<>();
        values.forEach((name, value) -> {
            if (!names.contains(name)) {
                throw NewsgraphException.usage("--param " + name + ": " + source + " has no variable ?" + name
                        + "; its variables are " + names.stream().map(n -> "?" + n).collect(Collectors.joining(" ")));
            }
            substitution.put(Var.alloc(name), value);
        });
        Query bound;
        try {
            bound = QueryTransformOps.syntaxSubstitute(query, substitution);
        } catch (QueryScopeException e) {
            throw NewsgraphException.usage("--param: " + source + ": " + e.getMessage());
        }
        if (bound.hasOrderBy()) {
            var keys = bound.getOrderBy().stream().filter(c -> !c.getExpression().isConstant()).toList();
            bound.getOrderBy().clear();
            keys.forEach(bound::addOrderBy);
        }
        return bound;
    }

    /** Runs the query on the store's dataset inside one read transaction. */
    public static void onStore(TdbStore store, Query query, ResultFormat format, OutputStream out) {
        Txn.executeRead(store.dataset(), () -> run(QueryExec.dataset(store.dataset()).query(query), format, out));
    }

    /** Runs the query on a server's SPARQL endpoint through {@code http}; a failure says why in one line. */
    public static void onEndpoint(String endpoint, HttpClient http, Query query, ResultFormat format,
                                  OutputStream out) {
        try {
            run(QueryExecHTTP.newBuilder().endpoint(endpoint).httpClient(http).query(query), format, out);
        } catch (QueryExceptionHTTP | HttpException e) {
            throw NewsgraphException.failure(endpoint + ": " + why(e), e);
        }
    }

    /** What went wrong with a request to a server, in words a user can act on (never the encoded query). */
    private static String why(RuntimeException e) {
        int status = e instanceof QueryExceptionHTTP q ? q.getStatusCode() : ((HttpException) e).getStatusCode();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused (is the server running? 'newsgraph serve' starts one)";
            }
            if (t instanceof HttpTimeoutException) {
                return "no answer from the server";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host";
            }
        }
        return switch (status) {
            case 400 -> "HTTP 400: the server refused the query" + firstLine(e);
            case 401, 403 -> "HTTP " + status + " (check --user and --password)";
            case 404 -> "HTTP 404: no dataset at this URL (a dataset URL looks like http://127.0.0.1:3030/news)";
            default -> status > 0 ? "HTTP " + status + firstLine(e) : "cannot reach the server";
        };
    }

    private static String firstLine(RuntimeException e) {
        String body = e instanceof QueryExceptionHTTP q ? q.getResponse() : ((HttpException) e).getResponse();
        String line = body == null ? "" : body.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        return line.isEmpty() || line.startsWith("<") ? "" : " (" + line + ")";
    }

    private static void run(QueryExecBuilder exec, ResultFormat resultFormat, OutputStream out) {
        try (QueryExec qe = exec.build()) {
            Query q = qe.getQuery();
            if (q.isSelectType()) {
                resultFormat.write(ResultSet.adapt(qe.select()), out);
            } else if (q.isAskType()) {
                writeBytes(out, qe.ask() + "\n");
            } else {
                RDFDataMgr.write(out, q.isConstructType() ? qe.construct() : qe.describe(), RDFFormat.TURTLE_PRETTY);
            }
        }
    }

    private static void writeBytes(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw NewsgraphException.failure("cannot write the answer: " + e.getMessage(), e);
        }
    }
}
