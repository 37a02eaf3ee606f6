package org.newsgraph.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.lang.ClasspathResource;
import org.newsgraph.query.QueryLibrary;
import org.newsgraph.server.ViewResources;

/**
 * One HTML file that holds the view, its scripts and every answer it needs (its first picture, the evidence behind
 * that picture's ties with those articles' texts only, the timeline, the shipped queries), so it opens from disk
 * with no server and no network, to mail or archive.
 */
public final class Report {

    /** The actors the report's picture shows, as the view's first picture (top.rq's LIMIT). */
    static final int TOP = 40;
    /** The events of each tie whose sentences the report holds (the view shows the first 10 on a server). */
    static final int EVENTS_PER_TIE = 5;
    /** The rows the report keeps of each table (a shipped query, the undated events): the first, and how many in all. */
    static final int TABLE_ROWS = 1000;
    /** A report asks nothing of any host: scripts and styles are inline, fetches go nowhere. */
    static final String POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            + "img-src data: blob:";

    private Report() {
    }

    /** Parses a {@code --from}/{@code --to} date (YYYY-MM-DD). */
    public static Optional<LocalDate> date(String option, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw NewsgraphException.usage(option + " '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    /**
     * The report's HTML; {@code select} answers a SPARQL SELECT as SPARQL JSON results, {@code from} and {@code to}
     * narrow the picture to ties with an event in that range.
     */
    public static String html(UnaryOperator<String> select, Optional<LocalDate> from, Optional<LocalDate> to) {
        Map<String, JsonObject> answers = pictureAnswers(select, from, to);
        Map<String, Integer> rows = new LinkedHashMap<>();
        answers.put("undated", firstRows(answer(select, viewQuery("undated")), "undated", rows));
        List<String> names = new ArrayList<>();
        for (QueryLibrary.ShippedQuery q : QueryLibrary.all()) {
            names.add(json(q.name()));
            answers.put("queries/" + q.name(), firstRows(answer(select, q.text()), "queries/" + q.name(), rows));
        }
        StringBuilder results = new StringBuilder("{");
        answers.forEach((name, answer) -> results.append(results.length() > 1 ? "," : "").append(json(name)).append(':')
                .append(JSON.toStringFlat(answer)));
        StringBuilder counts = new StringBuilder("{");
        rows.forEach((name, n) -> counts.append(counts.length() > 1 ? "," : "").append(json(name)).append(':').append(n));
        String data = "{\"results\":" + results + "},\"rows\":" + counts + "},\"queries\":[" + String.join(",", names)
                + "],\"from\":"
                + json(from.map(LocalDate::toString).orElse("")) + ",\"to\":" + json(to.map(LocalDate::toString).orElse(""))
                + "}";
        String page = resource(ViewResources.VIEW_FOLDER + "index.html");
        return page
                .replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\">\n  <meta http-equiv=\"Content-Security-Policy\" content=\""
                        + POLICY + "\">")
                .replace("<title>newsgraph view</title>", "<title>newsgraph report</title>")
                .replace("    <a href=\"../\" id=\"fuseki-ui\">SPARQL (Fuseki UI)</a>\n", "")
                .replace("<link rel=\"stylesheet\" href=\"view.css\">",
                        "<style>\n" + resource(ViewResources.VIEW_FOLDER + "view.css") + "</style>")
                .replace("<script src=\"lib/vis-network.min.js\"></script>",
                        "<script>\n" + script(resource(ViewResources.VIS_NETWORK)) + "\n</script>")
                .replace("<script src=\"view.js\" defer></script>\n", "")
                .replace("</body>", "<script type=\"application/json\" id=\"newsgraph-data\">" + data.replace("</", "<\\/")
                        + "</script>\n<script>\n" + script(resource(ViewResources.VIEW_FOLDER + "view.js")) + "</script>\n</body>");
    }

    /**
     * The view's answers for the report's picture: the top actors (with an event in the dates when given), the ties
     * among them, each tie's first events with their sentences and facts, and the texts of those events' articles.
     */
    private static Map<String, JsonObject> pictureAnswers(UnaryOperator<String> select, Optional<LocalDate> from,
                                                          Optional<LocalDate> to) {
        UnaryOperator<String> dated = q -> {
            String after = from.map(d -> fill(q, "after", List.of(json(d.toString())))).orElse(q);
            return to.map(d -> fill(after, "before", List.of(json(d.toString())))).orElse(after);
        };
        JsonObject top = answer(select, dated.apply(viewQuery("top").replace("LIMIT 40", "LIMIT " + TOP)));
        List<String> actors = iris(top, "actor");
        JsonObject network = answer(select, dated.apply(fill(fill(viewQuery("network"), "from", actors), "to", actors)));
        JsonArray eventRows = new JsonArray();
        JsonArray factRows = new JsonArray();
        for (JsonValue tie : bindings(network)) {
            String query = viewQuery("events").replace("LIMIT 10", "LIMIT " + EVENTS_PER_TIE);
            for (String end : List.of("from", "to", "eventType")) {
                query = fill(query, end, List.of("<" + tie.getAsObject().getObj(end).getString("value") + ">"));
            }
            JsonObject tieEvents = answer(select, query);
            bindings(tieEvents).forEach(eventRows::add);
            bindings(answer(select, fill(viewQuery("facts"), "event", iris(tieEvents, "event")))).forEach(factRows::add);
        }
        JsonObject events = results(List.of("from", "to", "eventType", "event", "begin", "end", "article"), eventRows);
        Map<String, JsonObject> answers = new LinkedHashMap<>();
        answers.put("top", top);
        answers.put("network", network);
        answers.put("events", events);
        answers.put("facts", results(List.of("event", "property", "value", "valueLabel", "valueEnglish"), factRows));
        answers.put("articles", answer(select, fill(viewQuery("articles"), "article", iris(events, "article"))));
        return answers;
    }

    private static JsonArray bindings(JsonObject answer) {
        return answer.getObj("results").get("bindings").getAsArray();
    }

    /** The distinct IRIs a variable takes in an answer, written for VALUES. */
    private static List<String> iris(JsonObject answer, String variable) {
        return column(answer, variable).stream().distinct().map(iri -> "<" + iri + ">").toList();
    }

    private static String viewQuery(String name) {
        return resource(ViewResources.VIEW_FOLDER + name + ".rq");
    }

    /** The query with "VALUES ?variable { UNDEF }" filled with the terms, as the view fills it (no terms: no row). */
    static String fill(String query, String variable, List<String> terms) {
        String values = "VALUES ?" + variable + " { ";
        return query.replace(values + "UNDEF }", values + String.join(" ", terms) + " }");
    }

    private static JsonObject answer(UnaryOperator<String> select, String query) {
        return JSON.parse(select.apply(query));
    }

    /** The answer cut to its first {@link #TABLE_ROWS} rows; {@code rows} learns how many it had. */
    private static JsonObject firstRows(JsonObject answer, String name, Map<String, Integer> rows) {
        JsonArray all = bindings(answer);
        rows.put(name, all.size());
        if (all.size() <= TABLE_ROWS) {
            return answer;
        }
        JsonArray first = new JsonArray();
        all.stream().limit(TABLE_ROWS).forEach(first::add);
        List<String> vars = answer.get("head").getAsObject().get("vars").getAsArray().stream()
                .map(v -> v.getAsString().value()).toList();
        return results(vars, first);
    }

    private static List<String> column(JsonObject answer, String variable) {
        List<String> values = new ArrayList<>();
        for (JsonValue row : bindings(answer)) {
            if (row.getAsObject().hasKey(variable)) {
                values.add(row.getAsObject().getObj(variable).getString("value"));
            }
        }
        return values;
    }

    private static JsonObject results(List<String> variables, JsonArray rows) {
        JsonObject head = new JsonObject();
        JsonArray vars = new JsonArray();
        variables.forEach(v -> vars.add(new JsonString(v)));
        head.put("vars", vars);
        JsonObject body = new JsonObject();
        body.put("bindings", rows);
        JsonObject answer = new JsonObject();
        answer.put("head", head);
        answer.put("results", body);
        return answer;
    }

    /** Script text safe inside a script element: no "</script" ends it early. */
    private static String script(String js) {
        return js.replace("</script", "<\\/script");
    }

    private static String resource(String name) {
        return ClasspathResource.text(name).orElseThrow(() -> NewsgraphException.failure(name + " is missing from the build"));
    }

    /** A JSON string. */
    static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
