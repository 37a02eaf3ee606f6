package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.document.EntityType;
import org.newsgraph.document.Event;
import org.newsgraph.lang.WordClasses;

/**
 * Meetings in person: "X ha incontrato Y", "X e Y si sono abbracciati", "X ha ricevuto Y",
 * "un incontro con Y", "i colloqui tra X e Y"; "l'incontro" alone refers back to the last meeting.
 */
final class MeetingRule {

    private static final Set<String> BETWEEN = WordClasses.italian().of("between");
    private static final Set<String> AT = WordClasses.italian().of("meeting-place-preposition");
    private static final Set<String> BY = WordClasses.italian().of("by-agent");
    private static final Set<String> WITH = WordClasses.italian().of("with");
    private static final Set<String> PARTNER = WordClasses.italian().of("meeting-partner-preposition");
    private static final Set<String> PASSIVE = WordClasses.italian().of("passive-auxiliary");
    private static final Set<String> DEFINITE = WordClasses.italian().of("anaphoric-determiner");
    private static final int WINDOW = 12;

    private final AttributionFinder attribution;

    MeetingRule(AttributionFinder attribution) {
        this.attribution = attribution;
    }

    List<Candidate> find(SentenceView v, Trigger t) {
        if (Negation.negates(v, t.word())) {
            return List.of();
        }
        Map<String, Actor> people = new LinkedHashMap<>();
        boolean anaphoric = false;
        switch (t.frame()) {
            case "transitive" -> {
                v.subjectsBefore(t.word(), Actor::isPerson).forEach(a -> people.putIfAbsent(a.id(), a));
                v.actorAfter(t.word(), WINDOW, Actor::isPerson).ifPresent(a -> people.putIfAbsent(a.id(), a));
            }
            case "reciprocal" -> {
                v.subjectsBefore(t.word(), Actor::isPerson).forEach(a -> people.putIfAbsent(a.id(), a));
                if (followedBy(v, t.word(), PARTNER)) {
                    v.actorAfter(t.word(), WINDOW, Actor::isPerson).ifPresent(a -> people.putIfAbsent(a.id(), a));
                }
            }
            case "receive" -> {
                v.subjectsBefore(t.word(), Actor::isPerson).forEach(a -> people.putIfAbsent(a.id(), a));
                boolean passive = PASSIVE.contains(v.folded(t.word() - 1)) || PASSIVE.contains(v.folded(t.word() - 2));
                Optional<Actor> other = passive
                        ? agent(v, t.word())
                        : v.actorAfter(t.word(), WINDOW, Actor::isPerson);
                if (passive && other.isEmpty()) {
                    return List.of();
                }
                other.ifPresent(a -> people.putIfAbsent(a.id(), a));
            }
            default -> {
                if (followedBy(v, t.word(), BETWEEN)) {
                    v.actorsAfter(t.word(), WINDOW, Actor::isPerson).forEach(a -> people.putIfAbsent(a.id(), a));
                } else if (followedBy(v, t.word(), WITH)) {
                    v.subjectBefore(t.word(), Actor::isPerson).ifPresent(a -> people.putIfAbsent(a.id(), a));
                    v.actorAfter(t.word(), WINDOW, Actor::isPerson).ifPresent(a -> people.putIfAbsent(a.id(), a));
                } else {
                    v.actorsAfter(t.word(), 1, Actor::isPerson).forEach(a -> people.putIfAbsent(a.id(), a));
                }
                anaphoric = people.size() < 2 && DEFINITE.contains(v.folded(t.word() - 1));
            }
        }
        if (people.size() < 2 && !anaphoric) {
            return List.of();
        }
        Draft d = new Draft(Event.Type.MEETING, v.sentence().span());
        if (!anaphoric) {
            people.keySet().forEach(id -> d.add(Event.Role.PARTICIPANT, id));
        }
        d.date = DateFinder.ofEvent(v, t.word());
        d.place = place(v, t.word());
        d.attribution = attribution.find(v, t.word());
        return List.of(new Candidate(d.event(), anaphoric));
    }

    /** "ricevuti da Putin": the person after "da". */
    private static Optional<Actor> agent(SentenceView v, int word) {
        return v.actorAfter(word, 4, Actor::isPerson)
                .filter(a -> BY.contains(v.governor(a)));
    }

    private static boolean followedBy(SentenceView v, int word, Set<String> next) {
        for (int k = word + 1; k <= word + 3; k++) {
            if (next.contains(v.folded(k))) {
                return true;
            }
        }
        return false;
    }

    /** Where it happened: a place after "a", "in", "nella capitale…"; a country only when no place is named. */
    static Optional<String> place(SentenceView v, int word) {
        List<Actor> located = new ArrayList<>();
        for (Actor a : v.actors()) {
            if (!v.isQuoted(a.start()) && (a.type() == EntityType.PLACE || a.isCountry()) && !a.isDemonym()
                    && AT.contains(v.governor(a))) {
                located.add(a);
            }
        }
        return located.stream()
                .min((x, y) -> x.type() != y.type() ? (x.type() == EntityType.PLACE ? -1 : 1)
                        : Integer.compare(Math.abs(x.start() - word), Math.abs(y.start() - word)))
                .map(Actor::id);
    }
}
