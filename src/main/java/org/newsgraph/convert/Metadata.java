package org.newsgraph.convert;

import java.util.Optional;
import org.newsgraph.document.PublicationDate;

/** What is known about an article besides its text; a row of metadata.tsv, or what a page or record says. */
record Metadata(Optional<String> publisher, Optional<PublicationDate> published, Optional<String> language,
                Optional<String> url) {

    static final Metadata NONE = new Metadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Each field from this, or else from {@code fallback}: metadata.tsv beats the page, the page beats none. */
    Metadata or(Metadata fallback) {
        return new Metadata(publisher.or(fallback::publisher), published.or(fallback::published),
                language.or(fallback::language), url.or(fallback::url));
    }
}
