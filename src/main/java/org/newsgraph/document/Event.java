package org.newsgraph.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Something an article says happened (or, for {@link Type#AGREEMENT}, a treaty it speaks of), with the
 * spans of every sentence that supports it. Arguments are entity ids by role.
 */
public record Event(Type type, List<Span> evidence, Map<Role, Set<String>> arguments,
                    Optional<Timex> date, Optional<String> place, Optional<Span> quote,
                    Optional<Materiel> materiel, Optional<Quantity> quantity, Attribution attribution,
                    List<DateClaim> dateClaims, Optional<Span> name, Set<Flag> flags) {

    public Event {
        Objects.requireNonNull(type, "type");
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException(type + " event without evidence");
        }
        evidence = List.copyOf(evidence);
        arguments = Map.copyOf(arguments);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(materiel, "materiel");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(attribution, "attribution");
        dateClaims = List.copyOf(dateClaims);
        Objects.requireNonNull(name, "name");
        flags = Set.copyOf(flags);
    }

    /** The event with more actors denying it, and the evidence where they do. */
    public Event deniedAlsoBy(Set<String> deniers, Span where) {
        Set<String> denied = new TreeSet<>(attribution.deniedBy());
        denied.addAll(deniers);
        List<Span> spans = new ArrayList<>(evidence);
        if (!spans.contains(where)) {
            spans.add(where);
        }
        return new Event(type, spans, arguments, date, place, quote, materiel, quantity,
                new Attribution(attribution.claimedBy(), denied, attribution.reportedBy(), attribution.hedged()),
                dateClaims, name, flags);
    }

    public Event withDate(Optional<Timex> newDate) {
        return new Event(type, evidence, arguments, newDate, place, quote, materiel, quantity, attribution, dateClaims,
                name, flags);
    }

    /** The same event between other actors: one more supply of a provider told before. */
    public Event withArguments(Map<Role, Set<String>> newArguments) {
        return new Event(type, evidence, newArguments, date, place, quote, materiel, quantity, attribution, dateClaims,
                name, flags);
    }

    public Set<String> get(Role role) {
        return arguments.getOrDefault(role, Set.of());
    }

    /** The kinds of event in the graph contract. */
    public enum Type {
        MEETING, VISIT, STATEMENT, AGREEMENT, MILITARY_SUPPORT
    }

    /** A yes/no property of an event. */
    public enum Flag {
        /** An agreement that binds its parties to defend each other. */
        MUTUAL_DEFENCE
    }

    /** The part an entity plays in an event. */
    public enum Role {
        PARTICIPANT, VISITOR, DESTINATION, SPEAKER, PARTY, SIGNATORY, PROVIDER, RECIPIENT
    }

    /** What is supplied in a {@link Type#MILITARY_SUPPORT} event. */
    public enum Materiel {
        TROOPS, MISSILES, MUNITIONS, OIL, AIR_DEFENCE, TECHNOLOGY, WEAPONS
    }

    /** Who vouches for an event, who denies it, who relays it, and whether the text hedges it. */
    public record Attribution(Set<String> claimedBy, Set<String> deniedBy, Set<String> reportedBy,
                              boolean hedged) {

        public static final Attribution NONE = new Attribution(Set.of(), Set.of(), Set.of(), false);

        public Attribution {
            claimedBy = Set.copyOf(claimedBy);
            deniedBy = Set.copyOf(deniedBy);
            reportedBy = Set.copyOf(reportedBy);
        }
    }

    /**
     * A signing, ratification or entry-into-force date claimed for an agreement, with the sentence that claims it and,
     * for a ratification, the parties the text says ratified then ("la Duma ha ratificato il trattato il 24 ottobre").
     */
    public record DateClaim(Relation relation, Timex timex, Span evidence, Set<String> parties) {

        public DateClaim {
            parties = Set.copyOf(parties);
        }

        /** Which date of an agreement is claimed. */
        public enum Relation {
            SIGNED, RATIFIED, IN_FORCE
        }
    }
}
