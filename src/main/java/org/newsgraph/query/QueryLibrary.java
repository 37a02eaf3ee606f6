package org.newsgraph.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.lang.ClasspathResource;

/**
 * The one catalogue of SPARQL queries: those shipped in the jar ({@code queries/} in the repository,
 * {@code newsgraph/queries/} on the classpath, where {@code index.txt} lists their names in order), and
 * those of a folder a user points at.
 */
public final class QueryLibrary {

    /** Where the shipped queries live on the classpath. */
    public static final String RESOURCE_FOLDER = "newsgraph/queries";

    private static final String FOLDER = RESOURCE_FOLDER + "/";

    /** A query: its name (file name without {@code .rq}), the one-line description from its first comment, and its text. */
    public record ShippedQuery(String name, String description, String text) {

        static ShippedQuery of(String name, String text) {
            return new ShippedQuery(name, QueryLibrary.description(text), text);
        }
    }

    private QueryLibrary() {
    }

    /** The shipped queries in the order of {@code index.txt}. */
    public static List<ShippedQuery> all() {
        List<ShippedQuery> out = new ArrayList<>();
        for (String name : ClasspathResource.text(FOLDER + "index.txt").orElseThrow(
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
        return ClasspathResource.text(FOLDER + name + ".rq").map(text -> ShippedQuery.of(name, text));
    }

    /** Every {@code .rq} file in {@code folder}, in name order. */
    public static List<ShippedQuery> inFolder(Path folder) {
        List<ShippedQuery> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String name = f.getFileName().toString();
                queries.add(ShippedQuery.of(name.substring(0, name.length() - 3), Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw NewsgraphException.failure(folder + ": cannot read queries: " + e.getMessage(), e);
        }
        return queries;
    }

    private static String description(String text) {
        String first = text.lines().findFirst().orElse("");
        return first.startsWith("#") ? first.substring(1).strip() : "";
    }
}
