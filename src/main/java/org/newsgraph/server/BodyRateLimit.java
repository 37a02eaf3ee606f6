package org.newsgraph.server;

import java.time.Duration;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;

/**
 * Cuts off request bodies that arrive too slowly: after a grace period from the end of the headers, a
 * body must have come at {@code minBytesPerSecond} on average, or its request fails with 408 and the
 * connection closes. A client sending one byte every two seconds is cut off soon after the grace
 * period; one that sends nothing is closed by the connection's idle timeout. Measured from the end of
 * the grace period, so a small body read at once is never "slow" (Jetty's MinimumDataRateHandler
 * measures from the start of the request, and failed every query under its rate in bytes).
 */
final class BodyRateLimit extends Handler.Wrapper {

    private final long graceNanos;
    private final long minBytesPerSecond;

    BodyRateLimit(Handler next, Duration grace, long minBytesPerSecond) {
        super(next);
        this.graceNanos = grace.toNanos();
        this.minBytesPerSecond = minBytesPerSecond;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        return super.handle(new Timed(request, response, callback), response, callback);
    }

    /**
     * The request, counting the body's bytes as they are read and checking the rate each time more is
     * awaited. A body too slow gets its 408 here, and the reader waiting for the rest is never called
     * again: handing it a failure would let the request go on to Fuseki, which answers a failed body with 500.
     */
    private final class Timed extends Request.Wrapper {
        private final Response response;
        private final Callback callback;
        private long bytes;

        Timed(Request request, Response response, Callback callback) {
            super(request);
            this.response = response;
            this.callback = callback;
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk chunk = super.read();
            if (chunk != null) {
                bytes += chunk.remaining();
            }
            return chunk;
        }

        @Override
        public void demand(Runnable more) {
            long late = NanoTime.since(getHeadersNanoTime()) - graceNanos;
            if (late > 0 && bytes < minBytesPerSecond * late / 1_000_000_000L) {
                Response.writeError(this, response, callback, HttpStatus.REQUEST_TIMEOUT_408,
                        "request body slower than " + minBytesPerSecond + " bytes/s");
                return;
            }
            super.demand(more);
        }
    }
}
