package org.newsgraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.document.ArticleSource;
import org.newsgraph.document.Event;
import org.newsgraph.document.Timex;

/**
 * Dates the statements whose sentences carry no time expression. Words quoted from a person taking part
 * in a meeting or visit of the article dated to the day were said there ("Kim ha stimato che la visita…"
 * after "l'incontro di venerdì"), a meeting before a visit (a visit is dated by its arrival, the talks may
 * come later), else at the signing of an agreement the speaker signed that week; other undated quotes are the news
 * of the day the article appeared.
 */
final class StatementDating {

    /** The shape of a value that names a day. */
    private static final String DAY = "YYYY-MM-DD";

    private StatementDating() {
    }

    static List<Event> apply(List<Event> events, ArticleSource source) {
        return events.stream().map(e -> e.type() == Event.Type.STATEMENT && e.date().flatMap(Timex::value).isEmpty()
                ? e.withDate(dateOfOwnEvent(e, events, source).or(() -> source.published().map(Timex::published)))
                : e).toList();
    }

    private static Optional<Timex> dateOfOwnEvent(Event statement, List<Event> events, ArticleSource source) {
        Set<String> speaker = statement.get(Event.Role.SPEAKER);
        return dayOf(events, Event.Type.MEETING, e -> e.get(Event.Role.PARTICIPANT).containsAll(speaker))
                .or(() -> dayOf(events, Event.Type.VISIT, e -> e.get(Event.Role.VISITOR).containsAll(speaker)))
                .or(() -> signingDay(events, speaker, source));
    }

    /** "X and Y signed the treaty on Friday … 'A new chapter,' X said": a signer speaks at the signing of the news. */
    private static Optional<Timex> signingDay(List<Event> events, Set<String> speaker, ArticleSource source) {
        return events.stream()
                .filter(e -> e.type() == Event.Type.AGREEMENT && e.get(Event.Role.SIGNATORY).containsAll(speaker))
                .flatMap(e -> e.dateClaims().stream())
                .filter(c -> c.relation() == Event.DateClaim.Relation.SIGNED)
                .map(Event.DateClaim::timex)
                .filter(t -> DateFinder.inTheNews(t, source.published()))
                .findFirst();
    }

    /** The date of the first event of a type that fits, when it names a day. */
    private static Optional<Timex> dayOf(List<Event> events, Event.Type type, Predicate<Event> fits) {
        return events.stream()
                .filter(e -> e.type() == type && fits.test(e))
                .map(Event::date).flatMap(Optional::stream)
                .filter(t -> t.value().filter(v -> v.length() == DAY.length()).isPresent())
                .findFirst();
    }
}
