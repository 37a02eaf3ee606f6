package org.newsgraph.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SocketChannel;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.io.SelectorManager;

/**
 * Closes a new connection at once when its client address already holds {@code perClient} open ones,
 * so that one client, however slowly it sends (a request's headers one byte at a time, which no body
 * rate sees), cannot take every connection the server accepts.
 */
final class ClientConnectionLimit implements SelectorManager.AcceptListener {

    private final int perClient;
    private final Map<SelectableChannel, InetAddress> clients = new HashMap<>();
    private final Map<InetAddress, Integer> open = new HashMap<>();

    ClientConnectionLimit(int perClient) {
        this.perClient = perClient;
    }

    @Override
    public void onAccepted(SelectableChannel channel) {
        if (!(channel instanceof SocketChannel socket)) {
            return;
        }
        InetAddress client;
        try {
            client = ((InetSocketAddress) socket.getRemoteAddress()).getAddress();
        } catch (IOException gone) {
            return;
        }
        if (count(channel, client) > perClient) {
            try {
                channel.close();
            } catch (IOException e) {
                // closed either way
            }
        }
    }

    @Override
    public void onAcceptFailed(SelectableChannel channel, Throwable cause) {
        onClosed(channel);
    }

    @Override
    public synchronized void onClosed(SelectableChannel channel) {
        InetAddress client = clients.remove(channel);
        if (client != null) {
            open.computeIfPresent(client, (c, n) -> n == 1 ? null : n - 1);
        }
    }

    private synchronized int count(SelectableChannel channel, InetAddress client) {
        clients.put(channel, client);
        return open.merge(client, 1, Integer::sum);
    }
}
