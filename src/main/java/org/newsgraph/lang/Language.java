package org.newsgraph.lang;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.newsgraph.document.NewsgraphException;

/**
 * A language the converter reads, as data: its word classes, lexicons and morphology live under
 * {@code newsgraph/lang/{code}/}, and the stages ask the profile instead of naming a language. Adding a
 * language is adding its folder and its code to {@code languages.tsv}.
 */
public final class Language {

    private static final Map<String, Language> LOADED = new ConcurrentHashMap<>();

    private final String code;
    private final String name;
    private final WordClasses words;
    private final Map<String, Set<String>> wordLists = new ConcurrentHashMap<>();
    private final Map<String, Object> derived = new ConcurrentHashMap<>();

    private Language(String code, String name) {
        this.code = code;
        this.name = name;
        this.words = WordClasses.load(code + "/word-classes.tsv");
    }

    /** The profile of a language by its BCP 47 code ("it", "en"), loaded once. */
    public static Language of(String code) {
        Language known = LOADED.get(code);
        if (known != null) {
            return known;
        }
        String name = supported().get(code);
        if (name == null) {
            throw NewsgraphException.usage("no language profile for '" + code + "'; newsgraph reads "
                    + String.join(", ", supported().keySet()));
        }
        return LOADED.computeIfAbsent(code, c -> new Language(c, name));
    }

    /**
     * The language of the plain labels and of an article that neither says nor shows its own: the first of
     * languages.tsv.
     */
    public static String first() {
        return supported().keySet().iterator().next();
    }

    /** The languages newsgraph reads, code to English name, in the order of languages.tsv. */
    public static Map<String, String> supported() {
        return Supported.LANGUAGES;
    }

    /** languages.tsv, read once, when first asked for. */
    private static final class Supported {
        static final Map<String, String> LANGUAGES = read();

        private static Map<String, String> read() {
            Map<String, String> out = new LinkedHashMap<>();
            DataFile.rows("languages.tsv").forEach(r -> out.put(r.get(0), r.get(1)));
            return Collections.unmodifiableMap(out);
        }
    }

    public String code() {
        return code;
    }

    /** The language's English name ("Italian"). */
    public String name() {
        return name;
    }

    public WordClasses words() {
        return words;
    }

    /** The words of one of the language's word classes ("of", "by-agent"). */
    public Set<String> words(String wordClass) {
        return words.of(wordClass);
    }

    public Morphology morphology() {
        return Morphology.forLanguage(code);
    }

    /** Whether the language has a data file that only some languages need ("apocopes.txt"). */
    public boolean has(String file) {
        return DataFile.exists(code + "/" + file);
    }

    /** The rows of one of the language's TSV files ("roles.tsv"). */
    public List<List<String>> rows(String file) {
        return DataFile.rows(code + "/" + file);
    }

    /** The lines of one of the language's word lists ("negations.txt"). */
    public List<String> lines(String file) {
        return DataFile.lines(code + "/" + file);
    }

    /** The entries of one of the language's word lists as a set ("negations.txt"), read once. */
    public Set<String> wordList(String file) {
        return wordLists.computeIfAbsent(file, f -> Set.copyOf(lines(f)));
    }

    /**
     * Something a stage derives from the language's data once and shares between threads ("the first words of
     * org-heads.tsv"), under a name of its own.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(String name, Function<Language, T> build) {
        return (T) derived.computeIfAbsent(name, n -> build.apply(this));
    }

    /** The columns of one of the language's TSV files by header name. */
    public Map<String, List<String>> columns(String file) {
        return DataFile.columns(code + "/" + file);
    }

    @Override
    public String toString() {
        return code;
    }
}
