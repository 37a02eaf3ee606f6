package org.newsgraph.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.lang.Language;

/** The abbreviations of a language's {@code abbreviations.tsv}, looked up case-insensitively with their full stops. */
final class Abbreviations {

    /** What usually follows an abbreviation, and so whether its full stop may end a sentence. */
    enum Before {
        NAME, NUMBER, ANY
    }

    private final Map<String, Before> entries;
    private final int longest;

    private Abbreviations(Map<String, Before> entries) {
        this.entries = Map.copyOf(entries);
        this.longest = entries.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The abbreviations of a language, read once. */
    static Abbreviations of(Language language) {
        return language.derived("abbreviations", l -> load(l, "abbreviations.tsv"));
    }

    private static Abbreviations load(Language language, String name) {
        Map<String, Before> map = new HashMap<>();
        for (List<String> row : language.rows(name)) {
            if (!row.get(0).contains(".")) {
                throw new IllegalArgumentException(name + ": abbreviation without a full stop: " + row.get(0));
            }
            map.put(row.get(0).toLowerCase(Locale.ROOT), Before.valueOf(row.get(1).toUpperCase(Locale.ROOT)));
        }
        return new Abbreviations(map);
    }

    /** The kind of the abbreviation {@code withStop} ("sig."), or null when it is none. */
    Before get(String withStop) {
        return entries.get(withStop.toLowerCase(Locale.ROOT));
    }

    /**
     * The length of the longest abbreviation starting at {@code pos} of {@code text} and not followed by a
     * letter or digit, or 0.
     */
    int longestAt(CharSequence text, int pos, int limit) {
        int max = Math.min(longest, limit - pos);
        int stop = -1;
        for (int i = pos; i < pos + max && stop < 0; i++) {
            if (text.charAt(i) == '.') {
                stop = i;
            }
        }
        if (stop < 0) {
            return 0;
        }
        for (int len = max; len > stop - pos; len--) {
            if (pos + len < limit && Character.isLetterOrDigit(text.charAt(pos + len))) {
                continue;
            }
            if (entries.containsKey(text.subSequence(pos, pos + len).toString().toLowerCase(Locale.ROOT))) {
                return len;
            }
        }
        return 0;
    }
}
