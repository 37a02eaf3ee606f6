package org.newsgraph.extract;

import java.util.Optional;
import org.newsgraph.document.Entity;
import org.newsgraph.document.EntityMention;
import org.newsgraph.document.EntityType;

/** An entity mention placed in its sentence: words {@code [start, end)}, with the entity it names. */
public record Actor(EntityMention mention, Entity entity, int start, int end) {

    public String id() {
        return entity.id();
    }

    public EntityType type() {
        return entity.type();
    }

    public boolean isPerson() {
        return type() == EntityType.PERSON;
    }

    public boolean isCountry() {
        return type() == EntityType.COUNTRY;
    }

    /** A person or an organisation: someone who can speak. */
    public boolean canSpeak() {
        return type() == EntityType.PERSON || type() == EntityType.ORGANIZATION;
    }

    /** The country this actor is or belongs to: itself for a country, a place's or a person's country. */
    public Optional<String> country() {
        return isCountry() ? Optional.of(id()) : entity.country();
    }

    public boolean isDemonym() {
        return mention.kind() == EntityMention.Kind.DEMONYM;
    }
}
