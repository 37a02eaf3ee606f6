package org.newsgraph.extract;

import java.util.ArrayList;
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
final class VisitRule implements EventRule {

    private static final String TO = "destination-preposition";
    private static final String OF = "of";
    private static final String DETERMINERS = "determiner";
    /** Words just before a trip noun that make the trip the subject's: "in visita", "fa tappa", "il suo viaggio". */
    private static final String OWN_TRIP = "own-trip-cue";
    /** A preposition right before a trip noun with no article, as headlines write it: "signs pact during trip to Kyiv". */
    private static final String BARE_TRIP = "bare-trip-cue";
    private static final String INVITATION = "invitation";
    private static final int WINDOW = 8;
    /** The clitic of a possessor before its noun, a few words apart: "Blinken's rare two-day visit". */
    private static final String POSSESSIVE = "possessive-clitic";
    private static final int POSSESSOR_REACH = 4;
    private static final int MOTION_REACH = 6;
    private static final int INVITATION_REACH = 4;

    private final AttributionFinder attribution;
    private final Gazetteer gazetteer;

    VisitRule(AttributionFinder attribution, Gazetteer gazetteer) {
        this.attribution = attribution;
        this.gazetteer = gazetteer;
    }

    @Override
    public List<Candidate> find(SentenceView v) {
        List<Candidate> out = new ArrayList<>();
        v.triggers().stream().filter(t -> t.kind() == Trigger.Kind.VISIT).forEach(t -> out.addAll(find(v, t)));
        return out;
    }

    private List<Candidate> find(SentenceView v, Trigger t) {
        if (Negation.negates(v, t.word()) || invited(v, t.word())) {
            return List.of();
        }
        Optional<Actor> visitor;
        Optional<Actor> destination;
        switch (t.frame()) {
            case "transitive" -> {
                visitor = subject(v, t.word());
                destination = v.actorAfter(t.word(), 4, VisitRule::isDestination);
            }
            case "motion" -> {
                visitor = subject(v, t.word());
                destination = v.actorAfter(t.word(), MOTION_REACH, a -> isDestination(a) && v.wordClass(TO).contains(v.governor(a)));
            }
            default -> {
                Optional<Actor> of = v.actorAfter(t.word(), 6, a -> a.isPerson() && v.wordClass(OF).contains(v.governor(a)));
                visitor = of.or(() -> possessor(v, t.word()));
                if (visitor.isEmpty() && ownTrip(v, t.word())) {
                    visitor = traveller(v, t.word());
                }
                destination = v.actorAfter(t.word(), WINDOW, a -> isDestination(a) && (v.wordClass(TO).contains(v.governor(a))
                        || isTown(a) && MeetingRule.isSite(v, a)));
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

    private static Optional<Actor> subject(SentenceView v, int word) {
        return v.subjectBefore(word, Actor::isPerson)
                .or(() -> v.sharedSubjectsBefore(word, Actor::isPerson).stream().findFirst());
    }

    /**
     * A trip noun that belongs to the subject: "è in visita", "fa tappa in Italia", "durante il suo viaggio a
     * Pechino", "la sua visita in Russia", a headline's "firma l'intesa durante visita a Tunisi".
     */
    private static boolean ownTrip(SentenceView v, int word) {
        if (v.is(BARE_TRIP, word - 1)) {
            return true;
        }
        for (int k = word - 1; k >= Math.max(0, word - 3); k--) {
            if (v.is(OWN_TRIP, k)) {
                return true;
            }
            if (!v.is(DETERMINERS, k)) {
                return false;
            }
        }
        return false;
    }

    /** The person whose trip a possessive names: "Xi's visit", "Blinken's two-day trip" (possessive-clitic). */
    private static Optional<Actor> possessor(SentenceView v, int word) {
        for (int k = word - 1; k >= Math.max(1, word - POSSESSOR_REACH); k--) {
            if (v.is(POSSESSIVE, k)) {
                int clitic = k;
                return v.actors().stream().filter(a -> a.end() == clitic && a.isPerson()).findFirst();
            }
            if (v.words().get(k).isPunctuation()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Who makes the trip: the subject before, else the subject after the phrase ("Durante la sua visita a Mosca, Xi…"). */
    private static Optional<Actor> traveller(SentenceView v, int word) {
        Optional<Actor> before = subject(v, word);
        if (before.isPresent()) {
            return before;
        }
        for (int k = word + 1; k < v.words().size(); k++) {
            if (v.folded(k).equals(",")) {
                int comma = k;
                return v.actorAfter(comma, 4, a -> a.isPerson() && !v.isOblique(a) && a.start() == nextWord(v, comma));
            }
            if (v.opensClause(k)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The first word after {@code k} that is not an article. */
    private static int nextWord(SentenceView v, int k) {
        int n = k + 1;
        while (n < v.words().size() && v.is(DETERMINERS, n)) {
            n++;
        }
        return n;
    }

    /** "lo ha invitato a visitare Mosca", "ha invitato Modi a Roma": an invitation is not yet a visit. */
    private static boolean invited(SentenceView v, int word) {
        for (int k = word - 1; k >= Math.max(0, word - INVITATION_REACH); k--) {
            if (v.is(INVITATION, k)) {
                return true;
            }
        }
        return false;
    }

    /** A city or building, or a capital named for its country: "nel cuore di Pyongyang". */
    private static boolean isTown(Actor a) {
        return a.type() == EntityType.PLACE || a.mention().kind() == EntityMention.Kind.METONYM;
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
