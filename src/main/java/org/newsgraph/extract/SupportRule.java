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
import org.newsgraph.document.Quantity;
import org.newsgraph.entity.PhraseLexicon;
import org.newsgraph.lang.DataFile;
import org.newsgraph.lang.WordClasses;

/**
 * Military support: a supply word with what is supplied, by whom and to whom — "la Corea del Nord ha
 * inviato più di 10.000 soldati in Russia", "l'invio di truppe nordcoreane", "la cessione di tecnologia
 * russa a Pyongyang". Whoever is not named is taken from the supply just before in the same sentence.
 */
final class SupportRule {

    private static final Set<String> DETERMINERS = WordClasses.italian().of("materiel-determiner");
    private static final Set<String> RECIPIENT_CUES = WordClasses.italian().of("recipient-cue");
    private static final Set<String> STOPS = WordClasses.italian().of("provider-stop");
    private static final int MATERIEL_REACH = 8;
    private static final int LOOK_BACK = 10;
    private static final int RECIPIENT_REACH = 12;

    private final AttributionFinder attribution;
    private final PhraseLexicon<MaterielWord> materiel = new PhraseLexicon<>();

    SupportRule(AttributionFinder attribution) {
        this.attribution = attribution;
        for (List<String> row : DataFile.rows("it/materiel.tsv")) {
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

    List<Candidate> find(SentenceView v, Map<String, Integer> countryMentions) {
        List<Candidate> out = new ArrayList<>();
        Optional<String> lastProvider = Optional.empty();
        Optional<String> lastRecipient = Optional.empty();
        for (Trigger t : v.triggers()) {
            if (t.kind() != Trigger.Kind.SUPPORT || v.isQuoted(t.word()) || Negation.negates(v, t.word())) {
                continue;
            }
            List<PhraseLexicon.Match<MaterielWord>> what = materielAfter(v, t.word());
            if (what.isEmpty()) {
                what = materielBefore(v, t.word());
            }
            if (what.isEmpty()) {
                continue;
            }
            int whatEnd = what.get(what.size() - 1).end();
            Optional<String> provider = provider(v, t.word(), what);
            if (provider.isEmpty()) {
                provider = lastProvider;
            }
            final Optional<String> from = provider;
            Optional<String> recipient = v.actorAfter(t.word(), Math.max(0, whatEnd - 1 - t.word()) + RECIPIENT_REACH,
                            a -> a.country().isPresent() && !a.isDemonym() && !a.country().equals(from)
                                    && RECIPIENT_CUES.contains(v.governor(a)))
                    .flatMap(Actor::country);
            if (recipient.isEmpty()) {
                recipient = lastRecipient.or(() -> mostMentionedOther(countryMentions, from));
            }
            if (provider.isEmpty() || recipient.isEmpty() || provider.equals(recipient)) {
                continue;
            }
            lastProvider = provider;
            lastRecipient = recipient;
            Map<Event.Materiel, PhraseLexicon.Match<MaterielWord>> kinds = new LinkedHashMap<>();
            what.forEach(m -> kinds.putIfAbsent(m.value().materiel(), m));
            for (PhraseLexicon.Match<MaterielWord> m : kinds.values()) {
                Draft d = new Draft(Event.Type.MILITARY_SUPPORT, v.sentence().span());
                d.add(Event.Role.PROVIDER, provider.get());
                d.add(Event.Role.RECIPIENT, recipient.get());
                d.materiel = Optional.of(m.value().materiel());
                d.quantity = quantityBefore(v, m.start());
                d.date = DateFinder.near(v, t.word(), false);
                d.attribution = attribution.find(v, t.word());
                out.add(new Candidate(d.event(), false));
            }
        }
        return out;
    }

    /** The materiel nouns after a supply word: "missili balistici e altre munizioni", up to "alla Russia". */
    private List<PhraseLexicon.Match<MaterielWord>> materielAfter(SentenceView v, int word) {
        List<PhraseLexicon.Match<MaterielWord>> out = new ArrayList<>();
        for (int k = word + 1; k < v.words().size() && k <= word + MATERIEL_REACH; k++) {
            if ((STOPS.contains(v.folded(k)) || isSupplyWord(v, k)) && !out.isEmpty()) {
                break;
            }
            Optional<PhraseLexicon.Match<MaterielWord>> m = materiel.match(v.words(), k);
            if (m.isPresent() && counts(v, m.get(), word)) {
                out.add(m.get());
                k = m.get().end() - 1;
            }
        }
        return out;
    }

    /** Another supply word starts another supply: "forniture di munizioni nordcoreane e la cessione di tecnologia russa". */
    private static boolean isSupplyWord(SentenceView v, int word) {
        return v.triggers().stream().anyMatch(t -> t.kind() == Trigger.Kind.SUPPORT && t.word() == word);
    }

    private List<PhraseLexicon.Match<MaterielWord>> materielBefore(SentenceView v, int word) {
        for (int k = word - 1; k >= 0 && k >= word - LOOK_BACK; k--) {
            Optional<PhraseLexicon.Match<MaterielWord>> m = materiel.match(v.words(), k);
            if (m.isPresent() && counts(v, m.get(), -1)) {
                return List.of(m.get());
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
        return before == trigger || DETERMINERS.contains(v.folded(before))
                || v.quantities().stream().anyMatch(q -> q.end() == m.start());
    }

    /**
     * Who supplies: a nationality right after the materiel, "da parte di X", the accused of "accusano X di
     * aver fornito" (never the accusers), or the subject of the verb.
     */
    private static Optional<String> provider(SentenceView v, int word, List<PhraseLexicon.Match<MaterielWord>> what) {
        int whatEnd = what.get(what.size() - 1).end();
        for (Actor a : v.actors()) {
            if (a.isDemonym() && a.start() >= what.get(0).end() && a.start() <= whatEnd + 3
                    && noPreposition(v, what.get(0).end(), a.start())) {
                return Optional.of(a.id());
            }
        }
        for (int k = word + 1; k < v.words().size() - 2 && k <= word + 8; k++) {
            if (v.folded(k).equals("da") && v.folded(k + 1).equals("parte")) {
                Optional<String> by = v.actorAfter(k + 1, 4, a -> a.country().isPresent()).flatMap(Actor::country);
                if (by.isPresent()) {
                    return by;
                }
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
        return v.subjectBefore(word, a -> !a.isDemonym() && a.country().isPresent()).flatMap(Actor::country);
    }

    private static boolean noPreposition(SentenceView v, int from, int to) {
        for (int k = from; k < to; k++) {
            if (SentenceView.OBLIQUE.contains(v.folded(k))) {
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
