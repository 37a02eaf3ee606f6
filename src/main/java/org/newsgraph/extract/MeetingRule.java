package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.document.EntityMention;
import org.newsgraph.document.EntityType;
import org.newsgraph.document.Event;
import org.newsgraph.document.PartOfSpeech;
import org.newsgraph.entity.Word;
import org.newsgraph.lang.WordClasses;

/**
 * Meetings in person: "X ha incontrato Y", "X e Y si sono abbracciati", "X ha ricevuto Y",
 * "un incontro con Y", "i colloqui tra X e Y", "i negoziati tra Russia e Ucraina"; "l'incontro" alone refers
 * back to the last meeting. A guest received somewhere abroad ("Mattarella ha ricevuto al Quirinale Wang Yi")
 * is also a visit there.
 */
final class MeetingRule implements EventRule {

    private static final String BETWEEN = "between";
    private static final String HOLD = "hold-verb";
    /** How many words the meeting noun may stand after its hold-verb: "held a second round of direct talks". */
    private static final int HOLD_REACH = 6;
    private static final String AT = "meeting-place-preposition";
    /** Articulated prepositions that place a meeting in a building or a city, not in a country: "al cosmodromo". */
    private static final String AT_SITE = "meeting-site-preposition";
    private static final String OF = "of";
    private static final String BY = "by-agent";
    private static final String WITH = "with";
    private static final String PARTNER = "meeting-partner-preposition";
    private static final String PASSIVE = "passive-auxiliary";
    private static final String DEFINITE = "anaphoric-determiner";
    private static final String REMOTE_CONTACT = "remote-contact";
    /** The preposition after a call made on someone in person: "a courtesy call on the president". */
    private static final String CALL_ON = "call-on-preposition";
    private static final String TOGETHER = "together";
    private static final String COMPANION = "companion-preposition";
    private static final String REPRESENTATIVES = "representative-noun";
    private static final String PAIR = "pair-word";
    private static final String PLACE_RELATIVE = "place-relative";
    private static final String SEQUEL = "sequel-preposition";
    /** Nouns that a place after them belongs to, not the meeting: "la guerra in Ucraina", "la situazione a Gaza". */
    private static final String LOCATED_NOUNS = "located-noun";
    private static final int WINDOW = 12;
    private static final int REMOTE_REACH = 4;
    private static final int PLACE_REACH = 14;
    private static final int COUNTRY_REACH = 8;
    /** How many sentences back "i due leader" looks for the two people it means. */
    private static final int PAIR_REACH = 3;

    private final AttributionFinder attribution;

    MeetingRule(AttributionFinder attribution) {
        this.attribution = attribution;
    }

    @Override
    public List<Candidate> find(SentenceView v) {
        List<Candidate> out = new ArrayList<>();
        v.triggers().stream().filter(t -> t.kind() == Trigger.Kind.MEETING).forEach(t -> out.addAll(find(v, t)));
        return out;
    }

    private List<Candidate> find(SentenceView v, Trigger t) {
        if (t.frame().equals("call")) {
            return callOn(v, t);
        }
        if (Negation.negates(v, t.word()) || remote(v, t.word())) {
            return List.of();
        }
        Set<String> people = new LinkedHashSet<>();
        Optional<Actor> guest = Optional.empty();
        boolean anaphoric = false;
        switch (t.frame()) {
            case "transitive" -> {
                if (readAsNoun(v, t.word())) {
                    return List.of();
                }
                subjects(v, t.word()).forEach(a -> people.add(a.id()));
                v.actorsAfter(t.word(), WINDOW, Actor::isPerson).forEach(a -> people.add(a.id()));
            }
            case "reciprocal" -> {
                subjects(v, t.word()).forEach(a -> people.add(a.id()));
                if (followedBy(v, t.word(), PARTNER)) {
                    v.actorAfter(t.word(), WINDOW, Actor::isPerson).filter(a -> !remoteAfter(v, a))
                            .ifPresent(a -> people.add(a.id()));
                } else {
                    partnerAfterObject(v, t.word()).ifPresent(a -> people.add(a.id()));
                }
            }
            case "receive" -> {
                List<Actor> subjects = subjects(v, t.word());
                subjects.forEach(a -> people.add(a.id()));
                boolean passive = v.is(PASSIVE, t.word() - 1) || v.is(PASSIVE, t.word() - 2);
                Optional<Actor> other = passive
                        ? v.actorAfter(t.word(), WINDOW, a -> a.isPerson() && v.wordClass(BY).contains(v.governor(a)))
                        : v.actorAfter(t.word(), WINDOW, Actor::isPerson);
                if (passive && other.isEmpty()) {
                    return List.of();
                }
                other.ifPresent(a -> people.add(a.id()));
                guest = passive ? subjects.stream().findFirst() : other;
            }
            default -> {
                if (followedBy(v, t.word(), BETWEEN)) {
                    people.addAll(between(v, t.word(), t.frame().equals("talks")));
                } else if (followedBy(v, t.word(), WITH)) {
                    Optional<String> subject = v.subjectBefore(t.word(), Actor::isPerson).map(Actor::id)
                            .or(() -> visitorOfTheSentence(v)).or(() -> mainSubject(v, t.word()));
                    Set<String> partners = partners(v, t.word());
                    if (subject.isEmpty() && partners.size() >= 2) {
                        return List.of(); // "il clima degli incontri con X e Y": meetings of someone unnamed with each
                    }
                    subject.ifPresent(people::add);
                    people.addAll(partners);
                } else {
                    v.actorsAfter(t.word(), 1, Actor::isPerson).forEach(a -> people.add(a.id()));
                }
                if (people.isEmpty()) {
                    holders(v, t.word(), t.frame().equals("talks")).forEach(a -> people.add(a.id()));
                }
                anaphoric = people.size() < 2 && v.is(DEFINITE, t.word() - 1);
            }
        }
        if (people.size() >= 2) {
            companions(v, t.word()).forEach(people::add);
        }
        if (people.size() < 2 && !anaphoric) {
            return List.of();
        }
        Draft d = new Draft(Event.Type.MEETING, v.sentence().span());
        if (!anaphoric) {
            people.forEach(id -> d.add(Event.Role.PARTICIPANT, id));
        }
        d.date = DateFinder.ofEvent(v, t.word());
        d.place = place(v, t.word()).map(Actor::id);
        d.attribution = attribution.find(v, t.word());
        List<Candidate> out = new ArrayList<>(List.of(new Candidate(d.event(), anaphoric)));
        guest.flatMap(g -> visitOf(g, place(v, t.word()), d)).ifPresent(out::add);
        return out;
    }

    /**
     * "X paid a courtesy call on President Y in Manila": a call on someone is made in person, so the subjects met the
     * person after the preposition and, where the sentence places it abroad, visited that place, or the host's
     * country when the place is one of no known country ("at the presidential palace"). A call with no one
     * after the preposition ("a phone call on Monday") is not this frame's.
     */
    private List<Candidate> callOn(SentenceView v, Trigger t) {
        int on = t.word() + 1;
        if (!v.is(CALL_ON, on) || Negation.negates(v, t.word()) || remote(v, t.word())) {
            return List.of();
        }
        Optional<Actor> host = v.actorAfter(on, WINDOW / 2, a -> a.isPerson() && nothingButNamesBetween(v, on, a));
        List<Actor> callers = subjects(v, t.word());
        if (host.isEmpty() || callers.isEmpty()) {
            return List.of();
        }
        Draft d = new Draft(Event.Type.MEETING, v.sentence().span());
        callers.forEach(a -> d.add(Event.Role.PARTICIPANT, a.id()));
        d.add(Event.Role.PARTICIPANT, host.get().id());
        Optional<Actor> place = place(v, t.word());
        d.date = DateFinder.ofEvent(v, t.word());
        d.place = place.map(Actor::id);
        d.attribution = attribution.find(v, t.word());
        List<Candidate> out = new ArrayList<>(List.of(new Candidate(d.event(), false)));
        Optional<Actor> visited = place.filter(p -> p.country().isPresent()).or(() -> host);
        callers.forEach(c -> visitOf(c, visited, d).ifPresent(out::add));
        return out;
    }

    /**
     * The subjects who hold a meeting named by the object of a hold-verb: "Putin and Xi held talks", "Russia and Ukraine
     * held a second round of talks" (countries for negotiations only); two or more, joined as a list.
     */
    private static List<Actor> holders(SentenceView v, int word, boolean talks) {
        for (int k = word - 1; k >= 0 && word - k <= HOLD_REACH; k--) {
            if (v.is(HOLD, k)) {
                List<Actor> subjects = v.subjectsBefore(k, a -> a.isPerson() || talks && a.isCountry() && !a.isDemonym());
                return subjects.size() >= 2 ? subjects : List.of();
            }
            if (v.words().get(k).isPunctuation() || v.isQuoted(k) || v.opensClause(k)) {
                break;
            }
        }
        return List.of();
    }

    /** "un incontro", "degli incontri": after an article or a preposition, a word that can be a noun is the noun, not a verb. */
    private static boolean readAsNoun(SentenceView v, int word) {
        if (word == 0 || !v.words().get(word).can(PartOfSpeech.NOUN)) {
            return false;
        }
        Word before = v.words().get(word - 1);
        return before.can(PartOfSpeech.DETERMINER) || before.can(PartOfSpeech.PREPOSITION);
    }

    /** The subjects of a verb, or those of the clause a "dove" clause hangs on: "Meloni è a Tunisi, dove ha incontrato…". */
    private static List<Actor> subjects(SentenceView v, int word) {
        List<Actor> subjects = v.subjectsBefore(word, Actor::isPerson);
        return subjects.isEmpty() ? v.sharedSubjectsBefore(word, Actor::isPerson) : subjects;
    }

    /**
     * A call or a video link is no meeting in person: "ha parlato al telefono con…"; a phone or video word near the
     * word, other than the word itself ("a phone call on the president", not "a courtesy call on").
     */
    private static boolean remote(SentenceView v, int word) {
        return remoteWordIn(v, word - REMOTE_REACH, word - 1) || remoteWordIn(v, word + 1, word + REMOTE_REACH);
    }

    /** "talked with President X on the phone", "… with X by video link": a phone or video word soon after the partner. */
    private static boolean remoteAfter(SentenceView v, Actor partner) {
        return remoteWordIn(v, partner.start(), partner.end() + REMOTE_REACH);
    }

    /** A phone or video word among words {@code from} to {@code to}, both included. */
    private static boolean remoteWordIn(SentenceView v, int from, int to) {
        for (int k = Math.max(0, from); k <= to && k < v.words().size(); k++) {
            if (v.is(REMOTE_CONTACT, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who meets in "i colloqui tra X e Y": people, else, in negotiations, two countries ("i negoziati tra Russia e
     * Ucraina"), else the two people "i due leader" points back to.
     */
    private static Set<String> between(SentenceView v, int word, boolean talks) {
        Set<String> out = new LinkedHashSet<>();
        v.actorsAfter(word, WINDOW, Actor::isPerson).forEach(a -> out.add(a.id()));
        if (out.size() < 2 && talks) {
            out.clear();
            v.actorsAfter(word, 4, a -> a.isCountry() && !a.isDemonym()).forEach(a -> out.add(a.id()));
        }
        if (out.size() < 2) {
            out.clear();
            out.addAll(pairBefore(v, word));
        }
        return out;
    }

    /**
     * "X discussed the delivery of missiles with Y": the person right after a partner preposition that ends the verb's
     * object, in the same clause; none when the clause says the talk was remote ("… with Y by phone").
     */
    private static Optional<Actor> partnerAfterObject(SentenceView v, int word) {
        for (int k = word + 1; k < v.words().size() && k <= word + WINDOW; k++) {
            if (v.isQuoted(k) || v.opensClause(k) || v.words().get(k).isPunctuation() || v.is(REMOTE_CONTACT, k)) {
                return Optional.empty();
            }
            if (v.is(WITH, k)) {
                int with = k;
                return v.actorAfter(with, 3, a -> a.isPerson() && nothingButNamesBetween(v, with, a))
                        .filter(a -> !remoteAfter(v, a));
            }
        }
        return Optional.empty();
    }

    /** "con X", "con X e Y", "con i leader di Francia e Germania e con Z": every partner after "con". */
    private static Set<String> partners(SentenceView v, int word) {
        Set<String> out = new LinkedHashSet<>();
        for (int k = word + 1; k < v.words().size() && k <= word + 2 * WINDOW; k++) {
            if (v.isQuoted(k) || v.opensClause(k)) {
                break;
            }
            if (!v.is(WITH, k)) {
                continue;
            }
            int with = k;
            Optional<Actor> first = v.actorAfter(with, 4, a -> (a.isPerson() && nothingButNamesBetween(v, with, a))
                    || (a.isCountry() && !a.isDemonym() && represented(v, a)));
            if (first.isPresent()) {
                boolean countries = first.get().isCountry();
                v.actorsAfter(first.get().start() - 1, 1, a -> countries ? a.isCountry() && !a.isDemonym() : a.isPerson())
                        .forEach(a -> out.add(a.id()));
            } else if (v.is(PAIR, with + 2) && out.isEmpty()) {
                out.addAll(pairBefore(v, with));
            }
        }
        return out;
    }

    /** "con il presidente Putin", "con Vadimir Putin": only articles, role words or unknown names stand before the person. */
    private static boolean nothingButNamesBetween(SentenceView v, int with, Actor a) {
        int governor = v.governorIndex(a);
        return governor == with || governor == with + 1 && v.words().get(governor).isCapitalized();
    }

    /** A country met through its people: "i leader di Francia", "la delegazione dell'Ucraina". */
    private static boolean represented(SentenceView v, Actor a) {
        int k = a.start() - 1;
        return k >= 1 && v.is(OF, k) && v.is(REPRESENTATIVES, k - 1);
    }

    /**
     * "i due leader", "i due presidenti": the last two people named before, in this sentence or the few
     * before it, outside quotes.
     */
    private static Set<String> pairBefore(SentenceView v, int word) {
        int k = word + 1;
        while (k < v.words().size() && k <= word + 3 && !v.is(PAIR, k)) {
            k++;
        }
        int noun = v.folded(k + 1).equals("i") ? k + 2 : k + 1;
        if (k >= v.words().size() || !v.is(PAIR, k) || v.isQuoted(k)
                || !v.is(REPRESENTATIVES, noun)) {
            return Set.of();
        }
        int until = v.words().get(k).span().begin();
        int from = v.document().sentences().get(Math.max(0, v.index() - PAIR_REACH)).span().begin();
        List<EntityMention> people = v.document().mentions().stream()
                .filter(m -> m.type() == EntityType.PERSON && m.span().begin() >= from && m.span().end() <= until)
                .filter(m -> v.document().quotes().stream().noneMatch(q -> q.inner().contains(m.span())))
                .sorted(Comparator.comparing(EntityMention::span).reversed()).toList();
        Set<String> pair = new LinkedHashSet<>();
        for (EntityMention m : people) {
            if (pair.size() < 2) {
                pair.add(m.entityId());
            }
        }
        return pair.size() == 2 ? pair : Set.of();
    }

    /** "colloqui con Putin … la visita di Rubio": a visitor the sentence names is who had the talks. */
    private static Optional<String> visitorOfTheSentence(SentenceView v) {
        for (Trigger t : v.triggers()) {
            if (t.kind() == Trigger.Kind.VISIT && t.frame().equals("noun")) {
                Optional<Actor> of = v.actorAfter(t.word(), 6, a -> a.isPerson() && v.wordClass(OF).contains(v.governor(a)));
                if (of.isPresent()) {
                    return of.map(Actor::id);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "X met Y on Monday, after talks with Z", "after “frank” talks with Z": a meeting noun after a sequel
     * preposition was held by the subject of the clause before it, the first person there who follows no preposition.
     */
    private static Optional<String> mainSubject(SentenceView v, int word) {
        int k = word - 1;
        int between = 0;
        while (k >= 0 && !v.is(SEQUEL, k)) {
            boolean quoted = v.isQuoted(k) || quoteMark(v.words().get(k).surface());
            if (!quoted && (v.words().get(k).isPunctuation() || ++between > 2)) {
                return Optional.empty();
            }
            k--;
        }
        if (k < 0) {
            return Optional.empty();
        }
        int sequel = k;
        int from = sequel - 1;
        while (from > 0 && !v.opensClause(from - 1)) {
            from--;
        }
        int start = Math.max(0, from);
        return v.actors().stream()
                .filter(a -> a.start() >= start && a.end() <= sequel && a.isPerson() && !v.isOblique(a) && !v.isQuoted(a.start()))
                .findFirst().map(Actor::id);
    }

    /** A quotation mark, whose quote ("after 'frank' talks") may stand between a preposition and its noun. */
    private static boolean quoteMark(String surface) {
        if (surface.length() != 1) {
            return false;
        }
        int type = Character.getType(surface.charAt(0));
        return surface.equals("\"") || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    /** People with the subject: "Meloni, assieme a von der Leyen e a Rutte, ha incontrato Saied". */
    private static Set<String> companions(SentenceView v, int word) {
        Set<String> out = new LinkedHashSet<>();
        for (int k = 0; k < v.words().size() - 1; k++) {
            if (!v.is(TOGETHER, k) || v.isQuoted(k) || !v.is(COMPANION, k + 1)
                    || v.clauseBetween(k, word)) {
                continue;
            }
            v.actorsAfter(k + 1, 3, Actor::isPerson).forEach(a -> out.add(a.id()));
            for (Actor a : v.actors()) {
                if (a.isPerson() && a.start() > k && a.start() < word && v.wordClass(COMPANION).contains(v.governor(a))
                        && v.is(SentenceView.COORDINATORS, v.governorIndex(a) - 1)) {
                    out.add(a.id());
                }
            }
        }
        return out;
    }

    /**
     * A guest received in a place of a country not their own visited it: "ha ricevuto al Quirinale Wang Yi"; a host in
     * the place of a place stands for the host's country ("a courtesy call on the president"). The
     * day of the reception need not be the day of the visit, so the visit takes its date from elsewhere.
     */
    private static Optional<Candidate> visitOf(Actor guest, Optional<Actor> place, Draft meeting) {
        if (place.isEmpty() || guest.country().isEmpty() || place.get().country().isEmpty()
                || guest.country().equals(place.get().country())) {
            return Optional.empty();
        }
        Draft d = new Draft(Event.Type.VISIT, meeting.evidence);
        d.add(Event.Role.VISITOR, guest.id());
        d.add(Event.Role.DESTINATION, place.get().isPerson() ? place.get().country().get() : place.get().id());
        d.attribution = meeting.attribution;
        return Optional.of(new Candidate(d.event(), false));
    }

    private static boolean followedBy(SentenceView v, int word, String next) {
        for (int k = word + 1; k <= word + 3; k++) {
            if (v.is(next, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where it happened, in the clause of the event word: a place after "a", "in", "nella capitale…", "nella città
     * costiera di Soči", "al palazzo X di Istanbul"; a country only when no place is named.
     */
    static Optional<Actor> place(SentenceView v, int word) {
        List<Actor> located = new ArrayList<>();
        for (Actor a : v.actors()) {
            if (v.isQuoted(a.start()) || a.isDemonym() || v.clauseBetween(word, a.start()) && !where(v, a, word)) {
                continue;
            }
            String governor = v.governor(a);
            if (v.is(LOCATED_NOUNS, v.governorIndex(a) - 1)) {
                continue;
            }
            if (a.type() == EntityType.PLACE && isSite(v, a) && Math.abs(a.start() - word) <= PLACE_REACH
                    || a.isCountry() && v.wordClass(AT).contains(governor) && Math.abs(a.start() - word) <= COUNTRY_REACH) {
                located.add(a);
            }
        }
        return located.stream()
                .min(Comparator.comparingInt((Actor a) -> rank(a.type()))
                        .thenComparingInt(a -> Math.abs(a.start() - word)));
    }

    /** "a Parigi, dove ha incontrato Macron": the place a "dove" clause hangs on is where its event happened. */
    private static boolean where(SentenceView v, Actor a, int word) {
        int k = v.folded(a.end()).equals(",") ? a.end() + 1 : a.end();
        return a.end() <= word && k < word && v.is(PLACE_RELATIVE, k) && !v.clauseBetween(k, word);
    }

    /** A place after "a", "alla", "presso", or named as the city of a site: "al palazzo Çırağan di Istanbul". */
    static boolean isSite(SentenceView v, Actor a) {
        String governor = v.governor(a);
        return v.wordClass(AT).contains(governor) || v.wordClass(AT_SITE).contains(governor)
                || v.wordClass(OF).contains(governor) && sitedBefore(v, v.governorIndex(a));
    }

    /** "nella città costiera di", "al palazzo Çırağan di": a place preposition a few words before "di". */
    private static boolean sitedBefore(SentenceView v, int of) {
        for (int k = of - 1; k >= Math.max(0, of - 4); k--) {
            if (v.words().get(k).isPunctuation()) {
                return false;
            }
            if (v.is(AT, k) || v.is(AT_SITE, k)) {
                return true;
            }
        }
        return false;
    }

    /** Places before organisations before countries: "a Washington" says more than "negli Stati Uniti". */
    static int rank(EntityType type) {
        return switch (type) {
            case PLACE -> 0;
            case ORGANIZATION -> 1;
            default -> 2;
        };
    }
}
