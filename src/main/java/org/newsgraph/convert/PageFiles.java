package org.newsgraph.convert;

import java.nio.file.Path;
import java.util.Optional;
import org.newsgraph.text.ArticleReader;
import org.newsgraph.text.WebPage;

/** Saved web pages: the page's article and the metadata it carries. */
final class PageFiles {

    private PageFiles() {
    }

    /** The article of the page in {@code file}; {@code name} is how messages call the file. */
    static FoundArticle read(Path file, String name) {
        WebPage page = ArticleReader.page(ArticleReader.bytes(file, name), Optional.empty(), name, "");
        return new FoundArticle(name, page.text(), metadata(page), fileIri(file));
    }

    /** What a page says about its article: its publisher, day, language and canonical address. */
    static Metadata metadata(WebPage page) {
        return new Metadata(page.publisher(), PublicationDates.dateOrNone(page.published()), page.language(),
                page.canonicalUrl().filter(FeedFiles::isWebAddress));
    }

    /** The IRI of a file, for {@code prov:wasDerivedFrom}. */
    static String fileIri(Path file) {
        return file.toAbsolutePath().normalize().toUri().toString();
    }
}
