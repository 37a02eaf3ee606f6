package org.newsgraph.convert;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/** The kinds of file that hold articles, told by name, and for {@code .xml} by whether the file is a feed. */
enum InputFormat {
    /** Plain text, one article a file. */
    TEXT,
    /** A saved web page, one article. */
    PAGE,
    /** An RSS or Atom feed, one article an item. */
    FEED,
    /** A web archive, one article an HTML response record. */
    ARCHIVE,
    /** JSON Lines, one article a line. */
    JSON_LINES;

    /** How far into an {@code .xml} file its root element is looked for. */
    private static final int SNIFF_BYTES = 2048;
    private static final Pattern FEED_ROOT = Pattern.compile("<(rss|feed|rdf:RDF)[\\s>]");

    /** The format of a file found in a folder, or null for a file that holds no article. */
    static InputFormat inFolder(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return TEXT;
        }
        if (name.endsWith(".xml")) {
            return isFeed(file) ? FEED : null;
        }
        return byName(name);
    }

    /** The format of a file the user named: anything not known by its name is read as text, as before. */
    static InputFormat named(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        InputFormat format = name.endsWith(".xml") ? FEED : byName(name);
        return format == null ? TEXT : format;
    }

    private static InputFormat byName(String name) {
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return PAGE;
        }
        if (name.endsWith(".rss") || name.endsWith(".atom")) {
            return FEED;
        }
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return ARCHIVE;
        }
        if (name.endsWith(".jsonl")) {
            return JSON_LINES;
        }
        return null;
    }

    /** Whether an {@code .xml} file's root is a feed's ({@code rss}, {@code feed}, RSS 1.0's {@code rdf:RDF}). */
    static boolean isFeed(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8);
            return FEED_ROOT.matcher(head).find() && (!head.contains("<rdf:RDF") || head.contains("purl.org/rss"));
        } catch (IOException e) {
            return false;
        }
    }
}
