package org.newsgraph.app;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.store.GraphBatch;

/**
 * A running server's dataset that takes SPARQL Update: its URL, the HTTP Basic credentials if any (user and
 * password both or neither), and how long to wait to connect and for the answer.
 */
public record UpdateEndpoint(String url, String user, String password, int timeoutSeconds) {

    /** What to say when the request may or may not have reached the server. */
    private static final String UNKNOWN_OUTCOME = "; if the request arrived, the server applies all of it or none";

    public UpdateEndpoint {
        Objects.requireNonNull(url, "url");
        if ((user == null) != (password == null)) {
            throw new IllegalArgumentException("user and password go together");
        }
        if (timeoutSeconds <= 0) {
            throw new IllegalArgumentException("timeout must be positive: " + timeoutSeconds);
        }
    }

    /**
     * POSTs the batch to the endpoint's {@code update} service as one SPARQL Update request, which
     * Fuseki runs in one transaction: a refused or failed request changes nothing.
     */
    public void send(GraphBatch batch) {
        URI uri = URI.create(url.replaceAll("/+$", "") + "/update");
        Duration limit = Duration.ofSeconds(timeoutSeconds);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(limit)
                .header("Content-Type", "application/sparql-update; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(batch.asUpdate().toString(), StandardCharsets.UTF_8));
        if (user != null) {
            String credentials = user + ":" + password;
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(limit).build();
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw NewsgraphException.failure(uri + ": no answer within " + timeoutSeconds + " s" + UNKNOWN_OUTCOME, e);
        } catch (ConnectException e) {
            throw NewsgraphException.failure(uri + ": cannot connect (is the server running?); nothing loaded", e);
        } catch (IOException e) {
            throw NewsgraphException.failure(uri + ": " + e.getMessage() + UNKNOWN_OUTCOME, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw NewsgraphException.failure(uri + ": interrupted" + UNKNOWN_OUTCOME, e);
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            String why = switch (status) {
                case 401, 403 -> "check --user and --password";
                case 404 -> "no dataset at this URL; a dataset URL looks like http://127.0.0.1:3030/news";
                case 405 -> "the server is read-only: start it with 'newsgraph serve --update --passwd FILE'";
                case 413 -> "larger than the server accepts; load with --db while the server is stopped";
                default -> response.body().lines().findFirst().orElse("");
            };
            throw NewsgraphException.failure(uri + ": HTTP " + status + " (" + why + "); nothing loaded");
        }
    }
}
