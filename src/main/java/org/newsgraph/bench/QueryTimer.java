package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.query.QueryLibrary;

/**
 * Times each query against a TDB2 store with the union default graph (as the server serves it): two
 * untimed warm-up runs, then {@code repeat} timed runs, each reading every result in a read transaction.
 */
public final class QueryTimer {

    private static final int WARM_UP = 2;

    /** One query's figures; {@code problem} is set (and the times are empty) when it could not run. */
    public record Timing(String name, long rows, double medianMs, double p95Ms, String problem) {
    }

    private QueryTimer() {
    }

    public static List<Timing> time(Path db, List<QueryLibrary.ShippedQuery> queries, int repeat) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
        Dataset ds = DatasetFactory.wrap(dsg);
        List<Timing> timings = new ArrayList<>();
        try {
            for (QueryLibrary.ShippedQuery q : queries) {
                timings.add(time(ds, q, repeat));
            }
        } finally {
            TDBInternal.expel(dsg);
        }
        return timings;
    }

    private static Timing time(Dataset ds, QueryLibrary.ShippedQuery named, int repeat) {
        Query query;
        try {
            query = QueryFactory.create(named.text());
        } catch (QueryParseException e) {
            return new Timing(named.name(), 0, Double.NaN, Double.NaN, "does not parse: " + e.getMessage().lines().findFirst().orElse(""));
        }
        long rows = 0;
        double[] ms = new double[repeat];
        try {
            for (int i = 0; i < WARM_UP; i++) {
                run(ds, query);
            }
            for (int i = 0; i < repeat; i++) {
                long start = System.nanoTime();
                rows = run(ds, query);
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
        } catch (RuntimeException e) {
            return new Timing(named.name(), 0, Double.NaN, Double.NaN, "fails: " + e.getMessage());
        }
        Arrays.sort(ms);
        return new Timing(named.name(), rows, percentile(ms, 50), percentile(ms, 95), null);
    }

    /** Runs the query once and reads every result; returns the number of rows (or triples, or 1 for ASK). */
    private static long run(Dataset ds, Query query) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                if (query.isSelectType()) {
                    return (long) ResultSetFormatter.consume(qe.execSelect());
                }
                if (query.isAskType()) {
                    return qe.execAsk() ? 1L : 0L;
                }
                if (query.isJsonType()) {
                    return (long) qe.execJson().size();
                }
                long[] n = new long[1];
                (query.isDescribeType() ? qe.execDescribeTriples() : qe.execConstructTriples())
                        .forEachRemaining(t -> n[0]++);
                return n[0];
            }
        });
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
