package org.newsgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.server.PasswordFile;
import org.newsgraph.server.SparqlServer;
import picocli.CommandLine.Option;

/** How {@code serve} and {@code up} run the server. */
public final class ServerOptions {

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 exposes the server to the network).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030",
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Query time limit in seconds (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--update", description = "Allow SPARQL Update and graph writes, to users of --passwd only.")
    boolean update;

    @Option(names = "--passwd", paramLabel = "FILE",
            description = "Password file (lines 'user: password', no ',' in a password; readable by you only) for --update;"
                    + " HTTP Basic authentication.")
    Path passwd;

    @Option(names = "--allow-load-from-web",
            description = "With --update: let SPARQL Update's LOAD fetch http(s) URLs (LOAD from files is always refused).")
    boolean loadFromWeb;

    SparqlServer.Settings settings() {
        if (port < 0 || port > 65535) {
            throw NewsgraphException.usage("--port must be between 0 and 65535, not " + port);
        }
        if (timeout <= 0) {
            throw NewsgraphException.usage("--timeout must be a positive number of seconds, not " + timeout);
        }
        if (update != (passwd != null)) {
            throw NewsgraphException.usage("--update needs --passwd FILE, and --passwd goes with --update");
        }
        if (loadFromWeb && !update) {
            throw NewsgraphException.usage("--allow-load-from-web goes with --update");
        }
        if (passwd != null) {
            PasswordFile.check(passwd);
        }
        return new SparqlServer.Settings(host, port, Duration.ofSeconds(timeout), Optional.ofNullable(passwd),
                loadFromWeb);
    }
}
