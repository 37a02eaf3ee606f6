package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.document.Event;
import org.newsgraph.document.Timex;
import org.newsgraph.entity.PhraseLexicon;
import org.newsgraph.lang.WordClasses;

/**
 * Treaties and pacts: "il trattato tra Russia e Corea del Nord", "Russia e Corea del Nord sono legate da
 * un trattato … firmato a giugno e ratificato questo mese", "Kim e Putin hanno concluso un patto";
 * "questo accordo" alone refers back. Every signing or ratification date is kept with its sentence.
 */
final class AgreementRule {

    private static final Set<String> NAME_STOPS = WordClasses.italian().of("agreement-name-stop");
    private static final Set<String> TOPIC = WordClasses.italian().of("agreement-topic-preposition");
    private static final Set<String> NOT_A_DOCUMENT = WordClasses.italian().of("not-a-document-before");
    private static final Set<String> BY = WordClasses.italian().of("by-agent");
    private static final Set<String> PERFECT_AUXILIARY = WordClasses.italian().of("perfect-auxiliary");
    private static final Set<String> BETWEEN = WordClasses.italian().of("between");
    private static final int DATE_REACH = 6;

    private final AttributionFinder attribution;
    private final PhraseLexicon<Boolean> mutualDefence = new PhraseLexicon<Boolean>()
            .add("mutua difesa", true).add("difesa reciproca", true).add("mutua assistenza", true)
            .add("assistenza reciproca", true).add("assistenza militare reciproca", true)
            .add("difesa comune", true).add("reciproca assistenza militare", true);

    AgreementRule(AttributionFinder attribution) {
        this.attribution = attribution;
    }

    List<Candidate> find(SentenceView v) {
        List<Candidate> out = new ArrayList<>();
        for (Trigger t : v.triggers()) {
            if (t.kind() != Trigger.Kind.AGREEMENT || v.isQuoted(t.word())
                    || NOT_A_DOCUMENT.contains(v.folded(t.word() - 1)) || Negation.negates(v, t.word())) {
                continue;
            }
            Set<String> signatories = signatories(v);
            Set<String> parties = parties(v, t.word(), signatories);
            Draft d = new Draft(Event.Type.AGREEMENT, v.sentence().span());
            boolean anaphoric = parties.size() < 2;
            if (!anaphoric) {
                parties.forEach(p -> d.add(Event.Role.PARTY, p));
                signatories.forEach(s -> d.add(Event.Role.SIGNATORY, s));
            }
            d.name = Optional.of(v.span(t.word(), nameEnd(v, t.word())));
            if (mentionsMutualDefence(v, t.word())) {
                d.flags.add(Event.Flag.MUTUAL_DEFENCE);
            }
            d.dateClaims.addAll(dateClaims(v));
            d.place = MeetingRule.place(v, t.word()).filter(p -> signedIn(v));
            d.attribution = attribution.find(v, t.word());
            out.add(new Candidate(d.event(), anaphoric));
        }
        return out;
    }

    /** Persons who sign or conclude: the subjects of "firmare", "siglare", "concludere". */
    private static Set<String> signatories(SentenceView v) {
        Set<String> out = new LinkedHashSet<>();
        for (Trigger t : v.triggers()) {
            if (t.kind() == Trigger.Kind.SIGNING && !v.isQuoted(t.word()) && isBareParticiple(v, t.word())) {
                v.actorsAfter(t.word(), 2, Actor::isPerson).stream()
                        .filter(a -> BY.contains(v.governor(a)))
                        .forEach(a -> out.add(a.id()));
            } else if (t.kind() == Trigger.Kind.SIGNING && !v.isQuoted(t.word())) {
                v.subjectsBefore(t.word(), Actor::isPerson).stream()
                        .filter(a -> !a.isDemonym())
                        .filter(a -> v.triggers().stream().noneMatch(o -> o.kind() == Trigger.Kind.AGREEMENT
                                && o.word() < a.start() && a.start() < t.word()))
                        .forEach(a -> out.add(a.id()));
            }
        }
        return out;
    }

    /**
     * "il trattato firmato dai due leader", "sottoscritto da Putin": a participle (by its dictionary reading) with
     * no auxiliary before it names its signers after "da", never the subject of the sentence.
     */
    private static boolean isBareParticiple(SentenceView v, int word) {
        return v.words().get(word).isParticiple() && !PERFECT_AUXILIARY.contains(v.folded(word - 1));
    }

    /** The countries bound: "tra X e Y"; else the coordinated subjects; else every country named, and the signatories'. */
    private static Set<String> parties(SentenceView v, int word, Set<String> signatories) {
        Set<String> out = new LinkedHashSet<>();
        boolean between = BETWEEN.contains(v.folded(word + 1)) || BETWEEN.contains(v.folded(word + 2));
        if (between) {
            v.actorsAfter(word, 4, Actor::isCountry).forEach(a -> out.add(a.id()));
        }
        if (out.size() < 2) {
            v.actors().stream().filter(a -> a.isCountry() && !v.isQuoted(a.start()))
                    .filter(a -> !isClaimant(v, a))
                    .forEach(a -> out.add(a.id()));
        }
        for (String s : signatories) {
            v.actors().stream().filter(a -> a.id().equals(s)).findFirst()
                    .flatMap(Actor::country).ifPresent(out::add);
        }
        return out;
    }

    /** A country that only reports, accuses or denies ("secondo gli Stati Uniti") is not a party. */
    private static boolean isClaimant(SentenceView v, Actor a) {
        String governor = v.governor(a);
        if (governor.equals("secondo")) {
            return true;
        }
        return v.triggers().stream().anyMatch(t -> (t.kind() == Trigger.Kind.CLAIM || t.kind() == Trigger.Kind.DENIAL)
                && v.subjectsBefore(t.word(), x -> true).contains(a));
    }

    private boolean mentionsMutualDefence(SentenceView v, int word) {
        for (int k = word + 1; k <= word + 5 && k < v.words().size(); k++) {
            if (mutualDefence.match(v.words(), k).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static int nameEnd(SentenceView v, int word) {
        int end = word + 1;
        if (TOPIC.contains(v.folded(end))) {
            int k = end + 1;
            while (k < v.words().size() && k <= word + 5 && !v.words().get(k).isPunctuation()
                    && !NAME_STOPS.contains(v.folded(k))) {
                k++;
            }
            end = k;
        }
        return Math.min(end, v.words().size());
    }

    private static boolean signedIn(SentenceView v) {
        return v.triggers().stream().anyMatch(t -> t.kind() == Trigger.Kind.SIGNING);
    }

    /** "firmato a giugno", "ratificato questo mese": a resolved date soon after the participle. */
    private static List<Event.DateClaim> dateClaims(SentenceView v) {
        List<Event.DateClaim> out = new ArrayList<>();
        for (Trigger t : v.triggers()) {
            Event.DateClaim.Relation relation = t.kind() == Trigger.Kind.SIGNING ? Event.DateClaim.Relation.SIGNED
                    : t.kind() == Trigger.Kind.RATIFICATION ? Event.DateClaim.Relation.RATIFIED : null;
            if (relation == null || v.isQuoted(t.word())) {
                continue;
            }
            Optional<Timex> date = v.timexes().stream()
                    .filter(x -> x.start() > t.word() && x.start() <= t.word() + DATE_REACH
                            && x.value().value().isPresent())
                    .map(SentenceView.Placed::value).findFirst();
            date.ifPresent(x -> out.add(new Event.DateClaim(relation, x, v.sentence().span())));
        }
        return out;
    }
}
