package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** How a person's full name is shortened and misspelt in news: surnames alone, given names a letter off. */
final class PersonNames {

    /** A misspelt given name ("Volodomyr", "Georgia" for "Giorgia") is at most this many edits away. */
    private static final int GIVEN_NAME_EDITS = 2;
    /** Shorter given names are too alike to be guessed ("Ivan"/"Iván" fold equal; "Ali"/"Alì" too). */
    private static final int MIN_GIVEN_NAME = 4;

    private PersonNames() {
    }

    /**
     * The folded surnames a full name leaves: its last word, and what follows a particle ("Ursula von der Leyen"
     * → "leyen", "von der leyen"); none for a name of one word.
     */
    static List<String> surnames(String label, Set<String> particles) {
        List<String> w = SurfaceForm.split(label);
        if (w.size() < 2) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add(w.get(w.size() - 1));
        for (int i = 1; i < w.size() - 1; i++) {
            if (particles.contains(w.get(i))) {
                out.add(String.join(" ", w.subList(i, w.size())));
            }
        }
        return out;
    }

    /** Two folded spellings of one given name: same initial, a few edits apart ("volodomyr"/"volodymyr"). */
    static boolean similarGivenNames(String a, String b) {
        if (a.length() < MIN_GIVEN_NAME || b.length() < MIN_GIVEN_NAME || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        return editDistance(a, b) <= GIVEN_NAME_EDITS;
    }

    /** Levenshtein distance. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
