package org.newsgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two changes to the stock Fuseki UI as it is served: its query editor reads prefixes from this server
 * ({@code view/prefixes.json}) instead of prefix.cc, and on a read-only server its page carries a style sheet
 * that hides what would write (add data, edit, new dataset, remove, backup, tasks) and links to the view.
 */
final class FusekiUiPatch implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(FusekiUiPatch.class);
    /** The expression the UI's query editor builds prefix.cc's address with. */
    static final String PREFIX_CC = "(window.location.protocol.indexOf(\"http\")===0?\"//\":\"http://\")"
            + "+\"prefix.cc/popular/all.file.json\"";
    private static final Pattern QUERY_SCRIPT = Pattern.compile("/static/Query-[A-Za-z0-9_-]+\\.js");

    private final boolean readOnly;

    FusekiUiPatch(boolean readOnly) {
        this.readOnly = readOnly;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
            chain.doFilter(request, response);
        } else if (path.equals("/") || path.equals("/index.html")) {
            String sheet = readOnly ? "view/fuseki-ui-read-only.css" : "view/fuseki-ui.css";
            send(resp, "text/html", ui("index.html").replace("</head>",
                    "  <link rel=\"stylesheet\" href=\"./" + sheet + "\">\n  </head>"));
        } else if (QUERY_SCRIPT.matcher(path).matches() && resource("webapp" + path)) {
            String script = ui(path.substring(1));
            if (!script.contains(PREFIX_CC)) {
                LOG.warn("{}: prefix.cc's address not found; the query editor may call prefix.cc", path);
            }
            send(resp, "text/javascript", script.replace(PREFIX_CC, "\"view/prefixes.json\""));
        } else {
            chain.doFilter(request, response);
        }
    }

    private static void send(HttpServletResponse resp, String type, String body) throws IOException {
        resp.setContentType(type + ";charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean resource(String name) {
        return FusekiUiPatch.class.getClassLoader().getResource(name) != null;
    }

    private static String ui(String file) throws IOException {
        try (InputStream in = FusekiUiPatch.class.getClassLoader().getResourceAsStream("webapp/" + file)) {
            if (in == null) {
                throw new IOException("webapp/" + file + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
