package org.newsgraph.cli;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.nio.file.Path;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Option;

/** Where a command finds the graph: a TDB2 store ({@code --db}) or a running SPARQL server ({@code --endpoint}). */
public final class StoreOptions {

    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 store directory (default: data/tdb2).")
    Path db;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "A running server's dataset URL instead of a store, e.g. http://127.0.0.1:3030/news.")
    String endpoint;

    @Option(names = "--user", paramLabel = "USER", description = "User name for --endpoint (HTTP Basic).")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "Password for --endpoint.")
    String password;

    /** Checks the combination once, before any work: one target, credentials only with an endpoint. */
    void check() {
        if (db != null && endpoint != null) {
            throw NewsgraphException.usage("give --db or --endpoint, not both");
        }
        if ((user != null || password != null) && endpoint == null) {
            throw NewsgraphException.usage("--user and --password go with --endpoint");
        }
        if ((user == null) != (password == null)) {
            throw NewsgraphException.usage("give --user and --password together");
        }
    }

    boolean remote() {
        return endpoint != null;
    }

    Path dbDir() {
        return db == null ? TdbStore.DEFAULT_DIR : db;
    }

    TdbStore openStore() {
        return TdbStore.open(dbDir());
    }

    /** An HTTP client that answers the server's Basic challenge when credentials were given. */
    HttpClient httpClient() {
        HttpClient.Builder b = HttpClient.newBuilder();
        if (user != null) {
            b.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password.toCharArray());
                }
            });
        }
        return b.build();
    }
}
