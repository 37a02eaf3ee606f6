package org.newsgraph.entity;

import java.util.List;
import java.util.Objects;

/**
 * A way of naming a gazetteer entity, split into folded words. Case matters as the form shows it:
 * an acronym ("AP") must match exactly, a capitalised name ("Nato") only a capitalised word, a
 * lower-case phrase ("ministero della difesa russo") any case.
 */
public record SurfaceForm(String text, List<String> words, String entityId, Kind kind, CaseRule caseRule) {

    public SurfaceForm {
        Objects.requireNonNull(text, "text");
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty surface form for " + entityId);
        }
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(caseRule, "caseRule");
    }

    static SurfaceForm name(String text, String entityId) {
        return of(text, entityId, Kind.NAME);
    }

    static SurfaceForm shortName(String text, String entityId) {
        return of(text, entityId, Kind.SHORT_NAME);
    }

    static SurfaceForm demonym(String text, String entityId) {
        return new SurfaceForm(text, split(text), entityId, Kind.DEMONYM, CaseRule.ANY);
    }

    private static SurfaceForm of(String text, String entityId, Kind kind) {
        return new SurfaceForm(text, split(text), entityId, kind, CaseRule.of(text));
    }

    /** The folded words of a form or a token: "Kim Jong-un" → [kim, jong, un]. */
    public static List<String> split(String text) {
        String folded = Folding.fold(text).replace("'", "' ");
        return List.of(folded.strip().split(" +"));
    }

    /** What a form names: the entity by name, by surname alone, or a nationality adjective. */
    public enum Kind {
        NAME, SHORT_NAME, DEMONYM
    }

    /** How the case of the text must agree with the form. */
    public enum CaseRule {
        /** Lower-case forms match whatever the case. */
        ANY,
        /** Capitalised forms match only capitalised text; a form of several words, also text with a later word capitalised. */
        CAPITALIZED,
        /** Acronyms match only the same letters in the same case. */
        EXACT;

        static CaseRule of(String text) {
            String letters = text.replaceAll("[^\\p{L}]", "");
            if (letters.length() >= 2 && letters.length() <= 6 && letters.equals(letters.toUpperCase())) {
                return EXACT;
            }
            return Character.isUpperCase(text.codePointAt(0)) ? CAPITALIZED : ANY;
        }
    }
}
