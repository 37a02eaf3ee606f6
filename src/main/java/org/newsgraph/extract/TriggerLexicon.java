package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.entity.Word;
import org.newsgraph.lang.DataFile;
import org.newsgraph.lang.PrefixGate;

/**
 * The event words of triggers.tsv, each a pattern over one folded word with its kind and frame. A {@link PrefixGate}
 * of the patterns says, in one walk over a word's first characters, which entries may match it ("incl" of "inclusa"
 * begins no trigger), and only those run: running the patterns on every word was a seventh of conversion in JFR.
 */
public final class TriggerLexicon {

    private static final int PER_GATE = Long.SIZE;

    private final List<Entry> entries = new ArrayList<>();
    /** Gate g judges entries {@code 64 g} to {@code 64 g + 63}. */
    private final List<PrefixGate> gates = new ArrayList<>();

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
            entries.add(new Entry(Trigger.Kind.valueOf(row.get(0).toUpperCase(Locale.ROOT)), row.get(1),
                    Pattern.compile(pattern)));
        }
        for (int from = 0; from < entries.size(); from += PER_GATE) {
            gates.add(PrefixGate.of(entries.subList(from, Math.min(entries.size(), from + PER_GATE)).stream()
                    .map(Entry::pattern).toList()));
        }
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
            for (int g = 0; g < gates.size(); g++) {
                for (long may = gates.get(g).mayStartAt(w, 0, -1L); may != 0; may &= may - 1) {
                    int j = g * PER_GATE + Long.numberOfTrailingZeros(may);
                    if (matchers[j].reset(w).matches()) {
                        Entry e = entries.get(j);
                        found.add(new Trigger(e.kind(), e.frame(), i));
                    }
                }
            }
        }
        return found;
    }

    private record Entry(Trigger.Kind kind, String frame, Pattern pattern) {
    }
}
