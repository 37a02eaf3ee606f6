package org.newsgraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.document.ArticleSource;
import org.newsgraph.document.Event;
import org.newsgraph.document.Timex;

/**
 * Dates the statements whose sentences carry no time expression. Words quoted from a person taking part
 * in a dated meeting or visit of the article were said there ("Kim ha stimato che la visita…" after
 * "l'incontro di venerdì"); other undated quotes are the news of the day the article appeared.
 */
final class StatementDating {

    private StatementDating() {
    }

    static List<Event> apply(List<Event> events, ArticleSource source) {
        return events.stream().map(e -> e.type() == Event.Type.STATEMENT && e.date().flatMap(Timex::value).isEmpty()
                ? e.withDate(dateOfOwnEvent(e, events).or(() -> source.published().map(Timex::published)))
                : e).toList();
    }

    private static Optional<Timex> dateOfOwnEvent(Event statement, List<Event> events) {
        Set<String> speaker = statement.get(Event.Role.SPEAKER);
        return events.stream()
                .filter(e -> e.type() == Event.Type.MEETING || e.type() == Event.Type.VISIT)
                .filter(e -> e.date().flatMap(Timex::value).isPresent())
                .filter(e -> e.get(Event.Role.PARTICIPANT).containsAll(speaker)
                        || e.get(Event.Role.VISITOR).containsAll(speaker))
                .map(e -> e.date().get())
                .findFirst();
    }
}
