package org.newsgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In front of every request: admin paths ({@code /$/...}, after decoding and normalising) are read-only, request bodies are
 * limited in size, and each request is logged as one line at INFO.
 */
final class RequestPolicy implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger("newsgraph.request");
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final long maxBodyBytes;

    RequestPolicy(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        long start = System.nanoTime();
        try {
            if (isAdmin(req) && !READ_METHODS.contains(req.getMethod())) {
                resp.setHeader("Allow", "GET, HEAD, OPTIONS");
                resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "The admin endpoints are read-only");
            } else if (req.getContentLengthLong() > maxBodyBytes) {
                resp.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "Request body larger than " + maxBodyBytes + " bytes");
            } else {
                chain.doFilter(request, response);
            }
        } finally {
            String query = req.getQueryString() == null ? "" : "?" + abbreviate(req.getQueryString());
            LOG.info("{} {}{} {} {} ms", req.getMethod(), req.getRequestURI(), query, resp.getStatus(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    /**
     * Whether the request is for an admin path, judged on the path Jetty routes by (decoded, dot segments
     * and {@code ;parameters} removed), never on the raw URI: {@code /%24/datasets}, {@code /x/../$/datasets}
     * and {@code /$;x/datasets} all reach {@code /$/datasets}.
     */
    static boolean isAdmin(HttpServletRequest req) {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        return path.equals("/$") || path.startsWith("/$/");
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
