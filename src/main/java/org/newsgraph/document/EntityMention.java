package org.newsgraph.document;

import java.util.Objects;

/** A span of text that refers to an entity, and how it was recognised. */
public record EntityMention(Span span, String entityId, EntityType type, Kind kind) {

    public EntityMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
    }

    /** How a mention names its entity. */
    public enum Kind {
        /** The entity's name or one of its aliases: "Kim Jong Un", "Corea del Nord". */
        NAME,
        /** A nationality adjective standing for a country: "russo", "nordcoreana". */
        DEMONYM,
        /** A capital or seat of government standing for its country's government: "Mosca ha negato". */
        METONYM,
        /** A role phrase resolved to a person: "il leader nordcoreano". */
        ROLE,
        /** A short form resolved to a full name seen nearby: "Kim". */
        ALIAS
    }
}
