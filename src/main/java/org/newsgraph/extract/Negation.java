package org.newsgraph.extract;

import org.newsgraph.lang.WordClasses;

/** Whether an event word is negated: "non ha incontrato", "mai visitato". */
final class Negation {

    private static final String AUXILIARIES = "negation-bridge";

    private Negation() {
    }

    static boolean negates(SentenceView v, int word) {
        int k = word - 1;
        while (k >= 0 && word - k <= 3 && v.is(AUXILIARIES, k)) {
            if (v.language().wordList("negations.txt").contains(v.folded(k))) {
                return true;
            }
            k--;
        }
        return k >= 0 && v.language().wordList("negations.txt").contains(v.folded(k));
    }
}
