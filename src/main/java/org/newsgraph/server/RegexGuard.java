package org.newsgraph.server;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.MappedLoader;

/**
 * Bounds the regular expressions a served query can run. Java's regex backtracks, so
 * {@code REGEX("aaa…a!", "^(.*a){12}$")} can run for minutes in one call that no query timeout
 * interrupts. On a served dataset {@code REGEX}, {@code REPLACE}, {@code fn:matches} and
 * {@code fn:replace} match through a text that checks a clock and the query's cancel signal as the
 * matcher reads it: one call gets {@link #BUDGET}, and stops at once when the query times out or its
 * client goes. Library functions that do unbounded work in one call are refused.
 */
final class RegexGuard {

    /** The function every {@code REGEX} and {@code fn:matches} of a served query becomes. */
    static final String REGEX = "https://w3id.org/newsgraph/fn#guardedRegex";
    /** The function every {@code REPLACE} and {@code fn:replace} of a served query becomes. */
    static final String REPLACE = "https://w3id.org/newsgraph/fn#guardedReplace";
    /** How long one regex call may take before the query fails. */
    static final Duration BUDGET = Duration.ofSeconds(1);

    private static final String FN = "http://www.w3.org/2005/xpath-functions#";
    private static final String FUNCTION_LIBRARY = "java:org.apache.jena.sparql.function.library.";
    private static final String PROPERTY_FUNCTION_LIBRARY = "java:org.apache.jena.sparql.pfunction.library.";
    /** ARQ library classes (afn:, lfn:, apf:) whose one call runs unbounded: a sleep, a huge product, a split by regex. */
    private static final Set<String> REFUSED = Set.of("wait", "leviathan.factorial", "strSplit");

    private RegexGuard() {
    }

    /** Makes {@code dataset}'s queries resolve functions through the guarded registries; other datasets are untouched. */
    static void apply(DatasetGraph dataset) {
        Context context = dataset.getContext();
        FunctionRegistry.set(context, new Functions(FunctionRegistry.get()));
        PropertyFunctionRegistry.set(context, new PropertyFunctions(PropertyFunctionRegistry.get()));
    }

    /**
     * The algebra with every {@code REGEX} and {@code REPLACE} (in filters, BIND, SELECT expressions,
     * ORDER BY, GROUP BY, aggregates, EXISTS and subqueries) turned into the guarded functions. Applied
     * before the optimizer, so constant folding, which runs while the query is planned, never calls them.
     */
    static Op guard(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex) {
                    return new E_Function(REGEX, args);
                }
                if (func instanceof E_StrReplace) {
                    return new E_Function(REPLACE, args);
                }
                return super.transform(func, args);
            }
        }, op);
    }

    /**
     * The standard functions with the regex ones guarded; of the functions ARQ loads by class name,
     * only its own library's, less {@link #REFUSED}.
     */
    private static final class Functions extends FunctionRegistry {

        Functions(FunctionRegistry standard) {
            for (var uris = standard.keys(); uris.hasNext(); ) {
                String uri = uris.next();
                put(uri, standard.get(uri));
            }
            put(REGEX, GuardedRegex.class);
            put(REPLACE, GuardedReplace.class);
            put(FN + "matches", GuardedRegex.class);
            put(FN + "replace", GuardedReplace.class);
            put(FUNCTION_LIBRARY + "FN_Matches", GuardedRegex.class);
            put(FUNCTION_LIBRARY + "FN_StrReplace", GuardedReplace.class);
        }

        @Override
        public synchronized FunctionFactory get(String uri) {
            if (isRegistered(uri)) {
                return super.get(uri);
            }
            String loaded = MappedLoader.mapDynamicURI(uri);
            if (loaded == null) {
                return null;
            }
            if (isRegistered(loaded)) {
                return super.get(loaded);
            }
            if (loaded.startsWith(FUNCTION_LIBRARY) && !REFUSED.contains(loaded.substring(FUNCTION_LIBRARY.length()))) {
                return super.get(uri);
            }
            return refused(uri);
        }

        private static FunctionFactory refused(String uri) {
            return ignored -> {
                throw new QueryDeniedException("function <" + uri + "> is not available on this server");
            };
        }
    }

    /** The standard property functions; of those ARQ loads by class name, only its own library's, less {@link #REFUSED}. */
    private static final class PropertyFunctions extends PropertyFunctionRegistry {

        PropertyFunctions(PropertyFunctionRegistry standard) {
            for (var uris = standard.keys(); uris.hasNext(); ) {
                String uri = uris.next();
                put(uri, standard.get(uri));
            }
        }

        @Override
        public synchronized boolean manages(String uri) {
            if (isRegistered(uri)) {
                return true;
            }
            String loaded = MappedLoader.mapDynamicURI(uri);
            return loaded != null && (!allowed(loaded) || super.manages(uri));
        }

        @Override
        public synchronized PropertyFunctionFactory get(String uri) {
            if (isRegistered(uri)) {
                return super.get(uri);
            }
            String loaded = MappedLoader.mapDynamicURI(uri);
            if (loaded != null && allowed(loaded)) {
                return super.get(uri);
            }
            return ignored -> {
                throw new QueryDeniedException("property function <" + uri + "> is not available on this server");
            };
        }

        private static boolean allowed(String loaded) {
            return loaded.startsWith(PROPERTY_FUNCTION_LIBRARY)
                    && !REFUSED.contains(loaded.substring(PROPERTY_FUNCTION_LIBRARY.length()));
        }
    }

    /** {@code REGEX(text, pattern[, flags])} with Jena's flags, matched through a {@link Guarded} text. */
    public static final class GuardedRegex extends FunctionBase {

        private String compiledFrom;
        private Pattern compiled;

        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 2 && args.size() != 3) {
                throw new QueryBuildException("REGEX takes two or three arguments");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            return exec(args, null);
        }

        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
            String pattern = string("REGEX", args.get(1));
            String flags = args.size() == 3 ? string("REGEX", args.get(2)) : null;
            String key = flags + "/" + pattern;
            if (!key.equals(compiledFrom)) {
                compiled = RegexEngine.makePattern("REGEX", pattern, flags);
                compiledFrom = key;
            }
            Guarded guarded = new Guarded(text.getLiteralLexicalForm(), pattern, env);
            return NodeValue.booleanReturn(compiled.matcher(guarded).find());
        }
    }

    /** {@code REPLACE(text, pattern, replacement[, flags])} as Jena computes it, matched through a {@link Guarded} text. */
    public static final class GuardedReplace extends FunctionBase {

        private String compiledFrom;
        private Pattern compiled;

        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() != 3 && args.size() != 4) {
                throw new QueryBuildException("REPLACE takes three or four arguments");
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            return exec(args, null);
        }

        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            NodeValue text = args.get(0);
            String s = NodeValueOps.checkAndGetStringLiteral("REPLACE", text).getLiteralLexicalForm();
            String pattern = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(1)).getLiteralLexicalForm();
            String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
            String flags = args.size() == 4
                    ? NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(3)).getLiteralLexicalForm() : null;
            String key = flags + "/" + pattern;
            if (!key.equals(compiledFrom)) {
                compiled = RegexEngine.makePattern("REPLACE", pattern, flags);
                compiledFrom = key;
            }
            Matcher m = compiled.matcher(new Guarded(s, pattern, env));
            StringBuilder out = null;
            try {
                // as Jena's REPLACE: an empty match right after another match is not replaced
                while (m.find()) {
                    if (out == null) {
                        out = new StringBuilder();
                    } else if (m.start() == m.end()) {
                        continue;
                    }
                    m.appendReplacement(out, replacement);
                }
            } catch (IndexOutOfBoundsException | IllegalArgumentException badReplacement) {
                throw new ExprEvalException("REPLACE: " + badReplacement.getMessage());
            }
            if (out == null) {
                return text;
            }
            m.appendTail(out);
            String replaced = out.toString();
            if (replaced.equals(s)) {
                return text;
            }
            Node arg = text.asNode();
            return NodeValue.makeNode(NodeFactory.createLiteral(replaced, arg.getLiteralLanguage(),
                    arg.getLiteralDatatype()));
        }
    }

    /** A pattern or flags argument of REGEX, which must be a simple string. */
    private static String string(String function, NodeValue v) {
        if (!v.isString()) {
            throw new ExprEvalException(function + ": not a string: " + v);
        }
        return v.getString();
    }

    /**
     * Fails the query when one regex call runs past {@link #BUDGET}: a cancellation, because Jena's FILTER
     * turns every other evaluation error into "false", which would answer the attacker's question wrongly
     * instead of refusing it. Fuseki answers a cancelled query with 503.
     */
    static final class RegexTooCostly extends QueryCancelledException {
        private final String message;

        RegexTooCostly(String message) {
            this.message = message;
        }

        @Override
        public String getMessage() {
            return message;
        }
    }

    /**
     * The text as the matcher reads it: every 4096 reads it checks the call's budget and the query's
     * cancel signal (set by the query timeout, also while the query is planned, and when the client goes).
     */
    private static final class Guarded implements CharSequence {
        private final String text;
        private final String pattern;
        private final long deadline;
        private final AtomicBoolean cancelled;
        private int reads;

        Guarded(String text, String pattern, FunctionEnv env) {
            this.text = text;
            this.pattern = pattern;
            this.deadline = System.nanoTime() + BUDGET.toNanos();
            AtomicBoolean signal = env == null ? null : Context.getCancelSignal(env.getContext());
            this.cancelled = signal == null ? new AtomicBoolean() : signal;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0) {
                if (cancelled.get()) {
                    throw new QueryCancelledException();
                }
                if (System.nanoTime() > deadline) {
                    throw new RegexTooCostly("regex \"" + abbreviate(pattern) + "\" took over " + BUDGET.toSeconds()
                            + " s on one value: it backtracks too much (nested quantifiers?)");
                }
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }

        private static String abbreviate(String s) {
            return s.length() <= 60 ? s : s.substring(0, 57) + "...";
        }
    }
}
