package org.newsgraph.convert;

import java.nio.file.Path;
import java.util.Objects;
import org.newsgraph.document.ArticleSource;

/** An article file to convert and what is known about it. */
public record ArticleInput(Path path, ArticleSource source) {

    public ArticleInput {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
    }
}
