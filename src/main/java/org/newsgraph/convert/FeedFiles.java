package org.newsgraph.convert;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.document.PublicationDate;
import org.newsgraph.text.ArticleReader;
import org.newsgraph.text.WebPage;

/**
 * RSS and Atom feeds read with ROME: each item is an article, its title over its content ({@code content:encoded}
 * or Atom content, else the description) as text, its link as address, its publication day (in UTC).
 */
final class FeedFiles {

    private FeedFiles() {
    }

    /**
     * The items of the feed in {@code file}; an item without text is a problem naming it, the others go on. A feed
     * is read whole, so one larger than {@link ArticleReader#MAX_BYTES} is refused.
     */
    static List<FoundArticle> read(Path file, String name, Consumer<String> problems) {
        try {
            if (Files.size(file) > ArticleReader.MAX_BYTES) {
                throw NewsgraphException.failure(name + ": feed larger than " + ArticleReader.MAX_BYTES / (1024 * 1024)
                        + " MB; not read (a feed is read whole: split it, or give its items as JSON Lines)");
            }
        } catch (IOException e) {
            throw NewsgraphException.failure(name + ": cannot read: " + e.getMessage(), e);
        }
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new XmlReader(file.toFile()));
        } catch (IOException | FeedException | IllegalArgumentException e) {
            throw NewsgraphException.failure(name + ": not a readable RSS or Atom feed: " + oneLine(e.getMessage()), e);
        }
        Optional<String> language = Optional.ofNullable(feed.getLanguage()).map(l -> l.split("[-_]")[0].toLowerCase(Locale.ROOT));
        List<FoundArticle> out = new ArrayList<>();
        int n = 0;
        for (SyndEntry entry : feed.getEntries()) {
            n++;
            String itemName = name + "#item-" + n;
            String text = ArticleReader.normalise(WebPage.fragmentText(content(entry)));
            Optional<String> title = Optional.ofNullable(entry.getTitle()).map(String::strip).filter(t -> !t.isEmpty());
            if (text.isBlank()) {
                problems.accept(itemName + ": feed item " + title.map(t -> "'" + t + "' ").orElse("") + "has no text");
                continue;
            }
            String full = title.filter(t -> !text.startsWith(t)).map(t -> t + "\n\n" + text).orElse(text);
            Optional<String> link = Optional.ofNullable(entry.getLink()).map(String::strip).filter(FeedFiles::isWebAddress);
            Optional<PublicationDate> day = Optional.ofNullable(entry.getPublishedDate())
                    .or(() -> Optional.ofNullable(entry.getUpdatedDate()))
                    .map(d -> PublicationDate.of(d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate()));
            String derivedFrom = Optional.ofNullable(entry.getUri()).filter(FeedFiles::isAbsoluteIri)
                    .orElse(PageFiles.fileIri(file) + "#item-" + n);
            out.add(new FoundArticle(itemName, full, new Metadata(Optional.ofNullable(feed.getTitle()).map(String::strip)
                    .filter(t -> !t.isEmpty()), day, language, link), derivedFrom));
        }
        return out;
    }

    /** The fullest content an item carries: its contents, else its description. */
    private static String content(SyndEntry entry) {
        String best = entry.getContents().stream().map(SyndContent::getValue).filter(v -> v != null)
                .max((a, b) -> Integer.compare(a.length(), b.length())).orElse("");
        String description = entry.getDescription() == null || entry.getDescription().getValue() == null ? ""
                : entry.getDescription().getValue();
        return best.length() >= description.length() ? best : description;
    }

    /** An absolute http(s) address with a host, the only kind kept as an article's {@code schema:url}. */
    static boolean isWebAddress(String s) {
        try {
            URI u = new URI(s);
            return u.getHost() != null && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()));
        } catch (URISyntaxException notAddress) {
            return false;
        }
    }

    private static boolean isAbsoluteIri(String s) {
        try {
            URI u = new URI(s.strip());
            return u.isAbsolute() && (isWebAddress(s.strip()) || s.startsWith("urn:") || s.startsWith("tag:"));
        } catch (URISyntaxException notIri) {
            return false;
        }
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s+", " ");
    }
}
