package org.newsgraph.convert;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.document.PublicationDate;
import org.newsgraph.text.ArticleReader;
import org.newsgraph.text.WebPage;

/**
 * JSON Lines as news APIs export them: one article an object a line, with {@code text} (or {@code body}),
 * {@code title}, {@code date}, {@code url}, {@code publisher} and {@code language}; a body in HTML is reduced to
 * its text. The file is read a line at a time, so its size does not matter; a bad line (not JSON, no text, longer
 * than {@link ArticleReader#MAX_BYTES}) is a problem naming its number, and the other lines go on.
 */
final class JsonLinesFiles {

    /** The longest line read, in characters: an article's bound, as for a file. */
    private static final int MAX_LINE_CHARS = (int) ArticleReader.MAX_BYTES;

    private JsonLinesFiles() {
    }

    /** Hands the article of each good line of {@code file} to {@code each}, in line order. */
    static void read(Path file, String name, Consumer<String> problems, Consumer<FoundArticle> each) {
        String iri = PageFiles.fileIri(file);
        try (Lines lines = new Lines(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8),
                MAX_LINE_CHARS)) {
            int n = 0;
            for (Optional<String> line = lines.next(); lines.more(); line = lines.next()) {
                n++;
                String lineName = name + ":" + n;
                if (line.isEmpty()) {
                    problems.accept(lineName + ": line longer than " + MAX_LINE_CHARS / (1024 * 1024)
                            + " M characters; skipped");
                    continue;
                }
                if (line.get().isBlank()) {
                    continue;
                }
                FoundArticle article;
                try {
                    article = article(line.get(), lineName, iri + "#line-" + n);
                } catch (NewsgraphException e) {
                    problems.accept(e.getMessage());
                    continue;
                }
                each.accept(article);
            }
        } catch (IOException e) {
            problems.accept(name + ": cannot read: " + e.getMessage());
        }
    }

    /**
     * The lines of a text, each at most {@code max} characters: a longer one is skipped to its end without being
     * kept, so no line, however long, fills the memory. Malformed UTF-8 has been replaced by the reader.
     */
    static final class Lines implements Closeable {
        private final Reader in;
        private final int max;
        private final char[] buffer = new char[64 * 1024];
        private final StringBuilder line = new StringBuilder();
        private int position;
        private int length;
        private boolean more = true;

        Lines(Reader in, int max) {
            this.in = in;
            this.max = max;
        }

        /** The next line without its end ({@code \n} or {@code \r\n}); empty when it was too long. */
        Optional<String> next() throws IOException {
            line.setLength(0);
            boolean tooLong = false;
            boolean any = false;
            while (true) {
                if (position == length) {
                    length = Math.max(0, in.read(buffer));
                    position = 0;
                    if (length == 0) {
                        more = any;
                        return finish(tooLong);
                    }
                }
                any = true;
                int start = position;
                while (position < length && buffer[position] != '\n') {
                    position++;
                }
                if (!tooLong && line.length() + position - start > max) {
                    tooLong = true;
                    line.setLength(0);
                } else if (!tooLong) {
                    line.append(buffer, start, position - start);
                }
                if (position < length) {
                    position++;
                    return finish(tooLong);
                }
            }
        }

        /** Whether the last {@link #next} read a line, rather than finding the end of the text. */
        boolean more() {
            return more;
        }

        private Optional<String> finish(boolean tooLong) {
            if (tooLong) {
                return Optional.empty();
            }
            int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
            return Optional.of(line.substring(0, end));
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static FoundArticle article(String line, String lineName, String derivedFrom) {
        JsonObject o;
        try {
            o = JSON.parse(line);
        } catch (JsonException | IllegalArgumentException e) {
            throw NewsgraphException.failure(lineName + ": not a JSON object: " + e.getMessage().strip().replaceAll("\\s+", " "));
        }
        String body = string(o, "text").or(() -> string(o, "body")).orElseThrow(() ->
                NewsgraphException.failure(lineName + ": no 'text' or 'body' field"));
        String text = ArticleReader.normalise(WebPage.isHtml(body) || body.contains("</p>") ? WebPage.fragmentText(body) : body).strip();
        if (text.isEmpty()) {
            throw NewsgraphException.failure(lineName + ": no text");
        }
        Optional<String> title = string(o, "title");
        String full = title.filter(t -> !text.startsWith(t)).map(t -> t + "\n\n" + text).orElse(text);
        Optional<PublicationDate> day;
        try {
            day = string(o, "date").map(PublicationDates::date);
        } catch (DateTimeParseException e) {
            throw NewsgraphException.failure(lineName + ": date '" + string(o, "date").orElse("") + "' is not an ISO date");
        }
        return new FoundArticle(lineName, full, new Metadata(string(o, "publisher"), day,
                string(o, "language").map(l -> l.split("[-_]")[0].toLowerCase(Locale.ROOT)),
                string(o, "url").filter(FeedFiles::isWebAddress)), derivedFrom);
    }

    private static Optional<String> string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isString() ? Optional.of(v.getAsString().value().strip()).filter(s -> !s.isEmpty())
                : Optional.empty();
    }
}
