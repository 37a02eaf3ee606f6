package org.newsgraph.server;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Lets the requests of one client address hold at most {@code perClient} threads at once; its further
 * requests wait, holding no thread, and start as its earlier ones end. So a client whose requests hold
 * their threads (expensive queries, results it never reads) delays only itself, and other clients keep
 * the rest of the pool. Jetty's ThreadLimitHandler is not used: it also makes each write's completion
 * wait for a thread permit, so a client at its limit with blocking writers (as Fuseki's are) deadlocks.
 */
final class ClientThreadShare extends Handler.Wrapper {

    private final int perClient;
    private final Map<String, Share> shares = new HashMap<>();

    ClientThreadShare(Handler next, int perClient) {
        super(next);
        this.perClient = perClient;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String client = Request.getRemoteAddr(request);
        Waiting waiting = new Waiting(request, response, callback);
        synchronized (this) {
            Share share = shares.computeIfAbsent(client, c -> new Share());
            if (share.running >= perClient) {
                share.queue.add(waiting);
                return true;
            }
            share.running++;
        }
        return run(client, waiting);
    }

    /** Hands the request on, its slot given back (or passed to the client's next request) when it ends. */
    private boolean run(String client, Waiting w) throws Exception {
        Callback release = Callback.from(w.callback, () -> release(client));
        try {
            boolean handled = super.handle(w.request, w.response, release);
            if (!handled) {
                Response.writeError(w.request, w.response, release, HttpStatus.NOT_FOUND_404);
            }
        } catch (Throwable t) {
            Response.writeError(w.request, w.response, release, t);
        }
        return true;
    }

    private void release(String client) {
        Waiting next;
        synchronized (this) {
            Share share = shares.get(client);
            next = share.queue.poll();
            if (next == null && --share.running == 0) {
                shares.remove(client);
            }
        }
        if (next != null) {
            next.request.getContext().execute(() -> {
                try {
                    run(client, next);
                } catch (Exception e) {
                    Response.writeError(next.request, next.response, next.callback, e);
                }
            });
        }
    }

    /** One client's running requests and those waiting for a slot. */
    private static final class Share {
        private final ArrayDeque<Waiting> queue = new ArrayDeque<>();
        private int running;
    }

    private record Waiting(Request request, Response response, Callback callback) {
    }
}
