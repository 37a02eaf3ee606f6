package org.newsgraph.extract;

import java.util.Set;
import org.newsgraph.lang.DataFile;

/** Whether an event word is negated: "non ha incontrato", "mai visitato". */
final class Negation {

    private static final Set<String> WORDS = Set.copyOf(DataFile.lines("it/negations.txt"));
    private static final Set<String> AUXILIARIES = Set.of("ha", "hanno", "ho", "abbiamo", "e", "sono", "era",
            "erano", "aveva", "avevano", "si", "stato", "stati", "stata", "essere", "avere", "aver", "mai", "piu");

    private Negation() {
    }

    static boolean negates(SentenceView v, int word) {
        int k = word - 1;
        while (k >= 0 && word - k <= 3 && AUXILIARIES.contains(v.folded(k))) {
            if (WORDS.contains(v.folded(k))) {
                return true;
            }
            k--;
        }
        return k >= 0 && WORDS.contains(v.folded(k));
    }
}
