package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.document.Event;
import org.newsgraph.document.Quantity;
import org.newsgraph.document.Span;
import org.newsgraph.document.Timex;

/** An event being put together by an extractor, frozen into an {@link Event} when complete. */
final class Draft {

    final Event.Type type;
    final Span evidence;
    final Map<Event.Role, Set<String>> arguments = new EnumMap<>(Event.Role.class);
    Optional<Timex> date = Optional.empty();
    Optional<String> place = Optional.empty();
    Optional<Span> quote = Optional.empty();
    Optional<Event.Materiel> materiel = Optional.empty();
    Optional<Quantity> quantity = Optional.empty();
    Event.Attribution attribution = Event.Attribution.NONE;
    final List<Event.DateClaim> dateClaims = new ArrayList<>();
    Optional<Span> name = Optional.empty();
    final Set<Event.Flag> flags = EnumSet.noneOf(Event.Flag.class);

    Draft(Event.Type type, Span evidence) {
        this.type = type;
        this.evidence = evidence;
    }

    Draft add(Event.Role role, String entityId) {
        arguments.computeIfAbsent(role, r -> new LinkedHashSet<>()).add(entityId);
        return this;
    }

    Set<String> get(Event.Role role) {
        return arguments.getOrDefault(role, Set.of());
    }

    Event event() {
        return new Event(type, List.of(evidence), Map.copyOf(arguments), date, place, quote, materiel, quantity,
                attribution, dateClaims, name, flags);
    }
}
