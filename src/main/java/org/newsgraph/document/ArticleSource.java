package org.newsgraph.document;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where an article comes from: the path as the user gave it, a stable id derived from the file name,
 * and the metadata a user supplies beside it (publisher, publication date, language: when none is given, the
 * converter tells it from the text).
 */
public record ArticleSource(String sourceFile, String id, Optional<String> publisher,
                            Optional<LocalDate> published, Optional<String> language) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public ArticleSource {
        Objects.requireNonNull(sourceFile, "sourceFile");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("article id must be a file-name slug: " + id);
        }
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(language, "language");
    }

    /** The same source with its language known. */
    public ArticleSource withLanguage(String code) {
        return new ArticleSource(sourceFile, id, publisher, published, Optional.of(code));
    }

    /** The article id: the file name without its extension, reduced to a safe slug. */
    public static String idOf(String fileName) {
        String stem = fileName.toLowerCase(Locale.ROOT).endsWith(".txt")
                ? fileName.substring(0, fileName.length() - 4) : fileName;
        String slug = stem.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        return slug.isEmpty() ? "article" : slug;
    }
}
