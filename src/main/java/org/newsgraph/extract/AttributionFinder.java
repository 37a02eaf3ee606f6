package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.document.EntityType;
import org.newsgraph.document.Event;
import org.newsgraph.entity.PhraseLexicon;
import org.newsgraph.entity.Word;
import org.newsgraph.lang.Language;
import org.newsgraph.lang.WordClasses;

/**
 * Who vouches for an event word, who denies it, who relays it, and whether the sentence hedges it:
 * "secondo la Corea del Sud", "gli Stati Uniti hanno accusato …", "cosa che Pyongyang nega",
 * "ha riferito l'agenzia Yonhap", "è possibile che…".
 */
final class AttributionFinder {

    /** "secondo cui", "secondo quanto": what follows "secondo" is a clause, not a source. */
    private static final String RELATIVE_SOURCES = "relative-after-according";

    /** "secondo X", "according to X": the source follows, past the particle English needs ("to"). */
    private static final String ACCORDING = "according-to";
    private static final String ACCORDING_PARTICLE = "according-to-particle";
    private static final String POSTPOSED = "postposed-report-mark";
    private static final String PASSIVE_AUXILIARY = "passive-auxiliary";

    /** Pronouns that open a sentence by taking the one before up again: "Lo ha detto…". */
    private static final String RESUMPTIVE = "resumptive-pronoun";
    /** How far into its sentence the speech verb of "Lo ha detto" may stand. */
    private static final int RESUMED_REACH = 3;
    private static final int SPEAKER_REACH = 8;

    private final PhraseLexicon<Boolean> hedges = new PhraseLexicon<>();
    AttributionFinder(Language language) {
        language.lines("hedges.txt").forEach(h -> hedges.add(h, true));
    }

    Event.Attribution find(SentenceView v, int word) {
        Set<String> claimed = new LinkedHashSet<>();
        Set<String> denied = new LinkedHashSet<>();
        Set<String> reported = new LinkedHashSet<>();
        for (Trigger t : v.triggers()) {
            if (v.isQuoted(t.word())) {
                continue;
            }
            switch (t.kind()) {
                case REPORT -> report(v, t, claimed, reported);
                case CLAIM -> {
                    if (passive(v, t.word())) {
                        continue;
                    }
                    if (t.word() < word && (!t.frame().equals("thanks") || suppliedAt(v, word))) {
                        sources(v, t.word()).forEach(a -> source(a).ifPresent(claimed::add));
                    } else if (t.word() > word) {
                        postposedSources(v, word, t.word()).forEach(a -> source(a).ifPresent(claimed::add));
                    }
                }
                case DENIAL -> sources(v, t.word()).forEach(a -> source(a).ifPresent(denied::add));
                default -> {
                }
            }
        }
        resumedBy(v).ifPresent(claimed::add);
        claimed.removeAll(reported);
        return new Event.Attribution(claimed, denied, reported, hedged(v));
    }

    /**
     * "L'Italia lavora all'ottavo pacchetto di armi. Lo ha detto Tajani": a sentence that opens by taking the one
     * before up again as what someone said names who vouches for it.
     */
    private Optional<String> resumedBy(SentenceView v) {
        if (v.index() + 1 >= v.document().sentences().size()) {
            return Optional.empty();
        }
        SentenceView next = v.at(v.index() + 1);
        if (!v.wordClass(RESUMPTIVE).contains(next.folded(0)) || next.isQuoted(0)) {
            return Optional.empty();
        }
        return next.triggers().stream()
                .filter(t -> (t.kind() == Trigger.Kind.CLAIM || t.kind() == Trigger.Kind.STATEMENT) && t.word() <= RESUMED_REACH)
                .findFirst()
                .flatMap(t -> next.actorAfter(t.word(), SPEAKER_REACH, a -> a.type() != EntityType.PLACE && !next.isOblique(a)))
                .flatMap(AttributionFinder::source);
    }

    /** A claim verb in the passive ("North Korea is believed to have sent…") hedges; its subject claims nothing. */
    private static boolean passive(SentenceView v, int verb) {
        return v.words().get(verb).isParticiple() && v.is(PASSIVE_AUXILIARY, verb - 1);
    }

    /**
     * The subjects of a claim verb that closes the sentence after a mark of postposed-report-mark: "North Korea sent
     * troops to Russia, South Korea said" (English); none where the language marks no such frame.
     */
    private static List<Actor> postposedSources(SentenceView v, int word, int verb) {
        for (int k = verb - 1; k > word; k--) {
            if (v.is(POSTPOSED, k) && !v.isQuoted(k)) {
                int mark = k;
                return sources(v, verb).stream().filter(a -> a.start() > mark).toList();
            }
        }
        return List.of();
    }

    /** Thanks vouch for a supply only: "ha ringraziato Kim per le armi inviate". */
    private static boolean suppliedAt(SentenceView v, int word) {
        return v.triggers().stream().anyMatch(t -> t.word() == word && t.kind() == Trigger.Kind.SUPPORT);
    }

    /** The subjects of a claim or denial verb, with the first half of "sia la Bielorussia che Pechino negano". */
    private static List<Actor> sources(SentenceView v, int word) {
        List<Actor> subjects = new ArrayList<>(v.subjectsBefore(word, a -> a.type() != EntityType.PLACE));
        if (!subjects.isEmpty()) {
            v.correlatedBefore(subjects.get(0), a -> a.type() != EntityType.PLACE).ifPresent(a -> subjects.add(0, a));
        }
        return subjects;
    }

    /** Only who relays the words: the outlet or agency of a statement. */
    Set<String> reporters(SentenceView v) {
        Set<String> claimed = new LinkedHashSet<>();
        Set<String> reported = new LinkedHashSet<>();
        v.triggers().stream().filter(t -> t.kind() == Trigger.Kind.REPORT && !v.isQuoted(t.word()))
                .forEach(t -> report(v, t, claimed, reported));
        return reported;
    }

    private void report(SentenceView v, Trigger t, Set<String> claimed, Set<String> reported) {
        boolean according = v.is(ACCORDING, t.word());
        int lead = according && v.is(ACCORDING_PARTICLE, t.word() + 1) ? t.word() + 1 : t.word();
        if (v.is(RELATIVE_SOURCES, lead + 1)) {
            return;
        }
        List<Actor> sources = according
                ? v.actorsAfter(lead, 3, a -> a.type() != EntityType.PLACE)
                : v.actorAfter(t.word(), 6, a -> a.type() == EntityType.ORGANIZATION).map(List::of)
                        .orElseGet(() -> v.subjectBefore(t.word(), a -> a.type() == EntityType.ORGANIZATION)
                                .map(List::of).orElse(List.of()));
        for (Actor a : sources) {
            if (a.type() == EntityType.ORGANIZATION && a.entity().newsAgency()) {
                reported.add(a.id());
            } else {
                source(a).ifPresent(claimed::add);
            }
        }
    }

    /** Who a source is: a person or organisation itself; a nationality or a capital, its country. */
    static Optional<String> source(Actor a) {
        return switch (a.type()) {
            case PERSON, ORGANIZATION, COUNTRY -> Optional.of(a.id());
            case PLACE -> Optional.empty();
        };
    }

    boolean hedged(SentenceView v) {
        List<Word> words = v.words();
        for (int i = 0; i < words.size(); i++) {
            if (!v.isQuoted(i) && hedges.match(words, i).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
