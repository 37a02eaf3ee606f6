package org.newsgraph.eval;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** A gold actor: its canonical name, its type, the other names it goes by, and whether it is borderline. */
public record GoldActor(String name, ActorType type, List<String> aliases, boolean optional) {

    /** The four entity types of the graph contract. */
    public enum ActorType { Person, Organization, Country, Place }

    public GoldActor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
    }

    /** The name followed by the aliases. */
    public List<String> names() {
        return Stream.concat(Stream.of(name), aliases.stream()).toList();
    }
}
