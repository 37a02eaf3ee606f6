package org.newsgraph.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.document.Entity;
import org.newsgraph.document.EntityType;
import org.newsgraph.document.Event;
import org.newsgraph.document.Quantity;
import org.newsgraph.document.Span;
import org.newsgraph.document.Timex;

/**
 * Makes one event of the several sentences that speak of it within an article: meetings with the same
 * participants, visits of one visitor to one country, agreements between the same parties, supplies
 * of one kind from one country to another. Anaphoric mentions join the latest event of their type.
 */
final class EventMerger {

    /** The length of an ISO day, "2025-03-04". */
    private static final int DAY_LENGTH = 10;
    /** The most days apart two dates of one visit or meeting may be. */
    private static final int DAYS_OF_ONE_EVENT = 7;

    private final Map<String, Entity> entities;
    private final List<Merged> events = new ArrayList<>();
    /** The events by type and key, in the order they were kept: one lookup per candidate, not a scan of all events. */
    private final Map<List<Object>, List<Merged>> byKey = new HashMap<>();
    private final List<Event> orphans = new ArrayList<>();

    private EventMerger(Map<String, Entity> entities) {
        this.entities = entities;
    }

    static List<Event> merge(List<Candidate> candidates, Map<String, Entity> entities) {
        EventMerger m = new EventMerger(entities);
        candidates.forEach(m::add);
        m.orphans.forEach(m::placeVisit);
        m.visitsByMeetingsAbroad();
        m.placeMeetingsByVisits();
        m.dateVisitsByMeetings();
        m.dateMeetingsByVisits();
        return m.events.stream().map(Merged::event).toList();
    }

    private void add(Candidate c) {
        Event e = c.event();
        if (c.sameParties()) {
            moreOfTheSameParties(e);
            return;
        }
        if (c.anaphoric() && !e.get(Event.Role.RECIPIENT).isEmpty()) {
            supplyToTheSame(e);
            return;
        }
        if (c.anaphoric()) {
            latest(e.type(), e.materiel()).filter(m -> sameTime(m, e)).ifPresent(m -> m.absorb(e));
            return;
        }
        if (e.type() == Event.Type.VISIT && e.get(Event.Role.DESTINATION).isEmpty()) {
            latest(Event.Type.VISIT).filter(m -> m.args.get(Event.Role.VISITOR).equals(e.get(Event.Role.VISITOR)))
                    .ifPresentOrElse(m -> m.absorb(e), () -> orphans.add(e));
            return;
        }
        Object key = key(e);
        for (Merged m : byKey.getOrDefault(List.of(e.type(), key), List.of())) {
            if (sameTime(m, e)) {
                m.absorb(e);
                return;
            }
        }
        keep(new Merged(e, key));
    }

    private void keep(Merged m) {
        events.add(m);
        byKey.computeIfAbsent(List.of(m.type, m.key), k -> new ArrayList<>()).add(m);
    }

    /**
     * A supply that names only who receives it came from whoever last supplied them: the same supply when the materiel
     * is the same, else one more supply between the two.
     */
    private void supplyToTheSame(Event e) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Merged m = events.get(i);
            if (m.type == Event.Type.MILITARY_SUPPORT && m.args.get(Event.Role.RECIPIENT).equals(e.get(Event.Role.RECIPIENT))) {
                if (m.first.materiel().equals(e.materiel())) {
                    m.absorb(e);
                } else {
                    add(new Candidate(withPartiesOf(e, m, Event.Role.PROVIDER), false));
                }
                return;
            }
        }
    }

    /** "It has also sent missiles": one more event between the latest one's parties, or that one told again. */
    private void moreOfTheSameParties(Event e) {
        latest(e.type()).ifPresent(m -> {
            if (m.first.materiel().equals(e.materiel())) {
                m.absorb(e);
            } else {
                add(new Candidate(withPartiesOf(e, m, Event.Role.PROVIDER, Event.Role.RECIPIENT), false));
            }
        });
    }

    /** An event with some roles filled as an earlier event fills them. */
    private static Event withPartiesOf(Event e, Merged earlier, Event.Role... roles) {
        Map<Event.Role, Set<String>> args = new EnumMap<>(Event.Role.class);
        args.putAll(e.arguments());
        for (Event.Role r : roles) {
            args.put(r, Set.copyOf(earlier.args.get(r)));
        }
        return e.withArguments(args);
    }

    /**
     * A visit whose destination the sentence leaves implicit ("la visita di Belousov") joins a later visit of
     * the visitor, or goes where the visitor met people abroad ("hanno parlato a Pyongyang"); else it is dropped.
     */
    private void placeVisit(Event orphan) {
        Set<String> visitor = orphan.get(Event.Role.VISITOR);
        for (Merged m : events) {
            if (m.type == Event.Type.VISIT && m.args.get(Event.Role.VISITOR).equals(visitor)) {
                m.absorb(orphan);
                return;
            }
        }
        for (Merged m : List.copyOf(events)) {
            if (m.type == Event.Type.MEETING && m.args.get(Event.Role.PARTICIPANT).containsAll(visitor)
                    && m.place.filter(p -> abroad(visitor, p)).isPresent()) {
                Map<Event.Role, Set<String>> args = new EnumMap<>(orphan.arguments());
                args.put(Event.Role.DESTINATION, Set.of(m.place.get()));
                Event visit = new Event(Event.Type.VISIT, orphan.evidence(), args,
                        orphan.date().filter(Timex::written).or(() -> m.date).or(orphan::date),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), orphan.attribution(),
                        List.of(), Optional.empty(), Set.of());
                keep(new Merged(visit, key(visit)));
                return;
            }
        }
    }

    private boolean abroad(Set<String> visitor, String place) {
        return visitor.stream().map(entities::get).allMatch(v -> v != null && v.country().isPresent()
                && !v.country().get().equals(countryOf(place)));
    }

    /** Whether one of the people belongs to the country of a place: the host of a visitor there. */
    private boolean hostedBy(Set<String> people, String place) {
        String country = countryOf(place);
        return people.stream().map(entities::get).anyMatch(p -> p != null && p.country().filter(country::equals).isPresent());
    }

    /** A visit dated by no words of its own took place when the visitor met someone in the country visited. */
    private void dateVisitsByMeetings() {
        for (Merged visit : events) {
            if (visit.type != Event.Type.VISIT || visit.date.filter(Timex::written).flatMap(Timex::value).isPresent()) {
                continue;
            }
            Set<String> countries = new TreeSet<>();
            visit.args.get(Event.Role.DESTINATION).forEach(d -> countries.add(countryOf(d)));
            events.stream().filter(m -> m.type == Event.Type.MEETING && m.place.isPresent()
                            && m.date.filter(Timex::written).flatMap(Timex::value).isPresent())
                    .filter(m -> m.args.get(Event.Role.PARTICIPANT).containsAll(visit.args.get(Event.Role.VISITOR)))
                    .filter(m -> countries.contains(countryOf(m.place.get())))
                    .findFirst().ifPresent(m -> visit.date = m.date);
            if (visit.date.isEmpty()) {
                events.stream().filter(m -> m.type == Event.Type.MEETING && m.place.isPresent() && m.date.isPresent())
                        .filter(m -> m.args.get(Event.Role.PARTICIPANT).containsAll(visit.args.get(Event.Role.VISITOR)))
                        .filter(m -> countries.contains(countryOf(m.place.get())))
                        .findFirst().ifPresent(m -> visit.date = m.date);
            }
        }
    }

    /**
     * Someone the article follows on a trip who meets people in a city of another country went there too: "Xi Jinping
     * è in Spagna … un viaggio che nei giorni scorsi ha toccato Budapest, dove ha visto il premier ungherese".
     */
    private void visitsByMeetingsAbroad() {
        for (Merged meeting : List.copyOf(events)) {
            if (meeting.type != Event.Type.MEETING || meeting.place.filter(this::isPlace).isEmpty()) {
                continue;
            }
            String where = meeting.place.get();
            for (String person : meeting.args.get(Event.Role.PARTICIPANT)) {
                List<Merged> trips = events.stream().filter(v -> v.type == Event.Type.VISIT
                        && v.args.get(Event.Role.VISITOR).equals(Set.of(person))).toList();
                boolean there = trips.stream().anyMatch(v -> v.args.get(Event.Role.DESTINATION).stream()
                        .map(this::countryOf).anyMatch(countryOf(where)::equals));
                if (!trips.isEmpty() && !there && abroad(Set.of(person), where)) {
                    Map<Event.Role, Set<String>> args = new EnumMap<>(Event.Role.class);
                    args.put(Event.Role.VISITOR, Set.of(person));
                    args.put(Event.Role.DESTINATION, Set.of(where));
                    Event visit = new Event(Event.Type.VISIT, meeting.evidence, args, meeting.date, Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.empty(), Event.Attribution.NONE, List.of(),
                            Optional.empty(), Set.of());
                    keep(new Merged(visit, key(visit)));
                }
            }
        }
    }

    /**
     * A meeting placed only in a country, told in the sentence of a participant's visit, or held with a host of the
     * country visited, was where that visit went: "ricevuto in Corea del Nord" + "a Pyongyang"; "dopo un colloquio con
     * Putin, la visita di Rubio a Mosca"; "Putin e Kim firmano il patto" + "Putin è atterrato a Pyongyang".
     */
    private void placeMeetingsByVisits() {
        for (Merged meeting : events) {
            if (meeting.type != Event.Type.MEETING || meeting.place.filter(this::isPlace).isPresent()) {
                continue;
            }
            Optional<String> country = meeting.place.map(this::countryOf);
            Set<String> participants = meeting.args.get(Event.Role.PARTICIPANT);
            events.stream().filter(v -> v.type == Event.Type.VISIT)
                    .filter(v -> participants.containsAll(v.args.get(Event.Role.VISITOR)))
                    .filter(v -> country.isPresent() || v.evidence.contains(meeting.evidence.get(0))
                            || v.args.get(Event.Role.DESTINATION).stream().anyMatch(d -> hostedBy(participants, d)))
                    .flatMap(v -> v.args.get(Event.Role.DESTINATION).stream())
                    .filter(d -> isPlace(d) && country.map(countryOf(d)::equals).orElse(true))
                    .findFirst().ifPresent(d -> meeting.place = Optional.of(d));
        }
    }

    /** A meeting with no date of its own, held where a participant was visiting on a known day, took place then. */
    private void dateMeetingsByVisits() {
        for (Merged meeting : events) {
            if (meeting.type != Event.Type.MEETING || meeting.date.filter(Timex::written).flatMap(Timex::value).isPresent()
                    || meeting.place.isEmpty()) {
                continue;
            }
            String country = countryOf(meeting.place.get());
            events.stream().filter(v -> v.type == Event.Type.VISIT && v.date.filter(Timex::written).flatMap(Timex::value).isPresent())
                    .filter(v -> meeting.args.get(Event.Role.PARTICIPANT).stream()
                            .anyMatch(v.args.get(Event.Role.VISITOR)::contains))
                    .filter(v -> v.args.get(Event.Role.DESTINATION).stream().map(this::countryOf)
                            .anyMatch(country::equals))
                    .findFirst().ifPresent(v -> meeting.date = v.date);
        }
    }

    /**
     * An agreement is signed in one year: "il trattato del 1975" is another treaty than the one signed last June,
     * whatever its parties. A year on either side allows for dates told loosely. A meeting or visit the text dates
     * apart from another of the same people ("last November" against "on 3 March") is another one.
     */
    private static boolean sameTime(Merged m, Event e) {
        List<Integer> before = signedYears(m.claims);
        List<Integer> now = signedYears(e.dateClaims());
        boolean sameYear = before.isEmpty() || now.isEmpty()
                || before.stream().anyMatch(y -> now.stream().anyMatch(x -> Math.abs(x - y) <= 1));
        return sameYear && (m.type != Event.Type.MEETING && m.type != Event.Type.VISIT
                || !apart(writtenValue(m.date), writtenValue(e.date())));
    }

    private static Optional<String> writtenValue(Optional<Timex> date) {
        return date.filter(Timex::written).flatMap(Timex::value);
    }

    /**
     * Whether two written dates cannot be one event's: neither contains the other ("2025-03" contains "2025-03-04")
     * and, as days, they lie more than a week apart (a state visit of several days is dated by any of them).
     */
    static boolean apart(Optional<String> a, Optional<String> b) {
        if (a.isEmpty() || b.isEmpty() || a.get().startsWith(b.get()) || b.get().startsWith(a.get())) {
            return false;
        }
        if (a.get().length() != DAY_LENGTH || b.get().length() != DAY_LENGTH) {
            return true;
        }
        return Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(a.get()), LocalDate.parse(b.get()))) > DAYS_OF_ONE_EVENT;
    }

    private static List<Integer> signedYears(List<Event.DateClaim> claims) {
        return claims.stream().filter(c -> c.relation() == Event.DateClaim.Relation.SIGNED)
                .flatMap(c -> c.timex().value().stream()).map(v -> Integer.parseInt(v.substring(0, 4))).toList();
    }

    private Optional<Merged> latest(Event.Type type) {
        return latest(type, Optional.empty());
    }

    /** The latest event of a type, and of a materiel when one is given: "circa 200 missili, consegnati…" adds to missiles. */
    private Optional<Merged> latest(Event.Type type, Optional<Event.Materiel> materiel) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Merged m = events.get(i);
            if (m.type == type && (materiel.isEmpty() || m.first.materiel().equals(materiel))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private Object key(Event e) {
        return switch (e.type()) {
            case MEETING -> new TreeSet<>(e.get(Event.Role.PARTICIPANT));
            case VISIT -> List.of(new TreeSet<>(e.get(Event.Role.VISITOR)),
                    e.get(Event.Role.DESTINATION).stream().map(this::countryOf).collect(TreeSet::new, Set::add, Set::addAll));
            case STATEMENT -> List.of(new TreeSet<>(e.get(Event.Role.SPEAKER)), e.quote().map(Span::toString).orElse(""));
            case AGREEMENT -> new TreeSet<>(e.get(Event.Role.PARTY));
            case MILITARY_SUPPORT -> List.of(new TreeSet<>(e.get(Event.Role.PROVIDER)),
                    new TreeSet<>(e.get(Event.Role.RECIPIENT)), e.materiel().map(Enum::name).orElse(""));
        };
    }

    private String countryOf(String id) {
        Entity e = entities.get(id);
        return e != null && e.type() != EntityType.COUNTRY ? e.country().orElse(id) : id;
    }

    /** How precisely an id places an event: a city or building before a seat before a country. */
    private int rankOf(String id) {
        Entity e = entities.get(id);
        return e == null ? MeetingRule.rank(EntityType.COUNTRY) : MeetingRule.rank(e.type());
    }

    private boolean isPlace(String id) {
        Entity e = entities.get(id);
        return e != null && e.type() == EntityType.PLACE;
    }

    /** A date the text writes for a signing or ratification sets aside the publication day implied elsewhere. */
    private static List<Event.DateClaim> writtenFirst(List<Event.DateClaim> claims) {
        return claims.stream().filter(c -> c.timex().written() || claims.stream()
                .noneMatch(o -> o.relation() == c.relation() && o.timex().written())).toList();
    }

    /** An event being merged. */
    private final class Merged {
        final Event.Type type;
        final Object key;
        final List<Span> evidence = new ArrayList<>();
        final Map<Event.Role, Set<String>> args = new EnumMap<>(Event.Role.class);
        Event first;
        Optional<Timex> date;
        Optional<String> place;
        Optional<Quantity> quantity;
        final Set<String> claimed = new LinkedHashSet<>();
        final Set<String> denied = new LinkedHashSet<>();
        final Set<String> reported = new LinkedHashSet<>();
        boolean hedged;
        final List<Event.DateClaim> claims = new ArrayList<>();
        final Set<Event.Flag> flags = EnumSet.noneOf(Event.Flag.class);

        Merged(Event e, Object key) {
            this.type = e.type();
            this.key = key;
            this.first = e;
            this.date = e.date();
            this.place = e.place();
            this.quantity = e.quantity();
            this.hedged = e.attribution().hedged();
            for (Event.Role r : Event.Role.values()) {
                args.put(r, new LinkedHashSet<>(e.get(r)));
            }
            take(e);
        }

        void absorb(Event e) {
            for (Event.Role r : Event.Role.values()) {
                if (r == Event.Role.DESTINATION) {
                    Set<String> countries = new TreeSet<>();
                    args.get(r).forEach(d -> countries.add(countryOf(d)));
                    e.get(r).stream().filter(EventMerger.this::isPlace)
                            .filter(p -> countries.isEmpty() || countries.contains(countryOf(p))).findFirst().ifPresent(p -> {
                        args.get(r).clear();
                        args.get(r).add(p);
                    });
                    if (args.get(r).isEmpty()) {
                        args.get(r).addAll(e.get(r));
                    }
                } else if (!args.get(r).isEmpty() || type == Event.Type.AGREEMENT) {
                    args.get(r).addAll(e.get(r));
                }
            }
            if (e.date().flatMap(Timex::value).isPresent() && (date.flatMap(Timex::value).isEmpty()
                    || !date.get().written() && e.date().get().written())) {
                date = e.date();
            } else if (date.isEmpty()) {
                date = e.date();
            }
            if (e.place().isPresent() && (place.isEmpty() || rankOf(e.place().get()) < rankOf(place.get()))) {
                place = e.place();
            }
            quantity = quantity.filter(q -> q.value().isPresent()).or(e::quantity).or(() -> quantity);
            hedged = hedged && e.attribution().hedged();
            take(e);
        }

        private void take(Event e) {
            e.evidence().stream().filter(s -> !evidence.contains(s)).forEach(evidence::add);
            claimed.addAll(e.attribution().claimedBy());
            denied.addAll(e.attribution().deniedBy());
            reported.addAll(e.attribution().reportedBy());
            e.dateClaims().stream().filter(c -> !claims.contains(c)).forEach(claims::add);
            flags.addAll(e.flags());
        }

        Event event() {
            Map<Event.Role, Set<String>> arguments = new EnumMap<>(Event.Role.class);
            args.forEach((r, ids) -> {
                if (!ids.isEmpty()) {
                    arguments.put(r, Set.copyOf(ids));
                }
            });
            Set<String> claimedOnly = new LinkedHashSet<>(claimed);
            claimedOnly.removeAll(reported);
            return new Event(type, evidence, arguments, date, place, first.quote(), first.materiel(), quantity,
                    new Event.Attribution(claimedOnly, denied, reported, hedged), writtenFirst(claims),
                    first.name(), flags);
        }
    }
}
