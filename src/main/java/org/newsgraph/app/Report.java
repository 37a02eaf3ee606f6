package org.newsgraph.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.lang.ClasspathResource;
import org.newsgraph.query.QueryLibrary;
import org.newsgraph.server.ViewResources;

/**
 * One HTML file that holds the view, its scripts and every answer it needs (network, evidence with the article
 * texts, timeline, the shipped queries), so it opens from disk with no server and no network, to mail or archive.
 */
public final class Report {

    /** The view's own queries the report answers in full; the view narrows their answers as it would the queries. */
    static final List<String> VIEW_QUERIES = List.of("network", "evidence", "articles", "facts", "undated");
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
     * preset the view's date filter.
     */
    public static String html(UnaryOperator<String> select, Optional<LocalDate> from, Optional<LocalDate> to) {
        StringBuilder results = new StringBuilder("{");
        List<String> names = new ArrayList<>();
        for (String name : VIEW_QUERIES) {
            results.append(results.length() > 1 ? "," : "").append(json(name)).append(':')
                    .append(select.apply(resource(ViewResources.VIEW_FOLDER + name + ".rq")));
        }
        for (QueryLibrary.ShippedQuery q : QueryLibrary.all()) {
            names.add(json(q.name()));
            results.append(",").append(json("queries/" + q.name())).append(':').append(select.apply(q.text()));
        }
        String data = "{\"results\":" + results + "},\"queries\":[" + String.join(",", names) + "],\"from\":"
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
