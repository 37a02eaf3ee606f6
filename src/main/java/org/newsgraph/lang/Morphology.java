package org.newsgraph.lang;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.newsgraph.document.Analysis;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.document.PartOfSpeech;

/**
 * The readings of a word form in a language's morphological dictionary ("firmeranno" → firmare
 * VER:ind+fut+3+p; "visita" → visita NOUN-F:s, visitare VER:ind+pres+3+s…). Which dictionary and how its tags
 * map to parts of speech is the language's data (it/dictionary.txt, it/parts-of-speech.tsv). Safe to share
 * between threads: the dictionary is, and each thread looks words up with its own reader and cache.
 */
public final class Morphology {

    /** Past this many distinct forms a thread's cache starts afresh, so a long run does not hoard memory. */
    private static final int CACHE_LIMIT = 100_000;
    private static final Map<String, Morphology> LOADED = new ConcurrentHashMap<>();

    private final Dictionary dictionary;
    private final Map<String, TagReading> prefixes;
    private final int longestPrefix;
    private final Map<String, TagReading> tagReadings = new ConcurrentHashMap<>();
    private final ThreadLocal<Reader> readers;

    private Morphology(Dictionary dictionary, Map<String, TagReading> prefixes) {
        this.dictionary = dictionary;
        this.prefixes = Map.copyOf(prefixes);
        this.longestPrefix = prefixes.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.readers = ThreadLocal.withInitial(() -> new Reader(new DictionaryLookup(this.dictionary)));
    }

    /** The morphology of a language ("it"), loaded once from the dictionary its profile names. */
    public static Morphology forLanguage(String language) {
        return LOADED.computeIfAbsent(language, Morphology::load);
    }

    /**
     * Every reading of a form, as written and, for a capitalised or upper-case form, in lower case ("Visita" at
     * the start of a sentence) and with only its initial capital ("PUTIN"): the dictionary is case sensitive and
     * keeps proper nouns capitalised ("Mosca" NPR, "mosca" NOUN). A typographic apostrophe counts as a straight
     * one ("dell’"). An unknown form has none.
     */
    public List<Analysis> analyse(String form) {
        return readers.get().analyse(form);
    }

    private static Morphology load(String language) {
        List<String> named = DataFile.lines(language + "/dictionary.txt");
        if (named.size() != 1) {
            throw NewsgraphException.failure("newsgraph/lang/" + language + "/dictionary.txt must name one dictionary");
        }
        URL url = ClasspathResource.url(named.get(0));
        Map<String, TagReading> prefixes = new HashMap<>();
        for (List<String> row : DataFile.rows(language + "/parts-of-speech.tsv")) {
            Set<String> features = row.get(2).isEmpty() ? Set.of() : Set.of(row.get(2).split("\\+"));
            prefixes.put(row.get(0), new TagReading(PartOfSpeech.valueOf(row.get(1)), features));
        }
        try {
            return new Morphology(Dictionary.read(url), prefixes);
        } catch (IOException e) {
            throw NewsgraphException.failure("cannot read morphological dictionary " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * What a tag says: the part of speech of its longest prefix that the profile names, and the features that row
     * gives it besides the ones the tag spells ("VBN" → VERB, part, past; "VER:part+past+s+m" → VERB, part, past, s, m).
     */
    private TagReading readingOf(String tag) {
        TagReading known = tagReadings.get(tag);
        if (known != null) {
            return known;
        }
        TagReading reading = new TagReading(PartOfSpeech.OTHER, Set.of());
        for (int n = Math.min(tag.length(), longestPrefix); n > 0; n--) {
            TagReading p = prefixes.get(tag.substring(0, n));
            if (p != null) {
                reading = p;
                break;
            }
        }
        Set<String> features = new HashSet<>(reading.features());
        features.addAll(Analysis.spelled(tag));
        reading = new TagReading(reading.pos(), Set.copyOf(features));
        tagReadings.put(tag, reading);
        return reading;
    }

    /** The part of speech and the features of a dictionary tag. */
    private record TagReading(PartOfSpeech pos, Set<String> features) {
    }

    /** One thread's lookup (morfologik's is not thread-safe and reuses its results) and its cache of forms. */
    private final class Reader {
        private final DictionaryLookup lookup;
        private final Map<String, List<Analysis>> cache = new HashMap<>();

        Reader(DictionaryLookup lookup) {
            this.lookup = lookup;
        }

        List<Analysis> analyse(String form) {
            List<Analysis> known = cache.get(form);
            if (known != null) {
                return known;
            }
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            String plain = form.replace('’', '\'');
            List<Analysis> readings = new ArrayList<>();
            addReadings(plain, readings);
            String lower = plain.toLowerCase(Locale.ROOT);
            if (!lower.equals(plain)) {
                addReadings(lower, readings);
                int first = plain.offsetByCodePoints(0, 1);
                String initial = plain.substring(0, first) + plain.substring(first).toLowerCase(Locale.ROOT);
                if (!initial.equals(plain)) {
                    addReadings(initial, readings);
                }
            }
            List<Analysis> result = List.copyOf(readings);
            cache.put(form, result);
            return result;
        }

        private void addReadings(String form, List<Analysis> readings) {
            for (WordData w : lookup.lookup(form)) {
                String tag = w.getTag().toString();
                TagReading r = readingOf(tag);
                Analysis a = new Analysis(w.getStem().toString(), tag, r.pos(), r.features());
                if (!readings.contains(a)) {
                    readings.add(a);
                }
            }
        }
    }
}
