package org.newsgraph.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The gold annotation of one article: what a careful reader finds in it. */
public record GoldArticle(String article, Optional<String> publisher, Optional<String> published,
                          List<GoldActor> actors, List<GoldEvent> events) {

    public GoldArticle {
        Objects.requireNonNull(article, "article");
        actors = List.copyOf(actors);
        events = List.copyOf(events);
    }

    /** The gold actor with this canonical name. */
    public Optional<GoldActor> actor(String name) {
        return actors.stream().filter(a -> a.name().equals(name)).findFirst();
    }
}
