package org.newsgraph.lang;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Closed classes of function words ({lang}/word-classes.tsv): the prepositions, articles and auxiliaries the
 * extraction rules look for, kept as data so that a rule names its class instead of spelling out words; every
 * language defines the same classes.
 */
public final class WordClasses {

    private final Map<String, Set<String>> classes;

    private WordClasses(Map<String, Set<String>> classes) {
        this.classes = Map.copyOf(classes);
    }

    /** The words of one class; asking for a class the file does not define is a programming error. */
    public Set<String> of(String name) {
        Set<String> words = classes.get(name);
        if (words == null) {
            throw new IllegalArgumentException("no word class '" + name + "' in word-classes.tsv");
        }
        return words;
    }

    static WordClasses load(String file) {
        Map<String, Set<String>> classes = new HashMap<>();
        for (List<String> row : DataFile.rows(file)) {
            Set<String> words = classes.computeIfAbsent(row.get(0), k -> new HashSet<>());
            if (!row.get(1).isEmpty()) {
                words.add(row.get(1));
            }
        }
        classes.replaceAll((k, v) -> Set.copyOf(v));
        return new WordClasses(classes);
    }
}
