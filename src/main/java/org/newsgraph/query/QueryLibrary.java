package org.newsgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.document.NewsgraphException;

/**
 * The SPARQL queries shipped in the jar ({@code queries/} in the repository, {@code newsgraph/queries/}
 * on the classpath); {@code index.txt} lists their names in order.
 */
public final class QueryLibrary {

    private static final String FOLDER = "newsgraph/queries/";

    /** A shipped query: its name, the one-line description from its first comment, and its text. */
    public record ShippedQuery(String name, String description, String text) {
    }

    private QueryLibrary() {
    }

    public static List<ShippedQuery> all() {
        List<ShippedQuery> out = new ArrayList<>();
        for (String name : read(FOLDER + "index.txt").orElseThrow(
                () -> NewsgraphException.failure(FOLDER + "index.txt is missing from the build")).split("\n")) {
            if (!name.isBlank()) {
                out.add(named(name.strip()).orElseThrow(
                        () -> NewsgraphException.failure(FOLDER + "index.txt names '" + name + "', which is not shipped")));
            }
        }
        return out;
    }

    public static Optional<ShippedQuery> named(String name) {
        if (!name.matches("[a-z0-9-]+")) {
            return Optional.empty();
        }
        return read(FOLDER + name + ".rq").map(text -> new ShippedQuery(name, description(text), text));
    }

    private static String description(String text) {
        String first = text.lines().findFirst().orElse("");
        return first.startsWith("#") ? first.substring(1).strip() : "";
    }

    private static Optional<String> read(String resource) {
        try (InputStream in = QueryLibrary.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw NewsgraphException.failure(resource + ": cannot read: " + e.getMessage(), e);
        }
    }
}
