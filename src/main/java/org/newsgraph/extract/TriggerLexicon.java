package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.entity.Word;
import org.newsgraph.lang.DataFile;

/** The event words of triggers.tsv, each a pattern over one folded word with its kind and frame. */
public final class TriggerLexicon {

    private final List<Entry> entries = new ArrayList<>();

    public TriggerLexicon() {
        for (List<String> row : DataFile.rows("it/triggers.tsv")) {
            entries.add(new Entry(Trigger.Kind.valueOf(row.get(0).toUpperCase(Locale.ROOT)), row.get(1),
                    Pattern.compile(row.get(2))));
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
            for (int j = 0; j < matchers.length; j++) {
                if (matchers[j].reset(w).matches()) {
                    Entry e = entries.get(j);
                    found.add(new Trigger(e.kind(), e.frame(), i));
                }
            }
        }
        return found;
    }

    private record Entry(Trigger.Kind kind, String frame, Pattern pattern) {
    }
}
