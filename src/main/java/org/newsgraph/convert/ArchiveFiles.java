package org.newsgraph.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.document.PublicationDate;
import org.newsgraph.text.ArticleReader;
import org.newsgraph.text.WebPage;

/**
 * Web archives ({@code .warc}, {@code .warc.gz}, as Common Crawl News publishes) read with jwarc: each successful
 * HTML response record is a page; its target URI is the address when the page names no canonical one, its
 * capture day the publication day when the page gives none, its record id what the article was derived from.
 */
final class ArchiveFiles {

    /** Largest HTML body taken from a record. */
    private static final int MAX_BODY_BYTES = (int) ArticleReader.MAX_BYTES;

    private ArchiveFiles() {
    }

    /**
     * Hands the page of each HTML response record of the archive in {@code file} to {@code each}, reading one record
     * at a time; a bad record is a problem naming it, and the reading goes on. Where the archive itself breaks (a
     * truncated or corrupt file), the records after the break cannot be found: the problem names the last good one.
     */
    static void read(Path file, String name, Consumer<String> problems, Consumer<FoundArticle> each) {
        int n = 0;
        long position = 0;
        try (WarcReader reader = new WarcReader(file)) {
            position = reader.position();
            Optional<WarcRecord> next = reader.next();
            while (next.isPresent()) {
                n++;
                if (next.get() instanceof WarcResponse response) {
                    String recordName = name + "#record-" + n;
                    Optional<FoundArticle> page = Optional.empty();
                    try {
                        page = page(response, recordName);
                    } catch (NewsgraphException e) {
                        problems.accept(e.getMessage());
                    } catch (IOException | IllegalArgumentException e) {
                        problems.accept(recordName + " (offset " + position + "): unreadable HTTP response: " + e.getMessage());
                    }
                    page.ifPresent(each);
                }
                position = reader.position();
                next = reader.next();
            }
        } catch (IOException | IllegalArgumentException e) {
            problems.accept(name + (n == 0 ? ": not a readable WARC file: "
                    : ": unreadable after record " + n + " (offset " + position + "); the rest is skipped: ")
                    + e.getMessage());
        }
    }

    /** The page a response record holds, or none for a record that is not a successful HTML response. */
    private static Optional<FoundArticle> page(WarcResponse response, String recordName) throws IOException {
        if (!response.contentType().base().equals(MediaType.HTTP)) {
            return Optional.empty();
        }
        HttpResponse http = response.http();
        MediaType type = http.contentType();
        if (http.status() != 200 || !type.base().equals(MediaType.HTML)) {
            return Optional.empty();
        }
        byte[] body = http.bodyDecoded().stream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw NewsgraphException.failure(recordName + ": page larger than " + MAX_BODY_BYTES / (1024 * 1024) + " MB");
        }
        String target = response.target();
        String name = recordName + " (" + target + ")";
        WebPage page = ArticleReader.page(body, Optional.ofNullable(type.parameters().get("charset")), name, target);
        Metadata found = PageFiles.metadata(page);
        Optional<PublicationDate> captured = Optional.of(PublicationDate.of(response.date().atOffset(ZoneOffset.UTC).toLocalDate()));
        Optional<String> address = Optional.of(target).filter(FeedFiles::isWebAddress);
        return Optional.of(new FoundArticle(recordName, page.text(),
                found.or(new Metadata(Optional.empty(), captured, Optional.empty(), address)), response.id().toString()));
    }
}
