package org.newsgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsgraph.document.NewsgraphException;

/**
 * The shipped SPARQL queries: every {@code .rq} in a {@code queries/} folder if one is given and exists,
 * otherwise in the {@code newsgraph/queries/} folder on the classpath (inside the jar). Name order.
 */
public final class ShippedQueries {

    /** Where the queries live on the classpath. */
    public static final String RESOURCE_FOLDER = "newsgraph/queries";

    /** One query: its name (file name without {@code .rq}) and text. */
    public record Named(String name, String text) {
    }

    private ShippedQueries() {
    }

    /** The queries in {@code folder} when it exists, else those on the classpath; empty when there are none. */
    public static List<Named> find(Path folder) {
        if (folder != null && Files.isDirectory(folder)) {
            return read(folder);
        }
        URL url = ShippedQueries.class.getClassLoader().getResource(RESOURCE_FOLDER);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return read(Path.of(uri));
            }
            FileSystem jar;
            boolean opened = false;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri);
            }
            try {
                return read(jar.getPath(RESOURCE_FOLDER));
            } finally {
                if (opened) {
                    jar.close();
                }
            }
        } catch (URISyntaxException | IOException e) {
            throw NewsgraphException.failure("cannot list the shipped queries at " + url + ": " + e.getMessage(), e);
        }
    }

    private static List<Named> read(Path folder) {
        List<Named> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String name = f.getFileName().toString();
                queries.add(new Named(name.substring(0, name.length() - 3), Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw NewsgraphException.failure(folder + ": cannot read queries: " + e.getMessage(), e);
        }
        return queries;
    }
}
