package org.newsgraph.extract;

import org.newsgraph.document.PartOfSpeech;
import org.newsgraph.entity.Word;

/** Whether an event word is negated: "non ha incontrato", "mai visitato", "without reaching a ceasefire deal". */
final class Negation {

    private static final String AUXILIARIES = "negation-bridge";
    private static final String GERUND_ENDINGS = "gerund-ending";
    /** How many words of a noun phrase, and a gerund heading it, may stand between a negation and its noun. */
    private static final int NOUN_REACH = 5;

    private Negation() {
    }

    static boolean negates(SentenceView v, int word) {
        int k = word - 1;
        while (k >= 0 && word - k <= 3 && v.is(AUXILIARIES, k)) {
            if (isNegation(v, k)) {
                return true;
            }
            k--;
        }
        return k >= 0 && isNegation(v, k);
    }

    /**
     * An event noun whose phrase a negation heads: "without reaching a ceasefire agreement", "senza un accordo", "no
     * new deal"; only determiners, nouns, adjectives, names and one gerund stand between them.
     */
    static boolean negatesNoun(SentenceView v, int word) {
        boolean gerund = false;
        for (int k = word - 1; k >= 0 && word - k <= NOUN_REACH; k--) {
            if (isNegation(v, k)) {
                return true;
            }
            Word w = v.words().get(k);
            boolean isGerund = !gerund && w.can(PartOfSpeech.VERB) && endsAsGerund(v, w.folded());
            if (w.isPunctuation() || v.isQuoted(k) != v.isQuoted(word) || !(isGerund || w.can(PartOfSpeech.NOUN)
                    || w.can(PartOfSpeech.ADJECTIVE) || w.can(PartOfSpeech.DETERMINER) || w.isCapitalized())) {
                return false;
            }
            gerund |= isGerund;
        }
        return false;
    }

    private static boolean isNegation(SentenceView v, int k) {
        return v.language().wordList("negations.txt").contains(v.folded(k));
    }

    private static boolean endsAsGerund(SentenceView v, String word) {
        return v.wordClass(GERUND_ENDINGS).stream().anyMatch(e -> word.endsWith(e) && word.length() > e.length() + 1);
    }
}
