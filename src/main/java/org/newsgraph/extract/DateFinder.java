package org.newsgraph.extract;

import java.util.Comparator;
import java.util.Optional;
import org.newsgraph.document.Timex;

/**
 * The time expression that dates an event word: the nearest in its sentence, resolved ones first,
 * passing over the date of a report or a claim ("ha riferito sabato", "ha annunciato in ottobre").
 */
final class DateFinder {

    private DateFinder() {
    }

    static Optional<Timex> near(SentenceView v, int word, boolean includeReportDates) {
        return v.timexes().stream()
                .filter(t -> includeReportDates || !datesReport(v, t.start()))
                .min(Comparator.comparing((SentenceView.Placed<Timex> t) -> t.value().value().isEmpty())
                        .thenComparingInt(t -> Math.abs(t.start() - word)))
                .map(SentenceView.Placed::value);
    }

    private static boolean datesReport(SentenceView v, int timexStart) {
        return v.triggers().stream().anyMatch(t -> (t.kind() == Trigger.Kind.REPORT || t.kind() == Trigger.Kind.CLAIM)
                && (t.word() == timexStart - 1 || t.word() == timexStart + 1));
    }
}
