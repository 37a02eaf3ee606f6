package org.newsgraph.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A real-world actor or place. {@code id} is its stable key ("person/kim-jong-un") from which its IRI
 * is made; {@code country} is the id of the country it belongs to or lies in, when known; {@code roles}
 * are the positions it is known by ("ministro della Difesa"), lower-case.
 */
public record Entity(String id, EntityType type, String label, List<String> altLabels,
                     Optional<String> wikidata, Optional<String> country, List<String> roles,
                     boolean newsAgency) {

    private static final Pattern ID = Pattern.compile("[a-z]+/[a-z0-9][a-z0-9-]*");
    private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");

    public Entity {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("entity id must look like 'person/kim-jong-un': " + id);
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        altLabels = List.copyOf(altLabels);
        Objects.requireNonNull(wikidata, "wikidata");
        wikidata.ifPresent(q -> {
            if (!WIKIDATA.matcher(q).matches()) {
                throw new IllegalArgumentException("not a Wikidata id: " + q);
            }
        });
        Objects.requireNonNull(country, "country");
        roles = List.copyOf(roles);
    }
}
