package org.newsgraph.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.security.HashLoginService;
import org.eclipse.jetty.security.SecurityHandler;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.thread.Scheduler;
import org.newsgraph.document.NewsgraphException;

/**
 * Fuseki with its web UI and newsgraph's view ({@code /view/}) over one dataset, {@code /news}, safe by
 * default: read-only, bound to 127.0.0.1, no SERVICE to other hosts, no LOAD from files (nor from the web
 * unless allowed), queries time out, admin endpoints answer GET only, pages fetch from this server only.
 */
public final class SparqlServer {

    public static final String DATASET = "/news";
    /** Where newsgraph's own page is served; the Fuseki UI stays at {@code /}. */
    public static final String VIEW = "/view";
    public static final long MAX_BODY_BYTES = 1_000_000;
    /** How far past {@link #MAX_BODY_BYTES} the byte-counting backstop lets a body go before it refuses. */
    private static final long BACKSTOP_SLACK = 64 * 1024;
    /** A connection silent this long is closed. */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** How long a request body may take before {@link #MIN_BODY_RATE} applies. */
    public static final Duration BODY_GRACE = Duration.ofSeconds(5);
    /** The average rate, in bytes per second after {@link #BODY_GRACE}, below which a request body is cut off. */
    public static final long MIN_BODY_RATE = 1024;
    /** Jetty's threads (Fuseki's default is 20). */
    public static final int MAX_THREADS = 40;
    /** How many threads the requests from one client address may hold at once; the rest wait, holding none. */
    public static final int THREADS_PER_CLIENT = 16;
    /** Open connections the server accepts; more wait in the operating system's queue until one closes. */
    public static final int MAX_CONNECTIONS = 500;
    /** Open connections one client address may hold; more are closed at once. */
    public static final int CONNECTIONS_PER_CLIENT = 100;

    /** How to run the server; {@code passwordFile} present means updates are allowed to its users. */
    public record Settings(String host, int port, Duration timeout, Optional<Path> passwordFile,
                           boolean loadFromWeb) {

        /** Settings where SPARQL Update's LOAD may fetch nothing. */
        public Settings(String host, int port, Duration timeout, Optional<Path> passwordFile) {
            this(host, port, timeout, passwordFile, false);
        }

        /** Whether clients on other machines can reach the server. */
        public boolean exposed() {
            try {
                return !InetAddress.getByName(host).isLoopbackAddress();
            } catch (UnknownHostException e) {
                throw NewsgraphException.usage("unknown host '" + host + "'");
            }
        }
    }

    private final FusekiServer server;
    private final String host;
    private final DepartureWatch departures;

    private SparqlServer(FusekiServer server, String host, DepartureWatch departures) {
        this.server = server;
        this.host = host;
        this.departures = departures;
    }

    /**
     * Starts the server over {@code dataset}; the dataset's context gets the timeout, the SERVICE ban,
     * the guarded functions and a planner that guards regexes and cancels a query whose client goes.
     */
    public static SparqlServer start(DatasetGraph dataset, Settings settings) {
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));
        dataset.getContext().set(ARQ.httpServiceAllowed, false);
        LoadPolicy.apply(dataset, settings.loadFromWeb());
        RegexGuard.apply(dataset);
        dataset.getContext().set(ARQConstants.sysOptimizerFactory, (RewriteFactory) context -> {
            DepartureWatch.cancelOnDeparture(Context.getOrSetCancelSignal(context));
            Rewrite standard = Optimize.getFactory().create(context);
            return op -> standard.rewrite(RegexGuard.guard(op));
        });
        DepartureWatch departures = DepartureWatch.start();
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .numServerThreads(2, MAX_THREADS)
                .loopback(!settings.exposed())
                .staticFileBase(uiLocation())
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/datasets/*", new DatasetListing())
                .addServlet("/$/tasks/*", new TaskListing())
                .addServlet(VIEW + "/*", new ViewResources())
                .enablePing(true)
                .enableStats(true)
                .addFilter("/*", new RequestPolicy(MAX_BODY_BYTES, departures))
                .addFilter("/*", new ContentSecurity())
                .addFilter("/*", new FusekiUiPatch(settings.passwordFile().isEmpty()))
                .add(DATASET, dataService(dataset, settings.passwordFile().isPresent()));
        settings.passwordFile().ifPresent(file -> builder.passwordFile(file.toString()).auth(AuthScheme.BASIC));
        FusekiServer server = builder.build();
        ClientConnectionLimit perClient = new ClientConnectionLimit(CONNECTIONS_PER_CLIENT);
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(settings.host());
                sc.setIdleTimeout(IDLE_TIMEOUT.toMillis());
                sc.getSelectorManager().addEventListener(perClient);
            }
        }
        Server jetty = server.getJettyServer();
        jetty.setHandler(guarded(jetty.getHandler()));
        jetty.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, jetty));
        try {
            server.start();
        } catch (RuntimeException e) {
            departures.close();
            throw NewsgraphException.failure("cannot start the server on " + settings.host() + ":" + settings.port()
                    + ": " + e.getMessage(), e);
        }
        return new SparqlServer(server, settings.host(), departures);
    }

    /**
     * Jetty's own limits in front of Fuseki: the bytes actually read are counted, chunked or not, and more
     * than {@link #MAX_BODY_BYTES} is refused with 413 ({@link SizeLimitHandler}); a body slower than
     * {@link #MIN_BODY_RATE} is cut off ({@link BodyRateLimit}); a body is read in full, without holding a
     * thread, before Fuseki sees the request ({@link EagerContentHandler}), so clients that send slowly
     * occupy no worker; and one client address holds at most {@link #THREADS_PER_CLIENT} threads
     * ({@link ClientThreadShare}), so the others keep a share however its requests behave.
     */
    private static Handler guarded(Handler fuseki) {
        EagerContentHandler eager = new EagerContentHandler(new ClientThreadShare(fuseki, THREADS_PER_CLIENT),
                new EagerContentHandler.FormContentLoaderFactory(),
                new EagerContentHandler.RetainedContentLoaderFactory(MAX_BODY_BYTES, -1, true));
        // the eager loader refuses a body over the limit with 413; the size limit outside it is a backstop set a
        // little higher, since with equal limits it sometimes tripped first, and its failure came out as a 500
        SizeLimitHandler size = new SizeLimitHandler(MAX_BODY_BYTES + BACKSTOP_SLACK, -1);
        size.setHandler(new BodyRateLimit(eager, BODY_GRACE, MIN_BODY_RATE));
        return size;
    }

    /** Query and graph reads for everyone; with {@code updatable}, update and graph writes for logged-in users. */
    private static DataService dataService(DatasetGraph dataset, boolean updatable) {
        DataService.Builder service = DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R)
                .addEndpoint(Operation.GSP_R, "get");
        if (updatable) {
            service.addEndpoint(Operation.Update, "update", Auth.ANY_USER)
                    .addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
        }
        return service.build();
    }

    /** The Fuseki UI's files, shipped in the jena-fuseki-ui jar under {@code webapp/}. */
    private static String uiLocation() {
        var url = SparqlServer.class.getClassLoader().getResource("webapp/index.html");
        if (url == null) {
            throw NewsgraphException.failure("the Fuseki UI (webapp/) is missing from the build");
        }
        String s = url.toExternalForm();
        return s.substring(0, s.length() - "index.html".length());
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The server's base URL, ending in '/'. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : h) + ":" + port() + "/";
    }

    /** The view's URL, ending in '/'. */
    public String viewUrl() {
        return url() + VIEW.substring(1) + "/";
    }

    public String datasetUrl() {
        return url() + DATASET.substring(1);
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    /**
     * Stops the server and the password file's user store, which Fuseki starts outside Jetty's life cycle:
     * left running, its file scanner polls on, and warns once the file is gone. The scanner's own
     * scheduler is stopped by hand, since Jetty's {@code Scanner.doStop} leaves its thread running.
     */
    public void stop() {
        server.stop();
        for (SecurityHandler security : server.getJettyServer().getDescendants(SecurityHandler.class)) {
            if (security.getLoginService() instanceof HashLoginService login) {
                for (UserStore users : login.getBeans(UserStore.class)) {
                    List<Scheduler> schedulers = List.copyOf(users.getContainedBeans(Scheduler.class));
                    try {
                        users.stop();
                        for (Scheduler scheduler : schedulers) {
                            scheduler.stop();
                        }
                    } catch (Exception e) {
                        throw NewsgraphException.failure("cannot stop the password file's watcher: " + e.getMessage(), e);
                    }
                }
            }
        }
        departures.close();
    }
}
