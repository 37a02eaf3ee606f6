package org.newsgraph.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One article as it flows through the pipeline. Immutable: every stage returns a new document with its
 * own annotations added, and records which {@link Annotation}s are present.
 */
public record Document(ArticleSource source, String text, Optional<Span> headline, List<Sentence> sentences,
                       List<Quote> quotes, List<Timex> timexes, List<Quantity> quantities,
                       Map<String, Entity> entities, List<EntityMention> mentions, List<Event> events,
                       Set<Annotation> annotations) {

    public Document {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(headline, "headline");
        sentences = List.copyOf(sentences);
        quotes = List.copyOf(quotes);
        timexes = timexes.stream().sorted(Comparator.comparing(Timex::span)).toList();
        quantities = quantities.stream().sorted(Comparator.comparing(Quantity::span)).toList();
        entities = Map.copyOf(entities);
        mentions = mentions.stream().sorted(Comparator.comparing(EntityMention::span)).toList();
        events = List.copyOf(events);
        annotations = Set.copyOf(annotations);
    }

    /** A document holding only its cleaned text. */
    public static Document of(ArticleSource source, String text, Optional<Span> headline) {
        return new Document(source, text, headline, List.of(), List.of(), List.of(), List.of(), Map.of(),
                List.of(), List.of(), Set.of(Annotation.TEXT));
    }

    public boolean has(Annotation a) {
        return annotations.contains(a);
    }

    public Document withSentences(List<Sentence> value, Annotation... added) {
        return new Document(source, text, headline, value, quotes, timexes, quantities, entities, mentions,
                events, plus(added));
    }

    public Document withQuotes(List<Quote> value) {
        return new Document(source, text, headline, sentences, value, timexes, quantities, entities, mentions,
                events, plus(Annotation.QUOTES));
    }

    public Document withTimexes(List<Timex> value) {
        return new Document(source, text, headline, sentences, quotes, value, quantities, entities, mentions,
                events, plus(Annotation.TIMEX));
    }

    public Document withQuantities(List<Quantity> value) {
        return new Document(source, text, headline, sentences, quotes, timexes, value, entities, mentions,
                events, plus(Annotation.QUANTITIES));
    }

    public Document withEntities(Map<String, Entity> newEntities, List<EntityMention> newMentions,
                                 Annotation... added) {
        return new Document(source, text, headline, sentences, quotes, timexes, quantities, newEntities,
                newMentions, events, plus(added));
    }

    public Document withEvents(List<Event> value) {
        return new Document(source, text, headline, sentences, quotes, timexes, quantities, entities, mentions,
                value, plus(Annotation.EVENTS));
    }

    /** The mentions that lie inside a span, in text order: a binary search, since a long article has many sentences. */
    public List<EntityMention> mentionsIn(Span span) {
        return inside(mentions, EntityMention::span, span);
    }

    /** The time expressions that lie inside a span, in text order. */
    public List<Timex> timexesIn(Span span) {
        return inside(timexes, Timex::span, span);
    }

    /** The amounts that lie inside a span, in text order. */
    public List<Quantity> quantitiesIn(Span span) {
        return inside(quantities, Quantity::span, span);
    }

    /** The items of a list sorted by span that lie inside {@code span}. */
    private static <T> List<T> inside(List<T> sorted, Function<T, Span> at, Span span) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (at.apply(sorted.get(mid)).begin() < span.begin()) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        List<T> inside = new ArrayList<>();
        for (int i = low; i < sorted.size() && at.apply(sorted.get(i)).begin() < span.end(); i++) {
            if (span.contains(at.apply(sorted.get(i)))) {
                inside.add(sorted.get(i));
            }
        }
        return inside;
    }

    public String text(Span span) {
        return span.of(text);
    }

    private Set<Annotation> plus(Annotation... added) {
        EnumSet<Annotation> all = EnumSet.noneOf(Annotation.class);
        all.addAll(annotations);
        all.addAll(List.of(added));
        return all;
    }
}
