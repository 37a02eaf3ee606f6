package org.newsgraph.lang;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of the languages newsgraph reads an article is written in, by the share of its first words that are the
 * language's function words (the words of its word classes): for a handful of languages that are far apart, as
 * sure on a news article as a statistical detector, and free. An article of a language newsgraph does not read
 * matches none of them well enough, and gets no answer.
 */
public final class LanguageDetector {

    /** Enough words to decide: a paragraph of news is a third function words in the language it is written in. */
    private static final int SAMPLE_WORDS = 300;
    /** The least share of function words that makes a text of a language; other languages score a few per cent. */
    private static final double LEAST_SHARE = 0.15;
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final Map<String, Set<String>> functionWords;

    private LanguageDetector(Map<String, Set<String>> functionWords) {
        this.functionWords = Map.copyOf(functionWords);
    }

    /** The detector over every language of languages.tsv. */
    public static LanguageDetector standard() {
        Map<String, Set<String>> words = new HashMap<>();
        for (String code : Language.supported().keySet()) {
            Set<String> all = new HashSet<>();
            Language.of(code).words().all().stream().filter(w -> WORD.matcher(w).matches()).forEach(all::add);
            words.put(code, Set.copyOf(all));
        }
        return new LanguageDetector(words);
    }

    /** The code of the language a text is written in, when one clearly scores best. */
    public Optional<String> detect(String text) {
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        Matcher m = WORD.matcher(text);
        while (words < SAMPLE_WORDS && m.find()) {
            String w = fold(m.group());
            words++;
            functionWords.forEach((code, set) -> {
                if (set.contains(w)) {
                    hits.merge(code, 1, Integer::sum);
                }
            });
        }
        int total = words;
        return hits.entrySet().stream()
                .filter(e -> e.getValue() >= LEAST_SHARE * total)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    private static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("").replace('’', '\'');
    }
}
