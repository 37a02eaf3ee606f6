package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.entity.Word;
import org.newsgraph.lang.DataFile;
import org.newsgraph.lang.PrefixGate;

/**
 * The event words of triggers.tsv, each a pattern over one folded word with its kind and frame. A word that no
 * entry can start as ({@link PrefixGate} of all the patterns: "incl" of "inclusa" is no trigger's beginning) is
 * dropped at once; otherwise each entry knows which characters a word it matches can start with, so most words skip
 * most patterns (JFR showed running the patterns on the words as a seventh, then a twelfth, of conversion).
 */
public final class TriggerLexicon {

    /** Characters below this (Latin letters, digits, punctuation) are checked against an entry's first characters. */
    private static final char GATED = 0x250;

    private final List<Entry> entries = new ArrayList<>();
    private final PrefixGate anyEntry;

    public TriggerLexicon() {
        Map<String, String> endings = new HashMap<>();
        DataFile.rows("it/verb-endings.tsv").forEach(r -> endings.put("{" + r.get(0) + "}", "(" + r.get(1) + ")"));
        for (List<String> row : DataFile.rows("it/triggers.tsv")) {
            String pattern = row.get(2);
            for (Map.Entry<String, String> e : endings.entrySet()) {
                pattern = pattern.replace(e.getKey(), e.getValue());
            }
            if (pattern.contains("{")) {
                throw new IllegalArgumentException("triggers.tsv: unknown conjugation in " + row.get(2));
            }
            Pattern compiled = Pattern.compile(pattern);
            entries.add(new Entry(Trigger.Kind.valueOf(row.get(0).toUpperCase(Locale.ROOT)), row.get(1), compiled,
                    firstCharacters(compiled)));
        }
        anyEntry = PrefixGate.of(Pattern.compile(entries.stream().map(e -> "(?:" + e.pattern().pattern() + ")")
                .collect(Collectors.joining("|"))));
    }

    /** Every trigger of the sentence's words, in word order. */
    public List<Trigger> find(List<Word> words) {
        List<Trigger> found = new ArrayList<>();
        Matcher[] matchers = new Matcher[entries.size()]; // one per entry, reset for each word
        for (int j = 0; j < matchers.length; j++) {
            matchers[j] = entries.get(j).pattern().matcher("");
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).folded();
            if (!anyEntry.mayStartAt(w, 0)) {
                continue;
            }
            for (int j = 0; j < matchers.length; j++) {
                if (entries.get(j).mayMatch(w) && matchers[j].reset(w).matches()) {
                    Entry e = entries.get(j);
                    found.add(new Trigger(e.kind(), e.frame(), i));
                }
            }
        }
        return found;
    }

    /**
     * The characters below {@link #GATED} that a match of {@code pattern} can start with: those on which matching
     * a one-character input succeeds or runs off its end ({@link Matcher#hitEnd}: more input could match).
     */
    private static BitSet firstCharacters(Pattern pattern) {
        BitSet firsts = new BitSet(GATED);
        Matcher m = pattern.matcher("");
        for (char c = 0; c < GATED; c++) {
            if (m.reset(String.valueOf(c)).matches() || m.hitEnd()) {
                firsts.set(c);
            }
        }
        return firsts;
    }

    private record Entry(Trigger.Kind kind, String frame, Pattern pattern, BitSet firsts) {

        /** False only when no word that starts as {@code word} does can match the pattern. */
        boolean mayMatch(String word) {
            return word.isEmpty() || word.charAt(0) >= GATED || firsts.get(word.charAt(0));
        }
    }
}
