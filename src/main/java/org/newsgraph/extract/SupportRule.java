package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.document.Event;
import org.newsgraph.document.PartOfSpeech;
import org.newsgraph.document.Quantity;
import org.newsgraph.entity.PhraseLexicon;
import org.newsgraph.lang.Language;
import org.newsgraph.lang.WordClasses;

/**
 * Military support: a supply word with what is supplied, by whom and to whom — "la Corea del Nord ha inviato più di
 * 10.000 soldati in Russia", "l'invio di truppe nordcoreane", "la cessione di tecnologia russa a Pyongyang", "i carri
 * armati inviati da Berlino a sostegno della lotta di Kiev", "consiglieri militari turchi sono arrivati in Somalia",
 * "l'acquisizione da parte della Polonia di carri armati tedeschi". Provider and recipient come from the clause's
 * roles; a country fought against ("la guerra all'Ucraina") is no recipient. Whoever is not named is taken from the
 * supply just before in the same sentence; a supply of the same materiel told again without its countries ("erano circa
 * 150 missili, scaricati in una base russa") adds to the one told before, and a denial of "una consegna di quel tipo"
 * denies it. A purchase that names only its buyer ("l'acquisizione da parte di Varsavia di sessanta elicotteri") buys
 * from whoever last supplied that buyer.
 */
final class SupportRule implements EventRule {

    private static final String DETERMINERS = "materiel-determiner";
    private static final String RECIPIENT_CUES = "recipient-cue";
    /** "provided Russia with missiles": the word after the recipient object that introduces the materiel. */
    private static final String SUPPLIED_WITH = "supplied-with";
    private static final String STOPS = "provider-stop";
    private static final String BY = "by-agent";
    /** The two words of "da parte di X", which names who acts on a noun: the preposition, then the noun. */
    private static final String AGENT_LEAD = "agent-phrase-preposition";
    private static final String AGENT_NOUN = "agent-phrase-noun";
    /** "received missiles from the United States": the preposition before who supplies what a subject receives. */
    private static final String SOURCE = "supply-source-preposition";
    private static final String OF = "of";
    /** Nouns of a war: a country after "a", "in", "contro" is fought, one after "di" wages it. */
    private static final String WAR_NOUNS = "war-noun";
    /** Nouns of an attack, whose complement is the one attacked: "the invasion of Ukraine", "l'invasione dell'Ucraina". */
    private static final String INVASIONS = "invasion-noun";
    /** Nouns of a state's bodies whose nationality adjective names the state: "il regime iraniano", "all'esercito russo". */
    private static final String STATE_BODIES = "state-body";
    /** "sul territorio nigerino": the nationality adjective of a territory names where support goes. */
    private static final String TERRITORY = "territory-noun";
    /** Verbs whose subject opposes a supply rather than makes it: "la Russia ha criticato le forniture". */
    private static final String OBJECTIONS = "objection";
    /** Words around a preposition that carry a list of materiel on: "oltre a nuovi droni", "tra cui due batterie…". */
    private static final String LIST_GOES_ON = "list-connective";
    private static final String AUXILIARIES = "perfect-auxiliary";
    private static final int MATERIEL_REACH = 8;
    /** How far after one materiel noun the next one of a list may come: "caccia Rafale, con le relative munizioni". */
    private static final int LIST_REACH = 6;
    private static final int LOOK_BACK = 10;
    /** How far arriving materiel may stand before its verb: "istruttori russi sono arrivati". */
    private static final int SUBJECT_REACH = 4;
    private static final int RECIPIENT_REACH = 12;
    /** How many words of a name may stand between a nationality and the materiel it precedes: "German Taurus cruise missiles". */
    private static final int NAME_REACH = 3;
    /** Where a language puts a nationality adjective about its noun: "after" ("truppe nordcoreane"), "before" ("Russian drones"). */
    private static final String NATIONALITY_SIDE = "nationality-side";
    private static final String AFTER = "after";
    private static final String BEFORE = "before";

    private final AttributionFinder attribution;
    private final PhraseLexicon<MaterielWord> materiel = new PhraseLexicon<>();

    SupportRule(Language language, AttributionFinder attribution) {
        this.attribution = attribution;
        for (List<String> row : language.rows("materiel.tsv")) {
            materiel.add(row.get(0), new MaterielWord(materielOf(row.get(1)), row.get(2).equals("yes")));
        }
    }

    /** The materiel of a concept name in materiel.tsv: "AirDefence" is {@link Event.Materiel#AIR_DEFENCE}. */
    private static Event.Materiel materielOf(String concept) {
        try {
            return Event.Materiel.valueOf(concept.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown materiel in materiel.tsv: " + concept, e);
        }
    }

    @Override
    public List<Candidate> find(SentenceView v) {
        List<Candidate> out = new ArrayList<>();
        Optional<String> lastProvider = Optional.empty();
        Optional<String> lastRecipient = Optional.empty();
        for (Trigger t : v.triggers()) {
            if (t.kind() != Trigger.Kind.SUPPORT || Negation.negates(v, t.word())) {
                continue;
            }
            if (t.frame().equals("receipt")) {
                out.addAll(receipt(v, t));
                continue;
            }
            boolean arrival = t.frame().equals("arrival");
            boolean purchase = t.frame().equals("purchase");
            List<PhraseLexicon.Match<MaterielWord>> what = arrival ? List.of() : materielAfter(v, t.word());
            if (what.isEmpty() && !purchase) {
                what = materielBefore(v, t.word(), arrival);
            }
            if (purchase) {
                what = what.stream().filter(m -> m.value().materiel() != Event.Materiel.OIL).toList();
            }
            if (what.isEmpty()) {
                deniedAgain(v, t).ifPresent(out::add);
                continue;
            }
            int whatEnd = what.get(what.size() - 1).end();
            Optional<String> provider = purchase ? seller(v, t.word(), what)
                    : arrival ? origin(v, t.word(), what) : provider(v, t.word(), what);
            Optional<String> recipient = purchase ? buyer(v, t.word()) : recipient(v, t.word(), whatEnd, provider);
            if (v.isQuoted(t.word()) && (provider.isEmpty() || recipient.isEmpty())) {
                continue;
            }
            if (provider.isEmpty() && recipient.isEmpty() && lastProvider.isEmpty() && !purchase) {
                if (!arrival) {
                    out.addAll(toldAgain(v, t, what, subjectLeftOut(v, t.word())));
                }
                continue;
            }
            if (provider.isEmpty() && recipient.isPresent() && !v.isQuoted(t.word())
                    && (purchase || lastProvider.isEmpty() && subjectLeftOut(v, t.word()))) {
                for (PhraseLexicon.Match<MaterielWord> m : byKind(what)) {
                    Draft d = draft(v, t, m);
                    d.add(Event.Role.RECIPIENT, recipient.get());
                    out.add(new Candidate(d.event(), true));
                }
                continue;
            }
            if (provider.isEmpty() && !purchase) {
                provider = lastProvider;
            }
            final Optional<String> from = provider;
            if (recipient.isEmpty() && !purchase) {
                recipient = lastRecipient.or(() -> mostMentionedOther(v.countryMentions(), from));
            }
            if (provider.isEmpty() || recipient.isEmpty() || provider.equals(recipient)) {
                continue;
            }
            lastProvider = provider;
            lastRecipient = recipient;
            for (PhraseLexicon.Match<MaterielWord> m : byKind(what)) {
                Draft d = draft(v, t, m);
                d.add(Event.Role.PROVIDER, provider.get());
                d.add(Event.Role.RECIPIENT, recipient.get());
                out.add(new Candidate(d.event(), false));
            }
        }
        return out;
    }

    private Draft draft(SentenceView v, Trigger t, PhraseLexicon.Match<MaterielWord> m) {
        Draft d = new Draft(Event.Type.MILITARY_SUPPORT, v.sentence().span());
        d.materiel = Optional.of(m.value().materiel());
        d.quantity = quantityBefore(v, m.start());
        d.date = DateFinder.near(v, t.word(), false);
        d.attribution = attribution.find(v, t.word());
        return d;
    }

    private static List<PhraseLexicon.Match<MaterielWord>> byKind(List<PhraseLexicon.Match<MaterielWord>> what) {
        Map<Event.Materiel, PhraseLexicon.Match<MaterielWord>> kinds = new LinkedHashMap<>();
        what.forEach(m -> kinds.putIfAbsent(m.value().materiel(), m));
        return List.copyOf(kinds.values());
    }

    /**
     * A supply told without its countries, outside quotes, adds its amount, evidence and sources to the last supply of
     * the same materiel: "fonti sudcoreane avevano riferito che erano circa 150 missili, scaricati…".
     */
    private List<Candidate> toldAgain(SentenceView v, Trigger t, List<PhraseLexicon.Match<MaterielWord>> what,
                                      boolean sameParties) {
        if (v.isQuoted(t.word())) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        for (PhraseLexicon.Match<MaterielWord> m : byKind(what)) {
            out.add(new Candidate(draft(v, t, m).event(), true, sameParties));
        }
        return out;
    }

    /**
     * "It has also sent missiles", "Ha inoltre inviato missili": the supply verb's subject is a pronoun, or left out,
     * at the start of its sentence or clause; it goes on with whoever supplied last, whatever the materiel.
     */
    private static boolean subjectLeftOut(SentenceView v, int verb) {
        int k = verb - 1;
        while (k >= 0 && (v.is(AUXILIARIES, k) || v.words().get(k).can(PartOfSpeech.ADVERB)) && !v.isQuoted(k)) {
            k--;
        }
        boolean clauseStart = k < 0 || v.words().get(k).isPunctuation();
        boolean pronoun = k >= 0 && v.words().get(k).can(PartOfSpeech.PRONOUN) && !v.isQuoted(k)
                && (k == 0 || v.words().get(k - 1).isPunctuation());
        return clauseStart || pronoun;
    }

    /** "Sia Minsk sia Pechino hanno negato una consegna di quel tipo": a denial of the supply told before. */
    private Optional<Candidate> deniedAgain(SentenceView v, Trigger t) {
        Event.Attribution a = attribution.find(v, t.word());
        if (a.deniedBy().isEmpty() || v.isQuoted(t.word())) {
            return Optional.empty();
        }
        Draft d = new Draft(Event.Type.MILITARY_SUPPORT, v.sentence().span());
        d.attribution = new Event.Attribution(Set.of(), a.deniedBy(), Set.of(), a.hedged());
        return Optional.of(new Candidate(d.event(), true));
    }

    /** The materiel nouns after a supply word: "missili balistici e altre munizioni", up to "alla Russia". */
    private List<PhraseLexicon.Match<MaterielWord>> materielAfter(SentenceView v, int word) {
        List<PhraseLexicon.Match<MaterielWord>> out = new ArrayList<>();
        int reach = word + MATERIEL_REACH;
        for (int k = word + 1; k < v.words().size() && k <= reach; k++) {
            boolean stop = v.is(STOPS, k) && !v.is(LIST_GOES_ON, k - 1)
                    && !v.is(LIST_GOES_ON, k + 1);
            if ((stop || isSupplyWord(v, k) || v.opensClause(k)) && !out.isEmpty()) {
                break;
            }
            Optional<PhraseLexicon.Match<MaterielWord>> m = materiel.match(v.words(), k);
            if (m.isPresent() && counts(v, m.get(), word)) {
                out.add(m.get());
                k = m.get().end() - 1;
                reach = Math.max(reach, m.get().end() + LIST_REACH);
            }
        }
        return out;
    }

    /** Another supply word starts another supply: "forniture di munizioni nordcoreane e la cessione di tecnologia russa". */
    private static boolean isSupplyWord(SentenceView v, int word) {
        return v.triggers().stream().anyMatch(t -> t.kind() == Trigger.Kind.SUPPORT && t.word() == word);
    }

    /** The materiel before a supply word; an arrival needs it as its subject: "istruttori russi sono arrivati". */
    private List<PhraseLexicon.Match<MaterielWord>> materielBefore(SentenceView v, int word, boolean subjectOnly) {
        for (int k = word - 1; k >= 0 && k >= word - LOOK_BACK; k--) {
            Optional<PhraseLexicon.Match<MaterielWord>> m = materiel.match(v.words(), k);
            if (m.isPresent() && counts(v, m.get(), -1)) {
                int end = m.get().end();
                boolean subject = v.actors().stream().noneMatch(a -> a.start() >= end && a.start() < word && !a.isDemonym())
                        && !v.clauseBetween(end - 1, word) && word - end <= SUBJECT_REACH;
                return !subjectOnly || subject ? List.of(m.get()) : List.of();
            }
        }
        return List.of();
    }

    /** A word that is also an adjective ("militari") counts only as a noun: after an article, a number or the verb. */
    private static boolean counts(SentenceView v, PhraseLexicon.Match<MaterielWord> m, int trigger) {
        if (!m.value().adjectiveToo()) {
            return true;
        }
        int before = m.start() - 1;
        return before == trigger || v.is(DETERMINERS, before)
                || v.quantities().stream().anyMatch(q -> q.end() == m.start());
    }

    /**
     * Who supplies: a nationality of the materiel ("truppe nordcoreane", "German missiles"), "da parte di X", the agent of a participle ("armi inviate
     * da Pyongyang"), the accused of "accusano X di aver fornito" (never the accusers), or the subject of the verb —
     * a state's body standing for the state ("il regime iraniano") — unless that subject objects to the supply.
     */
    private static Optional<String> provider(SentenceView v, int word, List<PhraseLexicon.Match<MaterielWord>> what) {
        Optional<String> nationality = nationality(v, what);
        if (nationality.isPresent()) {
            return nationality;
        }
        for (int k = word + 1; k < v.words().size() - 2 && k <= word + 8; k++) {
            if (agentPhrase(v, k)) {
                Optional<String> by = v.actorAfter(k + 1, 4, a -> a.country().isPresent()).flatMap(Actor::country);
                if (by.isPresent()) {
                    return by;
                }
            }
        }
        if (v.isParticipleWithoutAvere(word)) {
            Optional<String> agent = v.actorAfter(word, 3, a -> a.country().isPresent() && !a.isDemonym()
                    && v.wordClass(BY).contains(v.governor(a)) && v.governorIndex(a) <= word + 2).flatMap(Actor::country);
            if (agent.isPresent()) {
                return agent;
            }
        }
        Optional<Trigger> accusation = v.triggers().stream()
                .filter(t -> t.frame().equals("accusation") && t.word() < word)
                .reduce((first, second) -> second);
        if (accusation.isPresent()) {
            int from = accusation.get().word();
            return v.actorAfter(from, word - from, a -> a.start() < word && !a.isDemonym() && a.country().isPresent())
                    .flatMap(Actor::country);
        }
        Optional<Actor> subject = v.subjectBefore(word, a -> (!a.isDemonym() || ofStateBody(v, a)) && a.country().isPresent()
                && !v.wordClass(RECIPIENT_CUES).contains(v.governor(a)));
        if (subject.isPresent() && objects(v, subject.get().end(), word)) {
            return Optional.empty();
        }
        return subject.flatMap(Actor::country);
    }

    /**
     * Who receives: the object of a supply verb whose materiel follows supplied-with ("provided Russia with
     * missiles"), a country after "a", "in", "a sostegno di" near the supply, or the one whose war it is ("la
     * guerra di Mosca"), or a nationality after "all'esercito", "sul territorio"; never the country fought against.
     */
    private static Optional<String> recipient(SentenceView v, int word, int whatEnd, Optional<String> provider) {
        Optional<String> object = v.actorAfter(word, 2, a -> a.country().isPresent() && !a.isDemonym()
                && v.is(SUPPLIED_WITH, a.end()) && !a.country().equals(provider)).flatMap(Actor::country);
        if (object.isPresent()) {
            return object;
        }
        int reach = Math.max(0, whatEnd - 1 - word) + RECIPIENT_REACH;
        return v.actorAfter(word, reach, a -> a.country().isPresent() && !a.country().equals(provider)
                        && receives(v, a))
                .flatMap(Actor::country);
    }

    private static boolean receives(SentenceView v, Actor a) {
        String governor = v.governor(a);
        int g = v.governorIndex(a);
        String beforeGovernor = v.folded(g - 1);
        if (a.isDemonym()) {
            boolean body = v.is(STATE_BODIES, a.start() - 1) && v.is(RECIPIENT_CUES, a.start() - 2);
            return body || v.is(TERRITORY, a.start() - 1);
        }
        if (v.wordClass(INVASIONS).contains(beforeGovernor)) {
            return false;
        }
        if (v.wordClass(WAR_NOUNS).contains(beforeGovernor)) {
            return v.wordClass(OF).contains(governor);
        }
        return v.wordClass(RECIPIENT_CUES).contains(governor) && !v.is(WAR_NOUNS, g - 2);
    }

    /**
     * Where arriving materiel comes from: its nationality ("istruttori russi sono arrivati") or what follows "da" after
     * the verb ("arrivano dagli arsenali nordcoreani"); the subject of the sentence is the materiel itself.
     */
    private static Optional<String> origin(SentenceView v, int word, List<PhraseLexicon.Match<MaterielWord>> what) {
        Optional<String> nationality = nationality(v, what);
        if (nationality.isPresent()) {
            return nationality;
        }
        return v.actorAfter(word, 4, a -> a.country().isPresent() && (v.wordClass(BY).contains(v.governor(a))
                || a.isDemonym() && v.is(BY, a.start() - 2))).flatMap(Actor::country);
    }

    /** "acquisizione di caccia francesi", "acquisto di armi dalla Francia": who sells is who supplies (oil bought is trade). */
    private static Optional<String> seller(SentenceView v, int word, List<PhraseLexicon.Match<MaterielWord>> what) {
        Optional<String> nationality = nationality(v, what);
        if (nationality.isPresent()) {
            return nationality;
        }
        return v.actorAfter(word, MATERIEL_REACH, a -> a.isCountry() && !a.isDemonym() && v.wordClass(BY).contains(v.governor(a))
                && !v.is(AGENT_NOUN, v.governorIndex(a) + 1)).map(Actor::id);
    }

    /** "l'acquisizione da parte dell'Ucraina", "Kiev acquisterà": who buys is who receives. */
    private static Optional<String> buyer(SentenceView v, int word) {
        for (int k = word + 1; k < v.words().size() - 2 && k <= word + 4; k++) {
            if (agentPhrase(v, k)) {
                return v.actorAfter(k + 1, 3, a -> a.country().isPresent() && !a.isDemonym()).flatMap(Actor::country);
            }
        }
        return v.subjectBefore(word, a -> !a.isDemonym() && a.country().isPresent()).flatMap(Actor::country);
    }

    /**
     * The nationality of the materiel, on the side the language's nationality-side puts it: a demonym just after it
     * ("truppe nordcoreane", "munizioni russe, tra cui…"), or just before it with nothing but words of its name between
     * ("North Korean troops", "German Taurus cruise missiles").
     */
    private static Optional<String> nationality(SentenceView v, List<PhraseLexicon.Match<MaterielWord>> what) {
        int first = what.get(0).start();
        int whatEnd = what.get(what.size() - 1).end();
        for (Actor a : v.actors()) {
            boolean after = v.wordClass(NATIONALITY_SIDE).contains(AFTER) && a.start() >= what.get(0).end() && a.start() <= whatEnd + 3
                    && noPreposition(v, what.get(0).end(), a.start());
            boolean before = v.wordClass(NATIONALITY_SIDE).contains(BEFORE) && a.end() <= first
                    && first - a.end() <= NAME_REACH && nameWordsOnly(v, a.end(), first);
            if (a.isDemonym() && (after || before)) {
                return Optional.of(a.id());
            }
        }
        return Optional.empty();
    }

    /** Words {@code [from, to)} can be the name or kind of materiel: no preposition, punctuation, event word or actor. */
    private static boolean nameWordsOnly(SentenceView v, int from, int to) {
        for (int k = from; k < to; k++) {
            int at = k;
            if (v.is(SentenceView.OBLIQUE, k) || v.words().get(k).isPunctuation()
                    || v.triggers().stream().anyMatch(t -> t.word() == at)
                    || v.actors().stream().anyMatch(a -> a.start() <= at && at < a.end())) {
                return false;
            }
        }
        return true;
    }

    /** "da parte di": the phrase that names who acts on a supply or purchase noun. */
    private static boolean agentPhrase(SentenceView v, int k) {
        return v.is(AGENT_LEAD, k) && v.is(AGENT_NOUN, k + 1);
    }

    /**
     * "Ukraine has received missiles from the United States and drones from Iran": the subject receives, and each
     * country after "from" in the clause supplies what it names.
     */
    private List<Candidate> receipt(SentenceView v, Trigger t) {
        List<PhraseLexicon.Match<MaterielWord>> what = materielAfter(v, t.word());
        Optional<String> recipient = v.subjectBefore(t.word(), a -> !a.isDemonym() && a.country().isPresent())
                .flatMap(Actor::country);
        if (what.isEmpty() || recipient.isEmpty() || v.isQuoted(t.word())) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        for (int k = t.word() + 1; k < v.words().size() && !v.opensClause(k); k++) {
            if (!v.is(SOURCE, k)) {
                continue;
            }
            List<PhraseLexicon.Match<MaterielWord>> supplied = materielBefore(v, k, false);
            for (Actor a : v.actorsAfter(k, 3, x -> x.isCountry() && !x.isDemonym())) {
                if (a.country().equals(recipient) || supplied.isEmpty()) {
                    continue;
                }
                Draft d = draft(v, t, supplied.get(0));
                d.add(Event.Role.PROVIDER, a.country().get());
                d.add(Event.Role.RECIPIENT, recipient.get());
                out.add(new Candidate(d.event(), false));
            }
        }
        return out;
    }

    /** "il regime iraniano", "l'esercito russo": a nationality adjective right after a state's body. */
    private static boolean ofStateBody(SentenceView v, Actor a) {
        return v.is(STATE_BODIES, a.start() - 1) && !v.wordClass(SentenceView.OBLIQUE).contains(v.folded(a.start() - 2));
    }

    private static boolean objects(SentenceView v, int from, int to) {
        for (int k = from; k < to; k++) {
            if (v.is(OBJECTIONS, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean noPreposition(SentenceView v, int from, int to) {
        for (int k = from; k < to; k++) {
            if (v.is(SentenceView.OBLIQUE, k)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Quantity> quantityBefore(SentenceView v, int materielStart) {
        return v.quantities().stream()
                .filter(q -> q.end() <= materielStart && materielStart - q.end() <= 2)
                .max(Comparator.comparingInt(SentenceView.Placed::end))
                .map(SentenceView.Placed::value);
    }

    /** The country the article speaks of most, other than the provider: the implied recipient. */
    private static Optional<String> mostMentionedOther(Map<String, Integer> counts, Optional<String> provider) {
        Map<String, Integer> others = new HashMap<>(counts);
        provider.ifPresent(others::remove);
        return others.entrySet().stream().filter(e -> e.getValue() >= 2)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
    }

    private record MaterielWord(Event.Materiel materiel, boolean adjectiveToo) {
    }
}
