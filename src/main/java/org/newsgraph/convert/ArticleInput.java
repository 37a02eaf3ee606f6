package org.newsgraph.convert;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.document.ArticleSource;

/**
 * An article to convert and what is known about it: a plain-text file read when it is converted, or the text
 * already taken from a page, feed item, archive record or JSON line of {@code path}.
 */
public record ArticleInput(Path path, ArticleSource source, Optional<String> text) {

    public ArticleInput {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }

    /** A plain-text article file, read when converted. */
    public ArticleInput(Path path, ArticleSource source) {
        this(path, source, Optional.empty());
    }
}
