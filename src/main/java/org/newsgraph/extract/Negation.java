package org.newsgraph.extract;

import java.util.Set;
import org.newsgraph.lang.DataFile;
import org.newsgraph.lang.WordClasses;

/** Whether an event word is negated: "non ha incontrato", "mai visitato". */
final class Negation {

    private static final Set<String> WORDS = Set.copyOf(DataFile.lines("it/negations.txt"));
    private static final Set<String> AUXILIARIES = WordClasses.italian().of("negation-bridge");

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
