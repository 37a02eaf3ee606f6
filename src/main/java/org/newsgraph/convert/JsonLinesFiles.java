package org.newsgraph.convert;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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
 * its text. A bad line is a problem naming its number, and the other lines go on.
 */
final class JsonLinesFiles {

    private JsonLinesFiles() {
    }

    static List<FoundArticle> read(Path file, String name, Consumer<String> problems) {
        List<FoundArticle> out = new ArrayList<>();
        String iri = PageFiles.fileIri(file);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String lineName = name + ":" + n;
                try {
                    out.add(article(line, lineName, iri + "#line-" + n));
                } catch (NewsgraphException e) {
                    problems.accept(e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.accept(name + ": cannot read: " + e.getMessage());
        }
        return out;
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
