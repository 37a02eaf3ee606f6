package org.newsgraph.document;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where an article comes from: how messages name it (a path, or a path and a record), a stable id, the
 * metadata a user or the page supplies (publisher, publication date at its precision, language: when none is given, the
 * converter tells it from the text), the article's web address, and the IRI of the file, feed item or archive
 * record it was read from.
 */
public record ArticleSource(String sourceFile, String id, Optional<String> publisher,
                            Optional<PublicationDate> publication, Optional<String> language, Optional<String> url,
                            Optional<String> derivedFrom) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** How much of a web address an id keeps readable; a hash of the whole address makes it unique. */
    private static final int URL_SLUG_CHARS = 60;

    public ArticleSource {
        Objects.requireNonNull(sourceFile, "sourceFile");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("article id must be a file-name slug: " + id);
        }
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(publication, "publication");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(derivedFrom, "derivedFrom");
    }

    /** A source known by its file alone, without address or provenance. */
    public ArticleSource(String sourceFile, String id, Optional<String> publisher, Optional<LocalDate> published,
                         Optional<String> language) {
        this(sourceFile, id, publisher, published.map(PublicationDate::of), language, Optional.empty(), Optional.empty());
    }

    /** The publication day, when the metadata names one: a month or a year alone is no day. */
    public Optional<LocalDate> published() {
        return publication.flatMap(PublicationDate::day);
    }

    /** The same source with its language known. */
    public ArticleSource withLanguage(String code) {
        return new ArticleSource(sourceFile, id, publisher, publication, Optional.of(code), url, derivedFrom);
    }

    /** The article id: the file name without its extension, reduced to a safe slug. */
    public static String idOf(String fileName) {
        String stem = fileName.toLowerCase(Locale.ROOT).endsWith(".txt")
                ? fileName.substring(0, fileName.length() - 4) : fileName;
        return slug(stem, "article");
    }

    /**
     * The article id of a web address, the same whatever file or feed the page came in: host and path as a
     * readable slug, then a hash of the normalised address ("example.org-news-summit-3f9a0c12").
     */
    public static String idOfUrl(String url) {
        String normal = normaliseUrl(url);
        String readable = normal.replaceFirst("^[a-z]+://(www\\.)?", "");
        int query = readable.indexOf('?');
        readable = query < 0 ? readable : readable.substring(0, query);
        readable = readable.length() > URL_SLUG_CHARS ? readable.substring(0, URL_SLUG_CHARS) : readable;
        String slug = slug(readable, "page").replaceAll("[-._]+$", "");
        return slug + "-" + hash(normal);
    }

    /**
     * A web address as an article's identity: scheme and host in lower case, no default port, no fragment, no
     * trailing slash after a path; an address that does not parse is only trimmed.
     */
    public static String normaliseUrl(String url) {
        String trimmed = url.strip();
        try {
            URI u = new URI(trimmed);
            if (u.getScheme() == null || u.getHost() == null) {
                return trimmed;
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path
                    + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }

    private static String slug(String s, String fallback) {
        String slug = s.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        return slug.isEmpty() ? fallback : slug;
    }

    private static String hash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
