package org.newsgraph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.document.EntityType;
import org.newsgraph.document.Event;
import org.newsgraph.entity.PhraseLexicon;
import org.newsgraph.entity.Word;
import org.newsgraph.lang.DataFile;

/**
 * Who vouches for an event word, who denies it, who relays it, and whether the sentence hedges it:
 * "secondo la Corea del Sud", "gli Stati Uniti hanno accusato …", "cosa che Pyongyang nega",
 * "ha riferito l'agenzia Yonhap", "è possibile che…".
 */
final class AttributionFinder {

    private final PhraseLexicon<Boolean> hedges = new PhraseLexicon<>();

    AttributionFinder() {
        DataFile.lines("it/hedges.txt").forEach(h -> hedges.add(h, true));
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
                    if (t.word() < word) {
                        v.subjectsBefore(t.word(), a -> a.type() != EntityType.PLACE)
                                .forEach(a -> source(a).ifPresent(claimed::add));
                    }
                }
                case DENIAL -> v.subjectsBefore(t.word(), a -> a.type() != EntityType.PLACE)
                        .forEach(a -> source(a).ifPresent(denied::add));
                default -> {
                }
            }
        }
        claimed.removeAll(reported);
        return new Event.Attribution(claimed, denied, reported, hedged(v));
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
        List<Actor> sources = v.folded(t.word()).equals("secondo")
                ? v.actorsAfter(t.word(), 3, a -> a.type() != EntityType.PLACE)
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
