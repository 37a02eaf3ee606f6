package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.document.Document;
import org.newsgraph.document.EntityMention;
import org.newsgraph.document.EntityType;
import org.newsgraph.document.Event;
import org.newsgraph.document.Quote;
import org.newsgraph.document.Timex;
import org.newsgraph.lang.WordClasses;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Span;

/**
 * Who said what: a quotation with its speaker — "«…», ha detto X", "X ha dichiarato: «…»", "«…»
 * secondo X", or a quote whose speaker is the person just spoken of — and reported speech of a person
 * or organisation ("X ha affermato che …"). Headlines paraphrase, so they give no statements.
 */
final class StatementRule {

    private static final Set<String> CLOSING_QUOTES = WordClasses.italian().of("closing-quote");

    /** A quote needs this many words to be speech rather than a word in inverted commas. */
    private static final int MIN_QUOTE_WORDS = 4;
    private static final Set<String> IMPLICIT = WordClasses.italian().of("implicit-speaker-cue");

    private final AttributionFinder attribution;

    StatementRule(AttributionFinder attribution) {
        this.attribution = attribution;
    }

    List<Candidate> find(SentenceView v) {
        if (v.isHeadline()) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        Set<String> speakers = new HashSet<>();
        Span sentence = v.sentence().span();
        for (Quote q : v.quotes()) {
            boolean endsHere = sentence.begin() <= q.inner().end() && q.inner().end() <= sentence.end();
            boolean startsBefore = q.inner().begin() < sentence.begin();
            int start = v.wordAt(q.inner().begin());
            int end = v.wordAt(q.inner().end() - 1) + 1;
            if (!endsHere || (!startsBefore && end - start < MIN_QUOTE_WORDS)) {
                continue;
            }
            int after = v.wordAt(q.outer().end());
            Span evidence = startsBefore ? new Span(sentenceAt(v, q.outer().begin()).begin(), sentence.end()) : sentence;
            Optional<String> speaker = speakerFor(v, q, start, after);
            speaker.ifPresent(s -> {
                speakers.add(s);
                out.add(statement(v, evidence, s, q.inner(), after));
            });
        }
        for (Trigger t : v.triggers()) {
            if (t.kind() != Trigger.Kind.STATEMENT || v.isQuoted(t.word()) || Negation.negates(v, t.word())) {
                continue;
            }
            int that = thatAfter(v, t.word());
            if (that < 0) {
                continue;
            }
            Optional<Actor> speaker = v.subjectBefore(t.word(), Actor::canSpeak);
            if (speaker.isPresent() && !speakers.contains(speaker.get().id())) {
                int last = lastWord(v);
                if (last > that + 1) {
                    speakers.add(speaker.get().id());
                    out.add(statement(v, sentence, speaker.get().id(), v.span(that + 1, last), t.word()));
                }
            }
        }
        return out;
    }

    private Optional<String> speakerFor(SentenceView v, Quote q, int quoteStart, int after) {
        int k = after;
        while (v.folded(k).equals(",") || v.folded(k).equals(".")) {
            k++;
        }
        if (v.folded(k).equals("secondo")) {
            Optional<Actor> source = v.actorAfter(k, 3, Actor::canSpeak);
            if (source.isPresent() && !source.get().entity().newsAgency()) {
                return source.map(Actor::id);
            }
            return speakerBefore(v, quoteStart).or(() -> source.map(Actor::id));
        }
        for (Trigger t : v.triggers()) {
            if (t.kind() == Trigger.Kind.STATEMENT && t.word() >= k && t.word() <= k + 2) {
                Optional<Actor> named = v.actorAfter(t.word(), 8, a -> a.canSpeak() && a.start() < nextQuote(v, t.word()));
                if (named.isPresent()) {
                    return named.map(Actor::id);
                }
                String next = v.folded(t.word() + 1);
                return next.isEmpty() || IMPLICIT.contains(next) ? lastPersonBefore(v, q.outer().begin()) : Optional.empty();
            }
        }
        return speakerBefore(v, quoteStart);
    }

    /** "Kim ha stimato che la visita incoraggerebbe «…»": the subject of the speech verb before the quote. */
    private static Optional<String> speakerBefore(SentenceView v, int quoteStart) {
        return v.triggers().stream()
                .filter(t -> t.kind() == Trigger.Kind.STATEMENT && t.word() < quoteStart && !v.isQuoted(t.word()))
                .max(Comparator.comparingInt(Trigger::word))
                .flatMap(t -> v.subjectBefore(t.word(), Actor::canSpeak)).map(Actor::id);
    }

    private static int nextQuote(SentenceView v, int word) {
        return v.quotes().stream().mapToInt(q -> v.wordAt(q.outer().begin())).filter(w -> w > word).min()
                .orElse(Integer.MAX_VALUE);
    }

    /** The person last mentioned before a quote, in its sentence or the two before it. */
    private static Optional<String> lastPersonBefore(SentenceView v, int offset) {
        Document d = v.document();
        int from = d.sentences().get(Math.max(0, v.index() - 2)).span().begin();
        return d.mentions().stream()
                .filter(m -> m.type() == EntityType.PERSON && m.span().begin() >= from && m.span().end() <= offset)
                .filter(m -> d.quotes().stream().noneMatch(q -> q.inner().contains(m.span())))
                .max(Comparator.comparing(EntityMention::span)).map(EntityMention::entityId);
    }

    /** A quote that runs over several sentences: "“… paesi. Ciò rende …”, ha dichiarato Lavrov". */
    private static Span sentenceAt(SentenceView v, int offset) {
        return v.document().sentences().stream().map(Sentence::span).filter(s -> s.end() > offset).findFirst()
                .orElse(v.sentence().span());
    }

    private Candidate statement(SentenceView v, Span evidence, String speaker, Span quote, int near) {
        Draft d = new Draft(Event.Type.STATEMENT, evidence);
        d.add(Event.Role.SPEAKER, speaker);
        d.quote = Optional.of(quote);
        d.date = DateFinder.near(v, near, true).or(() -> dateOfPreviousSentence(v, speaker));
        d.attribution = new Event.Attribution(Set.of(), Set.of(), attribution.reporters(v), attribution.hedged(v));
        return new Candidate(d.event(), false);
    }

    /** A statement with no date of its own takes the date of the sentence before, if that one names the speaker. */
    private static Optional<Timex> dateOfPreviousSentence(SentenceView v, String speaker) {
        if (v.index() == 0) {
            return Optional.empty();
        }
        Document d = v.document();
        Sentence previous = d.sentences().get(v.index() - 1);
        boolean names = d.mentions().stream()
                .anyMatch(m -> m.entityId().equals(speaker) && previous.span().contains(m.span()));
        if (!names) {
            return Optional.empty();
        }
        return d.timexes().stream().filter(t -> previous.span().contains(t.span()) && t.value().isPresent())
                .findFirst();
    }

    private static int thatAfter(SentenceView v, int word) {
        for (int k = word + 1; k < v.words().size() && k <= word + 30; k++) {
            if (v.folded(k).equals("che") && !v.isQuoted(k)) {
                return k;
            }
            if (v.folded(k).equals(";")) {
                return -1;
            }
        }
        return -1;
    }

    private static int lastWord(SentenceView v) {
        int k = v.words().size();
        while (k > 0 && v.words().get(k - 1).isPunctuation() && !v.isQuoted(k - 1)
                && !CLOSING_QUOTES.contains(v.words().get(k - 1).surface())) {
            k--;
        }
        return k;
    }
}
