package org.newsgraph.convert;

import java.util.Objects;

/**
 * One article as a format reader found it, before metadata.tsv applies: how messages name it ("feed.rss#item-2"),
 * its text, what its page or record says, and the IRI of the file, item or record it came from.
 */
record FoundArticle(String name, String text, Metadata metadata, String derivedFrom) {

    FoundArticle {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(derivedFrom, "derivedFrom");
    }
}
