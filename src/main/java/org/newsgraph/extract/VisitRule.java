package org.newsgraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.document.EntityMention;
import org.newsgraph.document.EntityType;
import org.newsgraph.document.Event;
import org.newsgraph.entity.Gazetteer;
import org.newsgraph.lang.WordClasses;

/**
 * Visits: "X ha visitato la Corea del Nord", "X è arrivato a Pyongyang", "X si è recato a Mosca",
 * "la visita di X in Corea del Nord", "X, in visita a Seul"; "la visita" alone refers back.
 */
final class VisitRule {

    private static final Set<String> TO = WordClasses.italian().of("destination-preposition");
    private static final Set<String> OF = WordClasses.italian().of("of");
    private static final int WINDOW = 8;

    private final AttributionFinder attribution;
    private final Gazetteer gazetteer;

    VisitRule(AttributionFinder attribution, Gazetteer gazetteer) {
        this.attribution = attribution;
        this.gazetteer = gazetteer;
    }

    List<Candidate> find(SentenceView v, Trigger t) {
        if (Negation.negates(v, t.word())) {
            return List.of();
        }
        Optional<Actor> visitor;
        Optional<Actor> destination;
        switch (t.frame()) {
            case "transitive" -> {
                visitor = v.subjectBefore(t.word(), Actor::isPerson);
                destination = v.actorAfter(t.word(), 4, VisitRule::isDestination);
            }
            case "motion" -> {
                visitor = v.subjectBefore(t.word(), Actor::isPerson);
                destination = v.actorAfter(t.word(), 4, a -> isDestination(a) && TO.contains(v.governor(a)));
            }
            default -> {
                Optional<Actor> of = v.actorAfter(t.word(), 6, a -> a.isPerson() && OF.contains(v.governor(a)));
                visitor = of.isPresent() ? of
                        : v.folded(t.word() - 1).equals("in") ? v.subjectBefore(t.word(), Actor::isPerson)
                        : Optional.empty();
                destination = v.actorAfter(t.word(), WINDOW, a -> isDestination(a) && TO.contains(v.governor(a)));
            }
        }
        if (visitor.isEmpty() && !t.frame().equals("noun")) {
            return List.of();
        }
        Draft d = new Draft(Event.Type.VISIT, v.sentence().span());
        visitor.ifPresent(a -> d.add(Event.Role.VISITOR, a.id()));
        destination.ifPresent(a -> d.add(Event.Role.DESTINATION, destinationId(a)));
        d.date = DateFinder.ofEvent(v, t.word());
        d.attribution = attribution.find(v, t.word());
        boolean anaphoric = visitor.isEmpty();
        return List.of(new Candidate(d.event(), anaphoric));
    }

    private static boolean isDestination(Actor a) {
        return a.type() == EntityType.PLACE || (a.isCountry() && !a.isDemonym());
    }

    /** A capital standing for its country is still the place visited: "ha visitato Pyongyang". */
    private String destinationId(Actor a) {
        if (a.mention().kind() == EntityMention.Kind.METONYM) {
            return gazetteer.capitalOf(a.id()).orElse(a.id());
        }
        return a.id();
    }
}
