package org.newsgraph.lang;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.newsgraph.document.NewsgraphException;

/**
 * The one reader of files shipped on the classpath (language data, gazetteer, ontology, shapes, queries), so
 * that a missing or unreadable one fails the same way, naming it, wherever it is read.
 */
public final class ClasspathResource {

    /** Reads an open resource; the stream is closed afterwards. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private ClasspathResource() {
    }

    /** The resource read by {@code reader}, or empty when the build does not hold it. */
    public static <T> Optional<T> find(String name, Reader<T> reader) {
        try (InputStream in = ClasspathResource.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(reader.read(in));
        } catch (IOException e) {
            throw NewsgraphException.failure(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The resource read by {@code reader}; fails when the build does not hold it. */
    public static <T> T read(String name, Reader<T> reader) {
        return find(name, reader).orElseThrow(() -> missing(name));
    }

    /** The resource's text (UTF-8), or empty when the build does not hold it. */
    public static Optional<String> text(String name) {
        return find(name, in -> new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    /** Where the resource is, for libraries that open it themselves; fails when the build does not hold it. */
    public static URL url(String name) {
        URL url = ClasspathResource.class.getClassLoader().getResource(name);
        if (url == null) {
            throw missing(name);
        }
        return url;
    }

    private static NewsgraphException missing(String name) {
        return NewsgraphException.failure(name + " is missing from the build");
    }
}
