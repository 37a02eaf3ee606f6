package org.newsgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.rdf.Vocab;

/**
 * {@code GET /view/...}: newsgraph's own page (files under {@code newsgraph/view/} on the classpath), the
 * shipped queries it offers ({@code /view/queries/NAME.rq}), vis-network from its WebJar and the prefix list
 * the Fuseki UI completes names from. Only these names are served, nothing else on the classpath.
 */
public final class ViewResources extends HttpServlet {

    /** Where the page, its script and its queries are on the classpath. */
    public static final String VIEW_FOLDER = "newsgraph/view/";
    /** The vis-network build the page loads, the one without peer dependencies. */
    public static final String VIS_NETWORK = "META-INF/resources/webjars/vis-network/9.1.2/standalone/umd/vis-network.min.js";

    private static final Pattern OWN_FILE = Pattern.compile("/[a-z0-9-]+\\.(html|js|css|rq)");
    private static final Pattern QUERY_FILE = Pattern.compile("/queries/([a-z0-9-]+\\.rq|index\\.txt)");
    private static final Map<String, String> TYPES = Map.of("html", "text/html", "js", "text/javascript",
            "css", "text/css", "rq", "application/sparql-query", "txt", "text/plain", "json", "application/json");

    ViewResources() {
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (path.isEmpty()) {
            resp.sendRedirect(req.getRequestURI() + "/");
            return;
        }
        Optional<byte[]> body = body(path);
        if (body.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "Not part of the view: " + path);
            return;
        }
        String file = path.equals("/") ? "index.html" : path;
        resp.setContentType(TYPES.get(file.substring(file.lastIndexOf('.') + 1)) + ";charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.getOutputStream().write(body.get());
    }

    private static Optional<byte[]> body(String path) throws IOException {
        if (path.equals("/")) {
            return resource(VIEW_FOLDER + "index.html");
        }
        if (path.equals("/prefixes.json")) {
            return Optional.of(prefixes().getBytes(StandardCharsets.UTF_8));
        }
        if (path.equals("/lib/vis-network.min.js")) {
            return resource(VIS_NETWORK);
        }
        var query = QUERY_FILE.matcher(path);
        if (query.matches()) {
            return resource("newsgraph/queries/" + query.group(1));
        }
        return OWN_FILE.matcher(path).matches() ? resource(VIEW_FOLDER + path.substring(1)) : Optional.empty();
    }

    private static Optional<byte[]> resource(String name) throws IOException {
        try (InputStream in = ViewResources.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        }
    }

    /** Our prefixes in prefix.cc's {@code all.file.json} form, which the Fuseki UI's editor reads. */
    static String prefixes() {
        StringBuilder json = new StringBuilder("{");
        Vocab.PREFIXES.getNsPrefixMap().forEach((prefix, ns) ->
                json.append(json.length() > 1 ? "," : "").append('"').append(prefix).append("\":\"").append(ns).append('"'));
        return json.append("}\n").toString();
    }
}
