package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.newsgraph.document.EntityMention;
import org.newsgraph.document.EntityType;
import org.newsgraph.document.Event;
import org.newsgraph.document.Timex;
import org.newsgraph.entity.PhraseLexicon;
import org.newsgraph.lang.Language;
import org.newsgraph.lang.WordClasses;

/**
 * Treaties, pacts, memoranda and accords on any subject: "il trattato tra Russia e Corea del Nord", "Russia e Corea del
 * Nord sono legate da un trattato … firmato a giugno e ratificato questo mese", "X ha sottoscritto con Y un accordo",
 * "Giappone e India hanno firmato una dichiarazione congiunta"; "questo accordo" alone refers back. The parties (countries) come
 * from the clause — "tra X e Y", the subjects, the "con" partner, a pair "Ucraina-Francia", the signatories' countries —
 * never from any country the sentence happens to name. Every signing or ratification date is kept with its sentence;
 * an agreement named by its date ("il trattato del 1975") was signed then.
 */
final class AgreementRule implements EventRule {

    private static final String NAME_STOPS = "agreement-name-stop";
    private static final String TOPIC = "agreement-topic-preposition";
    private static final String NOT_A_DOCUMENT = "not-a-document-before";
    private static final String BY = "by-agent";
    private static final String WITH = "with";
    private static final String OF = "of";
    /** "il governo giapponese", "il parlamento sudcoreano": a nationality adjective after a state's body is the state. */
    private static final String STATE_BODIES = "state-body";
    private static final String PASSIVE_AUXILIARY = "passive-auxiliary";
    /** Documents that are an agreement when signed: "hanno firmato una dichiarazione congiunta", "26 documenti". */
    private static final String SIGNED_DOCUMENTS = "signed-document";
    private static final String BETWEEN = "between";
    /** 'che' opening what a speech verb says. */
    private static final String THAT = "complementizer";
    private static final String GENERIC = "generic-determiner";
    private static final String SIGNING_PARTNER = "signing-partner-preposition";
    private static final String RELATIVE = "relative-pronoun";
    /** How many words a mutual-defence phrase may take before the noun it qualifies: "mutual military assistance treaty". */
    private static final int PREMODIFIER_REACH = 3;
    /** How far a co-signer may stand after "with": "with Ukrainian President Volodymyr Zelenskyy". */
    private static final int COSIGNER_REACH = 4;
    /** How many words may stand between a generic determiner and its agreement noun: "these arms deals". */
    private static final int GENERIC_REACH = 2;
    private static final Set<Trigger.Kind> SPEECH = Set.of(Trigger.Kind.STATEMENT, Trigger.Kind.CLAIM, Trigger.Kind.DENIAL,
            Trigger.Kind.REPORT);
    private static final Set<Trigger.Kind> DATE_VERBS = Set.of(Trigger.Kind.SIGNING, Trigger.Kind.RATIFICATION, Trigger.Kind.IN_FORCE);
    private static final int DOCUMENT_REACH = 4;
    /** How far before its verb an object pronoun may stand: "lo ha già ratificato". */
    private static final int CLITIC_REACH = 3;
    private static final String OBJECT_CLITICS = "object-clitic";
    /** How far "tra" may follow the noun: "il trattato di partenariato strategico globale tra…". */
    private static final int BETWEEN_REACH = 6;
    private static final int PARTNER_REACH = 8;
    /** How far after the noun its terms may say it is a pact of mutual defence: "…, quello che prevede l'aiuto reciproco". */
    private static final int MUTUAL_REACH = 15;
    private static final String TOGETHER = "together";

    private final AttributionFinder attribution;
    private final PhraseLexicon<Boolean> mutualDefence = new PhraseLexicon<>();

    AgreementRule(Language language, AttributionFinder attribution) {
        this.attribution = attribution;
        language.lines("mutual-defence.txt").forEach(p -> mutualDefence.add(p, true));
    }

    @Override
    public List<Candidate> find(SentenceView v) {
        List<Candidate> out = new ArrayList<>();
        for (int word : agreementWords(v)) {
            Set<String> signatories = signatories(v);
            Set<String> parties = parties(v, word, signatories);
            Draft d = new Draft(Event.Type.AGREEMENT, v.sentence().span());
            Optional<Timex> namedFor = namedDate(v, word);
            boolean anaphoric = parties.size() < 2;
            if (!anaphoric) {
                parties.forEach(p -> d.add(Event.Role.PARTY, p));
                signatories.forEach(s -> d.add(Event.Role.SIGNATORY, s));
            }
            d.name = Optional.of(v.span(word, nameEnd(v, word)));
            if (mentionsMutualDefence(v, word)) {
                d.flags.add(Event.Flag.MUTUAL_DEFENCE);
            }
            namedFor.ifPresentOrElse(
                    t -> d.dateClaims.add(new Event.DateClaim(Event.DateClaim.Relation.SIGNED, t, v.sentence().span(), Set.of())),
                    () -> d.dateClaims.addAll(dateClaims(v)));
            d.place = MeetingRule.place(v, word).map(Actor::id).filter(p -> signedIn(v));
            d.attribution = attribution.find(v, word);
            out.add(new Candidate(d.event(), anaphoric));
            jointSigning(v, d, signatories).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Leaders of two countries who sign together in the days the article reports, at a place the sentence names or
     * side by side met to do so: "Macron e Zelensky firmano l'accordo", "X and Y signed the accord on Friday", "…, who
     * signed it at a ceremony in Delhi", "…, who signed it together". A signing dated further back by the text
     * ("firmato a giugno") is background and says nothing of a meeting the article tells.
     */
    private static Optional<Candidate> jointSigning(SentenceView v, Draft agreement, Set<String> signatories) {
        Set<String> countries = new LinkedHashSet<>();
        v.actors().stream().filter(a -> signatories.contains(a.id())).forEach(a -> a.country().ifPresent(countries::add));
        Optional<LocalDate> published = v.document().source().published();
        boolean news = agreement.dateClaims.isEmpty()
                ? agreement.place.isPresent() || together(v)
                : agreement.dateClaims.stream().allMatch(c -> !c.timex().written() || DateFinder.inTheNews(c.timex(), published));
        if (signatories.size() < 2 || countries.size() < 2 || !news) {
            return Optional.empty();
        }
        Draft d = new Draft(Event.Type.MEETING, agreement.evidence);
        signatories.forEach(s -> d.add(Event.Role.PARTICIPANT, s));
        d.date = agreement.dateClaims.stream().findFirst().map(Event.DateClaim::timex);
        d.place = agreement.place;
        d.attribution = agreement.attribution;
        return Optional.of(new Candidate(d.event(), false));
    }

    /** "…, who signed the agreement together", "insieme": the sentence says they were side by side. */
    private static boolean together(SentenceView v) {
        for (int k = 0; k < v.words().size(); k++) {
            if (v.is(TOGETHER, k) && !v.isQuoted(k)) {
                return true;
            }
        }
        return false;
    }

    /** "these arms deals", "such pacts": a determiner that makes the noun a kind of agreement, not one agreement. */
    private static boolean generic(SentenceView v, int word) {
        for (int k = word - 1; k >= 0 && word - k <= GENERIC_REACH; k--) {
            if (v.is(GENERIC, k)) {
                return true;
            }
            if (v.words().get(k).isPunctuation()) {
                return false;
            }
        }
        return false;
    }

    /** The agreement nouns of the sentence, and documents that a signing verb near them makes agreements. */
    private static List<Integer> agreementWords(SentenceView v) {
        List<Integer> out = new ArrayList<>();
        for (Trigger t : v.triggers()) {
            if (t.kind() == Trigger.Kind.AGREEMENT && !v.isQuoted(t.word())
                    && !v.is(NOT_A_DOCUMENT, t.word() - 1) && !Negation.negates(v, t.word())
                    && !Negation.negatesNoun(v, t.word()) && !generic(v, t.word())) {
                out.add(t.word());
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        for (Trigger t : v.triggers()) {
            if (t.kind() != Trigger.Kind.SIGNING || v.isQuoted(t.word()) || Negation.negates(v, t.word())) {
                continue;
            }
            for (int k = t.word() - DOCUMENT_REACH; k <= t.word() + DOCUMENT_REACH; k++) {
                if (k >= 0 && k < v.words().size() && k != t.word() && v.is(SIGNED_DOCUMENTS, k)
                        && !v.isQuoted(k)) {
                    out.add(k);
                    break;
                }
            }
        }
        if (out.isEmpty()) {
            v.triggers().stream().filter(t -> t.kind() == Trigger.Kind.RATIFICATION && !v.isQuoted(t.word())
                    && !Negation.negates(v, t.word()) && takesUpAnObject(v, t.word())).findFirst().ifPresent(t -> out.add(t.word()));
        }
        return out;
    }

    /** "Il Bundestag lo ha ratificato", "l'ha ratificata": an object pronoun just before the verb stands for the agreement told before. */
    private static boolean takesUpAnObject(SentenceView v, int verb) {
        for (int k = Math.max(0, verb - CLITIC_REACH); k < verb; k++) {
            String w = v.folded(k);
            if (v.wordClass(OBJECT_CLITICS).contains(w) || v.folded(k + 1).equals("'") && v.wordClass(OBJECT_CLITICS).contains(w + "'")) {
                return true;
            }
        }
        return false;
    }

    /** Persons who sign or conclude: the subjects of "firmare", "siglare", "concludere", or the agents of "firmato da". */
    private static Set<String> signatories(SentenceView v) {
        Set<String> out = new LinkedHashSet<>();
        for (Trigger t : v.triggers()) {
            if (t.kind() == Trigger.Kind.SIGNING && !v.isQuoted(t.word()) && isBareParticiple(v, t.word())) {
                List<Actor> agents = v.actorsAfter(t.word(), 2, Actor::isPerson);
                if (!agents.isEmpty() && v.wordClass(BY).contains(v.governor(agents.get(0)))) {
                    agents.forEach(a -> out.add(a.id()));
                }
            } else if (t.kind() == Trigger.Kind.SIGNING && !v.isQuoted(t.word())) {
                List<Actor> subjects = v.subjectsBefore(t.word(), Actor::isPerson);
                if (subjects.isEmpty()) {
                    subjects = v.sharedSubjectsBefore(t.word(), Actor::isPerson);
                }
                subjects.stream()
                        .filter(a -> !a.isDemonym())
                        .filter(a -> v.triggers().stream().noneMatch(o -> o.kind() == Trigger.Kind.AGREEMENT
                                && o.word() < a.start() && a.start() < t.word()))
                        .forEach(a -> out.add(a.id()));
                if (!out.isEmpty()) {
                    cosigner(v, t.word()).ifPresent(a -> out.add(a.id()));
                }
            }
        }
        return out;
    }

    /** "X signed a partnership agreement with President Y": the person after the signing partner preposition signed too. */
    private static Optional<Actor> cosigner(SentenceView v, int signing) {
        for (int k = signing + 1; k < v.words().size() && k <= signing + PARTNER_REACH; k++) {
            if (v.isQuoted(k) || v.opensClause(k)) {
                return Optional.empty();
            }
            if (v.is(SIGNING_PARTNER, k)) {
                return v.actorAfter(k, COSIGNER_REACH, a -> a.isPerson() && !a.isDemonym());
            }
        }
        return Optional.empty();
    }

    /**
     * "il trattato firmato dai due leader", "sottoscritto da Putin": a participle (by its dictionary reading) with
     * no auxiliary before it names its signers after "da", never the subject of the sentence.
     */
    private static boolean isBareParticiple(SentenceView v, int word) {
        return v.isParticipleWithoutAvere(word) && !v.is(PASSIVE_AUXILIARY, word - 1) && !subjectJustBefore(v, word);
    }

    /**
     * "Starmer signed a deal", "…, who signed the pact": a form both past and participle is the past after its subject
     * or a relative pronoun, as English writes it.
     */
    private static boolean subjectJustBefore(SentenceView v, int word) {
        return v.is(RELATIVE, word - 1) || v.actors().stream().anyMatch(a -> a.end() == word && !v.isOblique(a) && !a.isDemonym());
    }

    /**
     * Who is bound, from the clause: "tra X e Y" after the noun and its name, a pair "Ucraina-Francia" just after it, the subjects
     * before it and a "con" partner, then the signatories' countries. A person stands for the country they belong to.
     */
    private static Set<String> parties(SentenceView v, int word, Set<String> signatories) {
        Set<String> out = new LinkedHashSet<>();
        for (int k = word + 1; k < v.words().size() && k <= word + BETWEEN_REACH && !v.words().get(k).isPunctuation(); k++) {
            if (v.is(BETWEEN, k) && !v.isQuoted(k)) {
                v.actorsAfter(k, 3, a -> canBeParty(v, a)).forEach(a -> party(a).ifPresent(out::add));
                break;
            }
        }
        if (out.size() < 2) {
            pairAfter(v, word).forEach(a -> party(a).ifPresent(out::add));
        }
        if (out.size() < 2) {
            signingAgents(v, word).forEach(a -> party(a).ifPresent(out::add));
        }
        if (out.size() < 2) {
            List<Actor> subjects = v.subjectsBefore(word, a -> canBeParty(v, a));
            if (subjects.isEmpty()) {
                subjects = v.sharedSubjectsBefore(word, a -> canBeParty(v, a));
            }
            subjects.stream().filter(a -> !reports(v, a, word)).forEach(a -> party(a).ifPresent(out::add));
            partner(v, word).flatMap(AgreementRule::party).ifPresent(out::add);
        }
        if (out.size() < 2) {
            v.triggers().stream().filter(t -> t.kind() == Trigger.Kind.RATIFICATION && !v.clauseBetween(word, t.word()))
                    .forEach(t -> out.addAll(ratifiers(v, t.word())));
        }
        for (String s : signatories) {
            v.actors().stream().filter(a -> a.id().equals(s)).findFirst()
                    .flatMap(Actor::country).ifPresent(out::add);
        }
        if (out.isEmpty()) {
            betweenBefore(v, word).forEach(a -> party(a).ifPresent(out::add));
        }
        if (out.size() == 1 && partnerOtherThanAState(v, word).isEmpty()) {
            mostMentionedOther(v, out.iterator().next()).ifPresent(out::add);
        }
        return out;
    }

    /**
     * "l'accordo firmato da Giappone e Corea del Sud", "il patto è stato siglato da Seul e Tokyo": the agents of a
     * passive or participle of signing in the noun's clause.
     */
    private static List<Actor> signingAgents(SentenceView v, int word) {
        for (Trigger t : v.triggers()) {
            boolean passive = isBareParticiple(v, t.word()) || v.is(PASSIVE_AUXILIARY, t.word() - 1);
            if (t.kind() == Trigger.Kind.SIGNING && passive && !v.isQuoted(t.word()) && !v.clauseBetween(word, t.word())) {
                List<Actor> agents = v.actorsAfter(t.word(), 3, a -> canBeParty(v, a));
                if (!agents.isEmpty() && isAgent(v, agents.get(0))) {
                    return agents;
                }
            }
        }
        return List.of();
    }

    /** Whether an actor is the agent after "da": "dalla Duma", "dal parlamento sudcoreano". */
    private static boolean isAgent(SentenceView v, Actor a) {
        boolean body = a.isDemonym() && v.is(STATE_BODIES, a.start() - 1);
        return v.wordClass(BY).contains(body ? v.folded(a.start() - 2) : v.governor(a));
    }

    /** "L'asse tra Mosca e Pyongyang è nato con il trattato": a pair after "tra" earlier in the clause. */
    private static List<Actor> betweenBefore(SentenceView v, int word) {
        for (int k = word - 1; k >= 0 && !v.opensClause(k); k--) {
            if (v.is(BETWEEN, k) && !v.isQuoted(k)) {
                List<Actor> pair = v.actorsAfter(k, 3, a -> a.isCountry() && !a.isDemonym());
                return pair.size() == 2 && pair.get(1).end() <= word ? pair : List.of();
            }
        }
        return List.of();
    }

    /**
     * "il trattato firmato con la Russia": the other party of an agreement with one named party is the country the
     * article speaks of most, when it names it at least twice.
     */
    private static Optional<String> mostMentionedOther(SentenceView v, String party) {
        Map<String, Integer> counts = new TreeMap<>();
        for (EntityMention m : v.document().mentions()) {
            if (m.type() == EntityType.COUNTRY && !m.entityId().equals(party)) {
                counts.merge(m.entityId(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** A country, a state body named by its nationality ("il governo giapponese"), or a person who signs for one. */
    private static boolean canBeParty(SentenceView v, Actor a) {
        return a.isCountry() && (!a.isDemonym() || v.is(STATE_BODIES, a.start() - 1))
                || a.isPerson() && a.country().isPresent();
    }

    /**
     * "Il Cremlino nega che sia stato firmato un accordo", "Washington afferma che…": the subject of a speech, claim
     * or denial whose "che" clause tells of the agreement only speaks of it.
     */
    private static boolean reports(SentenceView v, Actor subject, int word) {
        return v.triggers().stream().anyMatch(t -> t.word() >= subject.end() && t.word() < word
                && SPEECH.contains(t.kind()) && v.is(THAT, t.word() + 1));
    }

    private static Optional<String> party(Actor a) {
        return a.isPerson() ? a.country() : Optional.of(a.id());
    }

    /** "l'accordo con il Niger", "ha sottoscritto con la Francia un accordo": the partner after "con", near the noun. */
    private static Optional<Actor> partner(SentenceView v, int word) {
        for (int k = Math.max(0, word - PARTNER_REACH); k < v.words().size() && k <= word + PARTNER_REACH; k++) {
            if (v.is(WITH, k) && !v.isQuoted(k) && !v.clauseBetween(k, word)) {
                int with = k;
                Optional<Actor> a = v.actorAfter(with, 3, x -> canBeParty(v, x) && v.governorIndex(x) == with);
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return Optional.empty();
    }

    /** "a deal with Hamas", "un accordo con la Wagner": a partner near the noun that no state stands for, so none is guessed. */
    private static Optional<Actor> partnerOtherThanAState(SentenceView v, int word) {
        for (int k = word + 1; k < v.words().size() && k <= word + PARTNER_REACH && !v.opensClause(k); k++) {
            if (v.is(WITH, k) && !v.isQuoted(k)) {
                int with = k;
                return v.actorAfter(with, 3, x -> v.governorIndex(x) == with && !canBeParty(v, x));
            }
        }
        return Optional.empty();
    }

    /** "accordo armi Ucraina-Francia": two countries joined by a hyphen within a few words after the noun. */
    private static List<Actor> pairAfter(SentenceView v, int word) {
        List<Actor> actors = v.actors();
        for (int i = 0; i + 1 < actors.size(); i++) {
            Actor a = actors.get(i);
            Actor b = actors.get(i + 1);
            if (a.start() > word && a.start() <= word + 3 && b.start() == a.end() && a.isCountry() && b.isCountry()
                    && !a.isDemonym() && !b.isDemonym() && hyphenBetween(v, a, b)) {
                return List.of(a, b);
            }
        }
        return List.of();
    }

    private static boolean hyphenBetween(SentenceView v, Actor a, Actor b) {
        int from = v.words().get(a.end() - 1).span().end();
        int to = v.words().get(b.start()).span().begin();
        String gap = v.document().text().substring(from, to);
        return gap.length() == 1 && gap.charAt(0) != ' ';
    }

    /** "il trattato del 1975", "il trattato del giugno scorso": an agreement named by the date it was signed. */
    private static Optional<Timex> namedDate(SentenceView v, int word) {
        int k = nameEnd(v, word);
        return v.timexes().stream()
                .filter(t -> (t.start() == word + 1 || t.start() == k) && v.is(OF, t.start())
                        && t.value().value().isPresent())
                .map(SentenceView.Placed::value).findFirst();
    }

    private boolean mentionsMutualDefence(SentenceView v, int word) {
        for (int k = Math.max(0, word - PREMODIFIER_REACH); k < word; k++) {
            if (mutualDefence.match(v.words(), k).filter(m -> m.end() == word).isPresent()) {
                return true; // "a mutual defence pact": the terms as the noun's premodifier
            }
        }
        for (int k = word + 1; k <= word + MUTUAL_REACH && k < v.words().size(); k++) {
            if (mutualDefence.match(v.words(), k).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static int nameEnd(SentenceView v, int word) {
        int end = word + 1;
        if (v.is(TOPIC, end)) {
            int k = end + 1;
            while (k < v.words().size() && k <= word + 5 && !v.words().get(k).isPunctuation()
                    && !v.is(NAME_STOPS, k)) {
                k++;
            }
            end = k;
        }
        return Math.min(end, v.words().size());
    }

    private static boolean signedIn(SentenceView v) {
        return v.triggers().stream().anyMatch(t -> t.kind() == Trigger.Kind.SIGNING);
    }

    /**
     * "firmato a giugno", "il 9 novembre Putin ha ratificato", "entrerà in vigore il 1° marzo": the nearest resolved
     * date of the verb's clause ("non è ancora entrato in vigore" negates the verb before "in vigore"); a
     * signing or ratification told as the day's news ("hanno firmato", "firmano") with no date was that day.
     */
    private static List<Event.DateClaim> dateClaims(SentenceView v) {
        List<Event.DateClaim> out = new ArrayList<>();
        for (Trigger t : v.triggers()) {
            Event.DateClaim.Relation relation = switch (t.kind()) {
                case SIGNING -> Event.DateClaim.Relation.SIGNED;
                case RATIFICATION -> Event.DateClaim.Relation.RATIFIED;
                case IN_FORCE -> Event.DateClaim.Relation.IN_FORCE;
                default -> null;
            };
            boolean inForce = relation == Event.DateClaim.Relation.IN_FORCE;
            if (relation == null || v.isQuoted(t.word()) || Negation.negates(v, t.word())
                    || inForce && Negation.negates(v, t.word() - 2)) {
                continue;
            }
            Optional<Timex> date = DateFinder.near(v, t.word(), false, x -> nearestDateVerb(v, x.start()) == t.word())
                    .filter(x -> x.value().isPresent());
            if (date.isEmpty() && !inForce && (!isBareParticiple(v, t.word()) || t.word() == 0) && DateFinder.isNews(v, t.word())) {
                date = DateFinder.implied(v, t.word());
            }
            Set<String> parties = relation == Event.DateClaim.Relation.RATIFIED ? ratifiers(v, t.word()) : Set.of();
            date.ifPresent(x -> out.add(new Event.DateClaim(relation, x, v.sentence().span(), parties)));
        }
        return out;
    }

    /**
     * The signing, ratification or entry-into-force word a date belongs to: the nearest before it, as Italian puts a date
     * after its verb ("firmato a gennaio, è stato ratificato il 20 febbraio"), else the nearest after it ("il 9 novembre
     * Putin ha ratificato").
     */
    private static int nearestDateVerb(SentenceView v, int at) {
        List<Integer> words = v.triggers().stream().filter(t -> DATE_VERBS.contains(t.kind())).map(Trigger::word).toList();
        return words.stream().filter(w -> w < at).max(Comparator.naturalOrder())
                .or(() -> words.stream().filter(w -> w > at).min(Comparator.naturalOrder())).orElse(-1);
    }

    /**
     * Who ratifies: the agent of a passive or participle ("ratificato dalla Duma", "è stato ratificato da Seul"), else
     * the subjects of the verb ("il parlamento sudcoreano ha ratificato"), each standing for its country.
     */
    private static Set<String> ratifiers(SentenceView v, int word) {
        Predicate<Actor> ratifies = a -> canBeParty(v, a) || a.type() == EntityType.ORGANIZATION && a.country().isPresent();
        List<Actor> agents = v.actorsAfter(word, 3, ratifies);
        List<Actor> who = !agents.isEmpty() && isAgent(v, agents.get(0)) ? agents
                : v.is(PASSIVE_AUXILIARY, word - 1) || isBareParticiple(v, word) ? List.of()
                : v.subjectsBefore(word, ratifies);
        return who.stream().flatMap(a -> a.country().stream()).collect(Collectors.toCollection(TreeSet::new));
    }
}
