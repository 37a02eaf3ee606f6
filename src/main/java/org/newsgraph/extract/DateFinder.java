package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.document.Span;
import org.newsgraph.document.Timex;
import org.newsgraph.lang.WordClasses;

/**
 * The time expression that dates an event word: the nearest in its clause, resolved ones first, passing
 * over the date of a report or a claim ("ha riferito sabato", "ha annunciato in ottobre"), a bound that
 * is no date of the event ("la prima dal 2019", "entro la fine dell'anno") and a date of another clause
 * ("come ha fatto lunedì con Modi").
 */
final class DateFinder {

    /** Words that begin a time expression naming a bound, not a date: "dal 2019", "entro marzo". */
    private static final String BOUND_LEADS = "time-bound-lead";
    /** Words that start another clause, whose dates are not the event word's. */
    private static final String OPENERS = "clause-opener";
    private static final String DATE_BARRIERS = "date-barrier";
    /** "la visita di Rossi, che era stato rimosso a maggio": a relative clause set off by a comma has its own time. */
    private static final String RELATIVES = "relative-pronoun";
    /** "Lunedì era a Berlino, dove ha incontrato…": a clause on the place of the one before shares its time. */
    private static final String SAME_TIME = "place-relative";
    /** Words near an event word that place it away from the day of publication: "si era recato", "fu", "allora". */
    private static final String REMOTE = "remote-time-marker";
    /** Endings of the past remote and the future, as written: "incontrò", "firmarono", "visiterà". */
    private static final String REMOTE_ENDINGS = "remote-verb-ending";
    private static final String OF = "of";
    private static final String TIME_NOUNS = "time-noun";
    private static final int TENSE_REACH = 4;
    /** How many days before its publication an article's own news may be dated. */
    private static final int NEWS_DAYS = 7;
    private static final int ISO_DAY = "YYYY-MM-DD".length();

    private DateFinder() {
    }

    static Optional<Timex> near(SentenceView v, int word, boolean includeReportDates) {
        return near(v, word, includeReportDates, t -> true);
    }

    /** The time expression that dates an event word, among those another rule leaves it ("a gennaio" dates the signing before it). */
    static Optional<Timex> near(SentenceView v, int word, boolean includeReportDates, Predicate<SentenceView.Placed<Timex>> admits) {
        return v.timexes().stream()
                .filter(admits)
                .filter(t -> includeReportDates || !datesReport(v, t.start()))
                .filter(t -> !v.wordClass(BOUND_LEADS).contains(elided(v, t.start())))
                .filter(t -> !datesAnotherNoun(v, word, t))
                .filter(t -> !barrierBetween(v, word, t))
                .min(Comparator.comparing((SentenceView.Placed<Timex> t) -> t.value().value().isEmpty())
                        .thenComparingInt(t -> Math.abs(t.start() - word)))
                .map(SentenceView.Placed::value);
    }

    /**
     * The date of an event word: its own time expression, else the day of publication when the words around
     * it tell the news of the day ("Putin incontra Kim", "è arrivato a Pyongyang") rather than an earlier or a
     * later time ("si era recato", "incontrò", "visiterà").
     */
    static Optional<Timex> ofEvent(SentenceView v, int word) {
        return near(v, word, false).or(() -> isNews(v, word) ? implied(v, word) : Optional.empty());
    }

    /** The publication day as the date of the event word, written nowhere: an empty span at the word. */
    static Optional<Timex> implied(SentenceView v, int word) {
        Optional<LocalDate> published = v.document().source().published();
        int at = v.words().get(word).span().begin();
        return published.map(p -> new Timex(new Span(at, at), "", Optional.of(p.toString())));
    }

    /**
     * Whether a time expression names a day in the week up to the publication date: the article's own news, as "on
     * Friday" or "ieri" say it, not an earlier event it recalls.
     */
    static boolean inTheNews(Timex t, Optional<LocalDate> published) {
        Optional<LocalDate> day = t.value().filter(value -> value.length() == ISO_DAY).map(LocalDate::parse);
        return published.isPresent() && day.isPresent() && !day.get().isAfter(published.get())
                && !day.get().isBefore(published.get().minusDays(NEWS_DAYS));
    }

    /** Whether the event word is told in the present or the present perfect: neither past remote, pluperfect nor future. */
    static boolean isNews(SentenceView v, int word) {
        if (v.isQuoted(word) || remoteForm(v, v.words().get(word).surface())) {
            return false;
        }
        for (int k = Math.max(0, word - TENSE_REACH); k <= word + TENSE_REACH && k < v.words().size(); k++) {
            if (v.is(REMOTE, k) && !v.isQuoted(k)) {
                return false;
            }
        }
        return true;
    }

    /** A verb form of the past remote or the future by its ending: "incontrò", "firmarono", "visiterà". */
    private static boolean remoteForm(SentenceView v, String surface) {
        String s = surface.toLowerCase(Locale.ROOT);
        return s.length() > 3 && v.wordClass(REMOTE_ENDINGS).stream().anyMatch(s::endsWith);
    }

    private static boolean barrierBetween(SentenceView v, int word, SentenceView.Placed<Timex> t) {
        int from = Math.min(word, t.start()) + 1;
        int to = Math.max(word, t.start());
        for (int k = from; k < to; k++) {
            boolean opens = (v.is(OPENERS, k) || v.is(DATE_BARRIERS, k))
                    && !v.is(SAME_TIME, k);
            if (opens && !v.isQuoted(k) && !describesDate(v, t, k)) {
                return true;
            }
            if (word < k && v.is(RELATIVES, k) && v.folded(k - 1).equals(",") && !v.isQuoted(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "l'ultimatum dell'8 agosto", "il trattato del giugno scorso": a date joined by "di" dates the noun before it, which
     * is the event word only right after it ("l'incontro di venerdì"), a word for a time ("nella giornata di domani") or
     * another event of the clause ("il vertice di ieri si è chiuso con la firma").
     */
    private static boolean datesAnotherNoun(SentenceView v, int word, SentenceView.Placed<Timex> t) {
        return v.wordClass(OF).contains(elided(v, t.start())) && t.start() != word + 1 && !v.is(TIME_NOUNS, t.start() - 1)
                && !eventNoun(v, t.start() - 1);
    }

    /** "il vertice di ieri … si è chiuso con la firma": the date of a meeting or visit noun is its clause's date. */
    private static boolean eventNoun(SentenceView v, int k) {
        return v.triggers().stream().anyMatch(t -> t.word() == k
                && (t.kind() == Trigger.Kind.MEETING || t.kind() == Trigger.Kind.VISIT));
    }

    /** A word as the word classes spell it: "dell" before a typographic apostrophe is "dell'". */
    private static String elided(SentenceView v, int k) {
        String w = v.folded(k);
        return v.folded(k + 1).equals("'") && !w.endsWith("'") ? w + "'" : w;
    }

    /** "il 13 settembre, quando Kim…": a clause right after a date tells what happened then. */
    private static boolean describesDate(SentenceView v, SentenceView.Placed<Timex> t, int opener) {
        return t.end() == opener || t.end() == opener - 1 && v.folded(opener - 1).equals(",");
    }

    private static boolean datesReport(SentenceView v, int timexStart) {
        return v.triggers().stream().anyMatch(t -> (t.kind() == Trigger.Kind.REPORT || t.kind() == Trigger.Kind.CLAIM)
                && (t.word() == timexStart - 1 || t.word() == timexStart + 1));
    }
}
