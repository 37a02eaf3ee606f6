package org.newsgraph.query;

import java.net.http.HttpClient;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.lang.ClasspathResource;
import org.newsgraph.store.TdbStore;

/**
 * Who is tied to whom: the answer of the view's network query ({@code newsgraph/view/network.rq}) gathered into
 * actors and ties, one tie per kind of event and pair of actors, as the view draws them.
 */
public record ActorNetwork(List<Actor> actors, List<Tie> ties) {

    /** Where the query is on the classpath; the view reads the same file. */
    public static final String QUERY = "newsgraph/view/network.rq";
    private static final List<String> STATUS_ORDER = List.of("reported", "claimed", "hedged", "denied");

    /** An actor (or the place a visit goes to): its IRI, name, most specific type and number of articles. */
    public record Actor(String iri, String label, String type, int articles) {
    }

    /**
     * Events of one kind between two actors: how many events and articles, the strongest status
     * (reported, claimed, hedged, denied in that order), whether any is contested, and the dates given.
     */
    public record Tie(String type, String from, String to, int events, int articles, String status,
                      boolean contested, SortedSet<String> dates) {

        /** The earliest date, or "" when no event of the tie is dated. */
        public String firstDate() {
            return dates.isEmpty() ? "" : dates.first();
        }

        /** The latest date, or "". */
        public String lastDate() {
            return dates.isEmpty() ? "" : dates.last();
        }
    }

    public ActorNetwork {
        actors = List.copyOf(actors);
        ties = List.copyOf(ties);
    }

    /** Reads the network from a store, in one read transaction. */
    public static ActorNetwork fromStore(TdbStore store) {
        return Txn.calculateRead(store.dataset(), () -> read(QueryExec.dataset(store.dataset())));
    }

    /** Reads the network from a server's SPARQL endpoint. */
    public static ActorNetwork fromEndpoint(String endpoint, HttpClient http) {
        return read(QueryExecHTTP.newBuilder().endpoint(endpoint).httpClient(http));
    }

    private static ActorNetwork read(QueryExecBuilder exec) {
        String query = ClasspathResource.text(QUERY).orElseThrow(
                () -> NewsgraphException.failure(QUERY + " is missing from the build"));
        Map<String, Actor> actors = new LinkedHashMap<>();
        Map<String, Set<String>> actorArticles = new LinkedHashMap<>();
        Map<String, TieBuilder> ties = new LinkedHashMap<>();
        try (QueryExec qe = exec.query(QueryRunner.parse(QUERY, query)).build()) {
            ResultSet rows = ResultSet.adapt(qe.select());
            while (rows.hasNext()) {
                QuerySolution r = rows.next();
                Function<String, String> text = name -> r.contains(name) ? r.get(name).isLiteral()
                        ? r.getLiteral(name).getLexicalForm() : r.get(name).toString() : "";
                for (String end : List.of("from", "to")) {
                    String iri = text.apply(end);
                    actors.putIfAbsent(iri, new Actor(iri, text.apply(end + "Label"), text.apply(end + "Type"),
                            text.apply(end + "Articles").isEmpty() ? 0 : Integer.parseInt(text.apply(end + "Articles"))));
                    actorArticles.computeIfAbsent(iri, k -> new TreeSet<>()).add(text.apply("article"));
                }
                String key = text.apply("type") + " " + text.apply("from") + " " + text.apply("to");
                ties.computeIfAbsent(key, k -> new TieBuilder(text.apply("type"), text.apply("from"), text.apply("to")))
                        .add(text.apply("event"), text.apply("article"), text.apply("status"),
                                "true".equals(text.apply("contested")), text.apply("date"));
            }
        } catch (RuntimeException e) {
            if (e instanceof NewsgraphException ne) {
                throw ne;
            }
            throw NewsgraphException.failure("cannot read the actor network: " + e.getMessage(), e);
        }
        List<Actor> actorList = actors.values().stream()
                .map(a -> new Actor(a.iri(), a.label(), a.type(), Math.max(a.articles(), actorArticles.get(a.iri()).size())))
                .sorted(Comparator.comparingInt(Actor::articles).reversed().thenComparing(Actor::label).thenComparing(Actor::iri))
                .toList();
        return new ActorNetwork(actorList, ties.values().stream().map(TieBuilder::build).toList());
    }

    /** Collects one tie's events while the rows come in. */
    private static final class TieBuilder {
        private final String type;
        private final String from;
        private final String to;
        private final Set<String> events = new TreeSet<>();
        private final Set<String> articles = new TreeSet<>();
        private final TreeSet<String> dates = new TreeSet<>();
        private String status = "reported";
        private boolean contested;

        TieBuilder(String type, String from, String to) {
            this.type = type;
            this.from = from;
            this.to = to;
        }

        void add(String event, String article, String eventStatus, boolean eventContested, String date) {
            events.add(event);
            articles.add(article);
            if (STATUS_ORDER.indexOf(eventStatus) > STATUS_ORDER.indexOf(status)) {
                status = eventStatus;
            }
            contested |= eventContested;
            if (!date.isEmpty()) {
                dates.add(date);
            }
        }

        Tie build() {
            return new Tie(type, from, to, events.size(), articles.size(), status, contested,
                    Collections.unmodifiableSortedSet(new TreeSet<>(dates)));
        }
    }
}
