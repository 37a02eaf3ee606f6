package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Multi-word phrases with a value each, matched on folded {@link Word}s, longest first:
 * "ministro della difesa" before "ministro".
 */
public final class PhraseLexicon<V> {

    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();

    /** Adds a phrase ("capo della diplomazia") with its value. */
    public PhraseLexicon<V> add(String phrase, V value) {
        List<String> words = SurfaceForm.split(phrase);
        List<Entry<V>> list = byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>());
        list.add(new Entry<>(words, value));
        list.sort(Comparator.comparingInt((Entry<V> e) -> -e.words().size()));
        return this;
    }

    /** The longest phrase starting at word {@code i}: its value and the index just past its last word. */
    public Optional<Match<V>> match(List<Word> words, int i) {
        return match(words, i, words.size());
    }

    /** The longest phrase starting at word {@code i} that ends by word {@code limit} (exclusive). */
    public Optional<Match<V>> match(List<Word> words, int i, int limit) {
        for (Entry<V> e : byFirstWord.getOrDefault(words.get(i).folded(), List.of())) {
            if (i + e.words().size() <= limit && matchesAt(e.words(), words, i)) {
                return Optional.of(new Match<>(e.value(), i, i + e.words().size()));
            }
        }
        return Optional.empty();
    }

    static boolean matchesAt(List<String> phrase, List<Word> words, int i) {
        if (i + phrase.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!phrase.get(k).equals(words.get(i + k).folded())) {
                return false;
            }
        }
        return true;
    }

    private record Entry<V>(List<String> words, V value) {
    }

    /** A phrase found in a sentence: its value and the words {@code [start, end)} it covers. */
    public record Match<V>(V value, int start, int end) {
    }
}
