package org.newsgraph.query;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Who is tied to whom: the answer of the view's network query ({@code newsgraph/view/network.rq}, one row per tie,
 * read in the summary graph) as actors and ties, the ties the view draws with the attributes it shows.
 */
public record ActorNetwork(List<Actor> actors, List<Tie> ties) {

    /** Where the query is on the classpath; the view reads the same file. */
    public static final String QUERY = "newsgraph/view/network.rq";

    /** An actor (or the place a visit goes to): its IRI, name, most specific type and number of articles. */
    public record Actor(String iri, String label, String type, int articles) {
    }

    /**
     * Events of one kind between two actors: how many events and articles, the strongest status
     * (reported, claimed, hedged, denied in that order), whether any is contested, the first and last date ("" if none).
     */
    public record Tie(String type, String from, String to, int events, int articles, String status,
                      boolean contested, String firstDate, String lastDate) {
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
        List<Tie> ties = new ArrayList<>();
        try (QueryExec qe = exec.query(QueryRunner.parse(QUERY, query)).build()) {
            ResultSet rows = ResultSet.adapt(qe.select());
            while (rows.hasNext()) {
                QuerySolution r = rows.next();
                Function<String, String> text = name -> r.contains(name) ? r.get(name).isLiteral()
                        ? r.getLiteral(name).getLexicalForm() : r.get(name).toString() : "";
                for (String end : List.of("from", "to")) {
                    String articles = text.apply(end + "Articles");
                    actors.putIfAbsent(text.apply(end), new Actor(text.apply(end), text.apply(end + "Label"),
                            text.apply(end + "Type"), articles.isEmpty() ? 0 : Integer.parseInt(articles)));
                }
                ties.add(new Tie(text.apply("type"), text.apply("from"), text.apply("to"), Integer.parseInt(text.apply("events")),
                        Integer.parseInt(text.apply("articles")), text.apply("status"), "true".equals(text.apply("contested")),
                        text.apply("firstDate"), text.apply("lastDate")));
            }
        } catch (RuntimeException e) {
            if (e instanceof NewsgraphException ne) {
                throw ne;
            }
            throw NewsgraphException.failure("cannot read the actor network: " + e.getMessage(), e);
        }
        List<Actor> actorList = actors.values().stream()
                .sorted(Comparator.comparingInt(Actor::articles).reversed().thenComparing(Actor::label).thenComparing(Actor::iri))
                .toList();
        return new ActorNetwork(actorList, ties);
    }
}
