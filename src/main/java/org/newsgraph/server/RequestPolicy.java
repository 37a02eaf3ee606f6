package org.newsgraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In front of every request: admin paths ({@code /$/...}, after decoding and normalising) are read-only,
 * request bodies are limited in size, a client that goes has its queries cancelled, results cut off by
 * the query timeout end in a broken response, and each request is logged as one line at INFO.
 */
final class RequestPolicy implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger("newsgraph.request");
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final long maxBodyBytes;
    private final DepartureWatch departures;

    RequestPolicy(long maxBodyBytes, DepartureWatch departures) {
        this.maxBodyBytes = maxBodyBytes;
        this.departures = departures;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        long start = System.nanoTime();
        EndPoint connection = ServletContextRequest.getServletContextRequest(request).getConnectionMetaData()
                .getConnection().getEndPoint();
        DepartureWatch.Watched watched = connection.getTransport() instanceof SocketChannel channel
                ? departures.watch(channel) : null;
        try {
            if (isAdmin(req) && !READ_METHODS.contains(req.getMethod())) {
                resp.setHeader("Allow", "GET, HEAD, OPTIONS");
                resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "The admin endpoints are read-only");
            } else if (req.getContentLengthLong() > maxBodyBytes) {
                resp.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "Request body larger than " + maxBodyBytes + " bytes");
            } else {
                CancellationWatch cancellation = new CancellationWatch(resp);
                chain.doFilter(request, cancellation);
                if (cancellation.isCommitted() && cancellation.cancelledMidStream()) {
                    // Fuseki found the query cancelled after 200 and part of the results had gone out; ending
                    // the response normally would hand the client truncated results as if complete, so break
                    // it off: the client's HTTP library then reports an incomplete response
                    connection.close(new IOException("results cut off by the query timeout"));
                }
            }
        } finally {
            boolean gone = watched != null && watched.gone();
            if (watched != null) {
                watched.close();
            }
            String query = req.getQueryString() == null ? "" : "?" + abbreviate(req.getQueryString());
            LOG.info("{} {}{} {} {} ms{}", req.getMethod(), req.getRequestURI(), query, resp.getStatus(),
                    (System.nanoTime() - start) / 1_000_000, gone ? " (client gone: cancelled)" : "");
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

    /**
     * Watches the last bytes of the response for the note Fuseki appends when the query timeout cancels a
     * query whose results are already streaming with status 200.
     */
    private static final class CancellationWatch extends HttpServletResponseWrapper {
        private static final byte[] CANCELLED = "Query cancelled due to timeout during execution"
                .getBytes(StandardCharsets.US_ASCII);
        private final byte[] tail = new byte[256];
        private int tailLength;
        private ServletOutputStream out;

        CancellationWatch(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (out == null) {
                ServletOutputStream inner = super.getOutputStream();
                out = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        keep(new byte[] {(byte) b}, 0, 1);
                        inner.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        keep(b, off, len);
                        inner.write(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        inner.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        inner.close();
                    }

                    @Override
                    public boolean isReady() {
                        return inner.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        inner.setWriteListener(listener);
                    }
                };
            }
            return out;
        }

        private void keep(byte[] b, int off, int len) {
            int n = Math.min(len, tail.length);
            int keepOld = Math.min(tailLength, tail.length - n);
            System.arraycopy(tail, tailLength - keepOld, tail, 0, keepOld);
            System.arraycopy(b, off + len - n, tail, keepOld, n);
            tailLength = keepOld + n;
        }

        /** Whether the response so far ends with Fuseki's "query cancelled" note. */
        boolean cancelledMidStream() {
            outer:
            for (int i = 0; i + CANCELLED.length <= tailLength; i++) {
                for (int j = 0; j < CANCELLED.length; j++) {
                    if (tail[i + j] != CANCELLED[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
