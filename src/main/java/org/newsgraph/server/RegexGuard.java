package org.newsgraph.server;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;

/**
 * Bounds SPARQL's {@code REGEX}: Java's regex backtracks, so {@code REGEX("aaa…a!", "^(.*a){12}$")}
 * can run for minutes in one call, which no query timeout interrupts (and with constant arguments it
 * runs while the query is planned, before the timeout starts). On a served dataset every REGEX is
 * rewritten to {@link Guarded}, which gives one match {@link #BUDGET} and then fails the query.
 */
final class RegexGuard {

    /** The function every REGEX of a served query becomes. */
    static final String FUNCTION = "https://w3id.org/newsgraph/fn#guardedRegex";
    /** How long one REGEX call may take before the query fails. */
    static final Duration BUDGET = Duration.ofSeconds(1);

    private RegexGuard() {
    }

    /** Makes queries on {@code dataset} run with guarded REGEX; other datasets are untouched. */
    static synchronized void apply(DatasetGraph dataset) {
        FunctionRegistry.get().put(FUNCTION, Guarded.class);
        QueryEngineRegistry engines = QueryEngineRegistry.get().copy();
        engines.add(new Rewriting(QueryEngineRegistry.get()));
        QueryEngineRegistry.set(dataset.getContext(), engines);
    }

    /** Rewrites REGEX in the query, then lets the engine that would have run it run it. */
    private record Rewriting(QueryEngineRegistry others) implements QueryEngineFactory {

        @Override
        public boolean accept(Query query, DatasetGraph dataset, Context context) {
            return others.find(query, dataset, context) != null;
        }

        @Override
        public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
            Query guarded = QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
                @Override
                public Expr transform(ExprFunctionN func, ExprList args) {
                    return func instanceof E_Regex ? new E_Function(FUNCTION, args) : super.transform(func, args);
                }
            });
            return others.find(guarded, dataset, context).create(guarded, dataset, input, context);
        }

        @Override
        public boolean accept(Op op, DatasetGraph dataset, Context context) {
            return false;
        }

        @Override
        public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
            throw new UnsupportedOperationException("the REGEX guard rewrites queries, not algebra");
        }
    }

    /** {@code REGEX(text, pattern[, flags])} with Jena's flags, each match given {@link #BUDGET}. */
    public static final class Guarded extends FunctionBase {

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
            NodeValue text = args.get(0);
            if (!text.isString() && !text.isLangString()) {
                throw new ExprEvalException("REGEX: not a string: " + text);
            }
            String pattern = args.get(1).getString();
            String flags = args.size() == 3 ? args.get(2).getString() : null;
            String key = flags + "/" + pattern;
            if (!key.equals(compiledFrom)) {
                compiled = RegexEngine.makePattern("REGEX", pattern, flags);
                compiledFrom = key;
            }
            String s = text.asNode().getLiteralLexicalForm();
            return NodeValue.booleanReturn(compiled.matcher(new Budgeted(s, pattern)).find());
        }
    }

    /**
     * Fails the query: a cancellation, because Jena's FILTER turns every other evaluation error into
     * "false", which would answer the attacker's question wrongly instead of refusing it.
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

    /** The text, read by the matcher through a clock: past the budget the query fails. */
    private static final class Budgeted implements CharSequence {
        private final String text;
        private final String pattern;
        private final long deadline;
        private int reads;

        Budgeted(String text, String pattern) {
            this.text = text;
            this.pattern = pattern;
            this.deadline = System.nanoTime() + BUDGET.toNanos();
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0 && System.nanoTime() > deadline) {
                throw new RegexTooCostly("REGEX pattern \"" + abbreviate(pattern) + "\" took over "
                        + BUDGET.toSeconds() + " s on one value: it backtracks too much (nested quantifiers?)");
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
