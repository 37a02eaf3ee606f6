package org.newsgraph.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.newsgraph.convert.Corpus;
import org.newsgraph.document.ArticleSource;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.text.ArticleReader;
import org.newsgraph.text.WebPage;

/**
 * {@code newsgraph fetch}: saves web pages, or the pages a feed's items link to, into a folder that convert and
 * load read. Polite: it reads robots.txt as RFC 9309 has crawlers read it, of each host and of every host a redirect
 * leads to, waits between requests to one host, names itself in its User-Agent, and asks with the validators of the
 * last fetch, so a rerun downloads only what changed. Each address is bounded in size and in time, body and
 * redirects included; a page that fails is one line naming its address, and the others go on.
 * Pages are saved as UTF-8, named after their address; {@code metadata.tsv} keeps each page's address and
 * {@code fetch-state.tsv} its validators.
 */
public final class Fetching {

    public static final String USER_AGENT = "newsgraph/0.1 (news to knowledge graph; +https://w3id.org/newsgraph)";
    public static final String STATE_FILE = "fetch-state.tsv";
    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([^;\"\\s]+)");
    private static final String ROBOT_NAME = "newsgraph";
    private static final SimpleRobotRulesParser PARSER = new SimpleRobotRulesParser();
    /** RFC 9309 asks crawlers to read at least 500 KiB of robots.txt. */
    private static final long ROBOTS_BYTES = 512 * 1024;
    private static final int MAX_REDIRECTS = 5;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    /** How politely and how far to fetch. */
    public record Options(Duration delay, Duration timeout, long maxBytes) {
    }

    /** How many pages were saved, found unchanged, or failed. */
    public record Counts(int saved, int unchanged, int failed) {
    }

    private final Options options;
    private final PrintWriter err;
    private final HttpClient client;
    private final Map<String, Robots> robots = new HashMap<>();
    private final Map<String, Long> lastRequest = new HashMap<>();

    public Fetching(Options options, PrintWriter err) {
        this.options = options;
        this.err = err;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(options.timeout()).build();
    }

    /** Fetches {@code urls} (pages or feeds) into {@code folder}. */
    public Counts fetch(List<String> urls, Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw NewsgraphException.failure(folder + ": cannot create: " + e.getMessage(), e);
        }
        Table state = Table.read(folder.resolve(STATE_FILE), List.of("url", "file", "etag", "last_modified"));
        Table metadata = Table.read(folder.resolve(Corpus.METADATA_FILE), List.of("file", "url"));
        int[] counts = new int[3];
        for (String url : urls) {
            try {
                Fetched f = get(url, state.rows().get(url));
                if (f.status() == 304) {
                    counts[1]++;
                    continue;
                }
                if (isFeed(f)) {
                    state.put(url, Map.of("file", "", "etag", f.etag(), "last_modified", f.lastModified()));
                    for (String item : itemLinks(f, url)) {
                        fetchPage(item, folder, state, metadata, counts);
                    }
                } else {
                    savePage(url, f, folder, state, metadata);
                    counts[0]++;
                }
            } catch (NewsgraphException e) {
                err.println("newsgraph fetch: " + e.getMessage());
                counts[2]++;
            }
        }
        state.write(folder.resolve(STATE_FILE));
        metadata.write(folder.resolve(Corpus.METADATA_FILE));
        return new Counts(counts[0], counts[1], counts[2]);
    }

    private void fetchPage(String url, Path folder, Table state, Table metadata, int[] counts) {
        try {
            Fetched f = get(url, state.rows().get(url));
            if (f.status() == 304) {
                counts[1]++;
                return;
            }
            savePage(url, f, folder, state, metadata);
            counts[0]++;
        } catch (NewsgraphException e) {
            err.println("newsgraph fetch: " + e.getMessage());
            counts[2]++;
        }
    }

    private void savePage(String url, Fetched f, Path folder, Table state, Table metadata) {
        String html = ArticleReader.pageChars(f.body(), f.charset());
        WebPage page = ArticleReader.page(html.getBytes(StandardCharsets.UTF_8), Optional.empty(), url, f.finalUrl());
        String address = page.canonicalUrl().orElse(f.finalUrl());
        String file = ArticleSource.idOfUrl(address) + ".html";
        try {
            Path tmp = Files.createTempFile(folder, ".fetch-", ".html");
            Files.writeString(tmp, html, StandardCharsets.UTF_8);
            Files.move(tmp, folder.resolve(file), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw NewsgraphException.failure(url + ": cannot save to " + folder + ": " + e.getMessage(), e);
        }
        state.put(url, Map.of("file", file, "etag", f.etag(), "last_modified", f.lastModified()));
        metadata.put(file, Map.of("url", address));
    }

    /** One response: its status, final address, body, declared charset and validators. */
    private record Fetched(int status, String finalUrl, byte[] body, String contentType, Optional<String> charset,
                           String etag, String lastModified) {
    }

    /** An answer whose body is still to be read, from the address a redirect chain ended at, due by {@code deadline}. */
    private record Answer(URI uri, HttpResponse<InputStream> response, Instant deadline) {
    }

    /** What robots.txt of one origin lets newsgraph fetch, and why it could not be read when it could not. */
    private record Robots(BaseRobotRules rules, String unreadable) {
    }

    private Fetched get(String url, String[] previous) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw NewsgraphException.failure(url + ": not a web address");
        }
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw NewsgraphException.failure(url + ": not an http(s) address");
        }
        Answer answer = follow(url, uri, previous, true);
        HttpResponse<InputStream> response = answer.response();
        int status = response.statusCode();
        if (status == 304) {
            close(response);
            return new Fetched(304, url, new byte[0], "", Optional.empty(), "", "");
        }
        if (status != 200) {
            close(response);
            throw NewsgraphException.failure(url + ": HTTP " + status + (status == 404 ? " (not found)"
                    : status >= 500 ? " (server error)" : ""));
        }
        byte[] body = read(url, answer, options.maxBytes());
        if (body.length > options.maxBytes()) {
            throw NewsgraphException.failure(url + ": larger than " + options.maxBytes() / 1024 + " KB; not saved");
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        Matcher m = CHARSET.matcher(type);
        return new Fetched(status, answer.uri().toString(), body, type.toLowerCase(Locale.ROOT),
                m.find() ? Optional.of(m.group(1)) : Optional.empty(),
                response.headers().firstValue("ETag").orElse(""),
                response.headers().firstValue("Last-Modified").orElse(""));
    }

    /**
     * Asks for {@code uri} and follows its redirects by hand, at most {@value #MAX_REDIRECTS}, so that, when
     * {@code askRobots}, robots.txt of every address on the way is asked first: a redirect to another host is not a
     * way around that host's robots.txt. The whole of it, redirects and body included, is due within the timeout
     * from the first request, so neither a silent server nor one that trickles a byte at a time holds fetch up.
     */
    private Answer follow(String url, URI first, String[] previous, boolean askRobots) {
        URI uri = first;
        Instant deadline = null;
        for (int hop = 0; ; hop++) {
            if (askRobots) {
                checkRobots(url, uri, hop > 0);
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("User-Agent", USER_AGENT)
                    .header("Accept-Encoding", "gzip");
            if (previous != null && !previous[2].isEmpty()) {
                request.header("If-None-Match", previous[2]);
            }
            if (previous != null && !previous[3].isEmpty()) {
                request.header("If-Modified-Since", previous[3]);
            }
            politeWait(uri.getHost());
            if (deadline == null) {
                deadline = Instant.now().plus(options.timeout());
            }
            Answer answer = send(url, uri, request, deadline);
            int status = answer.response().statusCode();
            Optional<String> location = answer.response().headers().firstValue("Location");
            if (!REDIRECTS.contains(status) || location.isEmpty()) {
                return answer;
            }
            close(answer.response());
            if (hop == MAX_REDIRECTS) {
                throw NewsgraphException.failure(url + ": more than " + MAX_REDIRECTS + " redirects; not followed");
            }
            URI next;
            try {
                next = uri.resolve(location.get().strip());
            } catch (IllegalArgumentException e) {
                throw NewsgraphException.failure(url + ": redirected to a bad address '" + location.get() + "'", e);
            }
            if (!"http".equals(next.getScheme()) && !"https".equals(next.getScheme()) || next.getHost() == null
                    || "https".equals(uri.getScheme()) && "http".equals(next.getScheme())) {
                throw NewsgraphException.failure(url + ": redirected to " + next + "; not followed");
            }
            uri = next;
        }
    }

    /** Sends one request, whose headers must arrive before {@code deadline}. */
    private Answer send(String url, URI uri, HttpRequest.Builder request, Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw lateAnswer(url);
        }
        try {
            return new Answer(uri, client.send(request.timeout(left).build(),
                    HttpResponse.BodyHandlers.ofInputStream()), deadline);
        } catch (HttpTimeoutException e) {
            throw NewsgraphException.failure(url + ": no answer within " + options.timeout().toSeconds() + " s", e);
        } catch (IOException e) {
            throw NewsgraphException.failure(url + ": " + (uri.toString().equals(url) ? "" : uri + ": ")
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NewsgraphException.failure(url + ": interrupted", e);
        }
    }

    /**
     * The body, unzipped when gzipped, up to {@code limit} bytes and one more (so the caller sees an overflow); a
     * watchdog closes the stream at the answer's deadline, which ends a read that would otherwise wait forever.
     */
    private byte[] read(String url, Answer answer, long limit) {
        HttpResponse<InputStream> response = answer.response();
        boolean gzip = response.headers().firstValue("Content-Encoding").map(v -> v.equalsIgnoreCase("gzip")).orElse(false);
        InputStream raw = response.body();
        AtomicBoolean late = new AtomicBoolean();
        long left = Math.max(0, Duration.between(Instant.now(), answer.deadline()).toMillis());
        CompletableFuture<Void> watchdog = CompletableFuture.runAsync(() -> {
            late.set(true);
            close(response);
        }, CompletableFuture.delayedExecutor(left, TimeUnit.MILLISECONDS));
        try (InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (late.get()) {
                throw lateAnswer(url);
            }
            return bytes;
        } catch (IOException e) {
            if (late.get()) {
                throw lateAnswer(url);
            }
            throw NewsgraphException.failure(url + ": cannot read the answer: " + e.getMessage(), e);
        } finally {
            watchdog.cancel(false);
        }
    }

    private NewsgraphException lateAnswer(String url) {
        return NewsgraphException.failure(url + ": answer not complete within " + options.timeout().toSeconds()
                + " s; not saved");
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // the status or the deadline already says what went wrong
        }
    }

    /** Waits until the delay since the last request to {@code host} has passed. */
    private void politeWait(String host) {
        Long last = lastRequest.get(host);
        long wait = last == null ? 0 : last + options.delay().toMillis() - System.currentTimeMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        lastRequest.put(host, System.currentTimeMillis());
    }

    /** Refuses {@code uri} when robots.txt of its origin does not let newsgraph fetch it, naming the address asked for. */
    private void checkRobots(String url, URI uri, boolean redirected) {
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        String robotsUrl = origin + "/robots.txt";
        Robots robots = this.robots.computeIfAbsent(origin, o -> readRobots(URI.create(robotsUrl)));
        if (robots.rules().isAllowed(uri.toString())) {
            return;
        }
        String where = url + ": " + (redirected ? "redirected to " + uri + ", which " : "");
        if (!robots.unreadable().isEmpty()) {
            throw NewsgraphException.failure(where + robotsUrl + " could not be read (" + robots.unreadable()
                    + "), so nothing there is fetched");
        }
        throw NewsgraphException.failure(redirected ? where + robotsUrl + " disallows; not followed"
                : url + ": disallowed by " + robotsUrl + "; not fetched");
    }

    /**
     * The rules of robots.txt for newsgraph as RFC 9309 reads them (its own group before '*', the longest matching
     * Allow or Disallow, wildcards): missing (4xx) allows all; a server error or no answer disallows all.
     */
    private Robots readRobots(URI robotsUri) {
        Answer answer;
        try {
            answer = follow(robotsUri.toString(), robotsUri, null, false);
        } catch (NewsgraphException unreachable) {
            return new Robots(PARSER.failedFetch(HttpURLConnection.HTTP_UNAVAILABLE),
                    unreachable.getMessage().substring(robotsUri.toString().length() + 2));
        }
        int status = answer.response().statusCode();
        if (status != 200) {
            close(answer.response());
            return new Robots(PARSER.failedFetch(status), status >= 400 && status < 500 ? "" : "HTTP " + status);
        }
        byte[] text;
        try {
            text = read(robotsUri.toString(), answer, ROBOTS_BYTES);
        } catch (NewsgraphException unreadable) {
            return new Robots(PARSER.failedFetch(HttpURLConnection.HTTP_UNAVAILABLE), "no whole answer");
        }
        return new Robots(PARSER.parseContent(robotsUri.toString(), Arrays.copyOf(text, (int) Math.min(text.length,
                ROBOTS_BYTES)), "text/plain", List.of(ROBOT_NAME)), "");
    }

    private static boolean isFeed(Fetched f) {
        if (f.contentType().contains("rss") || f.contentType().contains("atom")) {
            return true;
        }
        String head = new String(f.body(), 0, Math.min(f.body().length, 1024), StandardCharsets.UTF_8);
        return head.contains("<rss") || head.contains("<feed");
    }

    /** The links of a feed's items (RSS {@code <link>}, Atom {@code <link href>}), absolute against the feed. */
    private static List<String> itemLinks(Fetched f, String feedUrl) {
        org.jsoup.nodes.Document feed = Jsoup.parse(new String(f.body(), StandardCharsets.UTF_8), f.finalUrl(),
                Parser.xmlParser());
        List<String> links = new ArrayList<>();
        for (Element item : feed.select("item > link, entry > link")) {
            String link = item.hasAttr("href") ? item.absUrl("href") : item.text().strip();
            if (!link.isEmpty() && (!item.hasAttr("rel") || item.attr("rel").equals("alternate"))) {
                links.add(URI.create(feedUrl).resolve(link).toString());
            }
        }
        return links;
    }

    /**
     * A TSV table keyed by its first column (metadata.tsv, fetch-state.tsv) whose header and other columns are kept as
     * the user wrote them: fetch only adds its own columns and fills its own cells, so no column of a user's table is lost.
     */
    record Table(List<String> header, Map<String, String[]> rows) {

        static Table read(Path file, List<String> columns) {
            List<String> header = new ArrayList<>();
            Map<String, String[]> rows = new LinkedHashMap<>();
            try {
                List<String> lines = Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
                if (!lines.isEmpty()) {
                    header.addAll(List.of(lines.get(0).split("\t", -1)));
                }
                columns.stream().filter(c -> !header.contains(c)).forEach(header::add);
                for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                    if (!line.isBlank()) {
                        String[] cells = Arrays.copyOf(line.split("\t", -1), header.size());
                        Arrays.setAll(cells, k -> cells[k] == null ? "" : cells[k]);
                        rows.put(cells[0], cells);
                    }
                }
            } catch (IOException e) {
                throw NewsgraphException.failure(file + ": cannot read: " + e.getMessage(), e);
            }
            return new Table(header, rows);
        }

        /** Sets some cells of the row keyed {@code key}, adding the row if it is new. */
        void put(String key, Map<String, String> cells) {
            String[] row = rows.computeIfAbsent(key, k -> {
                String[] fresh = new String[header.size()];
                Arrays.fill(fresh, "");
                fresh[0] = k;
                return fresh;
            });
            cells.forEach((column, value) -> row[header.indexOf(column)] = value);
        }

        /** Writes the table in place of the old one, all at once. */
        void write(Path file) {
            StringBuilder out = new StringBuilder(String.join("\t", header)).append('\n');
            rows.values().forEach(r -> out.append(String.join("\t", r)).append('\n'));
            try {
                Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".fetch-", ".tsv");
                Files.writeString(tmp, out, StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw NewsgraphException.failure(file + ": cannot write: " + e.getMessage(), e);
            }
        }
    }
}
