package org.newsgraph.server;

import java.io.IOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Notices a client that closes its connection while its request is still being worked on, and cancels
 * the request's queries. Jetty does not read a connection while its request is handled, so it cannot
 * tell; this watch registers the connection's socket with a selector of its own, and when the socket
 * becomes readable with nothing to read, the client has gone (as nginx tells a client that left).
 * A connection with bytes waiting (a pipelined request) is left alone: reading them would take them
 * from Jetty. A connection stays registered, idle between its requests, until it closes.
 */
final class DepartureWatch implements AutoCloseable {

    private static final ThreadLocal<Watched> CURRENT = new ThreadLocal<>();

    private final Selector selector;
    private final Thread thread;

    private DepartureWatch(Selector selector) {
        this.selector = selector;
        this.thread = new Thread(this::run, "newsgraph-departures");
        thread.setDaemon(true);
    }

    /** Starts the watch's thread. */
    static DepartureWatch start() {
        try {
            DepartureWatch watch = new DepartureWatch(Selector.open());
            watch.thread.start();
            return watch;
        } catch (IOException e) {
            throw new IllegalStateException("cannot open a selector", e);
        }
    }

    /**
     * Watches {@code channel} while the calling thread works on its request; queries started on this
     * thread until the returned handle is closed are cancelled if the client goes.
     */
    Watched watch(SocketChannel channel) {
        Watched watched = new Watched();
        CURRENT.set(watched);
        try {
            SelectionKey key = channel.keyFor(selector);
            if (key == null) {
                key = channel.register(selector, SelectionKey.OP_READ, watched);
                // a key registered during a select is watched from the next one: start it now
                selector.wakeup();
            } else {
                key.attach(watched);
                key.interestOps(SelectionKey.OP_READ);
            }
            watched.key = key;
        } catch (ClosedChannelException | CancelledKeyException | ClosedSelectorException closed) {
            watched.departed();
        }
        return watched;
    }

    /** Cancels {@code signal} (a query's cancel signal) if the client of this thread's request goes. */
    static void cancelOnDeparture(AtomicBoolean signal) {
        Watched watched = CURRENT.get();
        if (watched != null) {
            watched.add(signal);
        }
    }

    private void run() {
        try {
            while (selector.isOpen()) {
                selector.select(250);
                for (SelectionKey key : selector.selectedKeys()) {
                    try {
                        if (key.attachment() instanceof Watched watched && key.channel() instanceof SocketChannel channel) {
                            if (!nothingToRead(channel)) {
                                key.interestOps(0);
                            } else if (watched.emptyReadSeen()) {
                                key.cancel();
                                watched.departed();
                            }
                        }
                    } catch (CancelledKeyException closed) {
                        // the connection closed meanwhile
                    }
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException | ClosedSelectorException closed) {
            // the server stopped
        }
    }

    /** Whether a readable socket holds no bytes: the peer closed or reset it. */
    private static boolean nothingToRead(SocketChannel channel) {
        try {
            return channel.socket().getInputStream().available() == 0;
        } catch (IOException broken) {
            return true;
        }
    }

    @Override
    public void close() {
        try {
            selector.close();
        } catch (IOException e) {
            // the selector is closed either way
        }
    }

    /** One request's watch: whether its client has gone, and the cancel signals of its queries. */
    static final class Watched implements AutoCloseable {
        private final List<AtomicBoolean> signals = new ArrayList<>();
        private boolean gone;
        private boolean emptyRead;
        private SelectionKey key;

        /** Whether the client closed its connection. */
        synchronized boolean gone() {
            return gone;
        }

        private synchronized void add(AtomicBoolean signal) {
            signals.add(signal);
            if (gone) {
                signal.set(true);
            }
        }

        /**
         * Whether the connection was already readable with nothing to read: a closed connection stays so at every
         * select, while a wake-up without data (or with data Jetty took first) does not repeat, and must not cancel
         * a live client's query.
         */
        private synchronized boolean emptyReadSeen() {
            boolean before = emptyRead;
            emptyRead = true;
            return before;
        }

        private synchronized void departed() {
            gone = true;
            signals.forEach(s -> s.set(true));
        }

        /** Ends the watch when the request is done; the connection stays registered for its next request. */
        @Override
        public void close() {
            CURRENT.remove();
            if (key != null && key.isValid() && key.attachment() == this) {
                try {
                    key.interestOps(0);
                    key.attach(null);
                } catch (CancelledKeyException closed) {
                    // the connection closed meanwhile
                }
            }
        }
    }
}
