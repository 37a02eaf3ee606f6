package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.document.Analysis;
import org.newsgraph.document.PartOfSpeech;
import org.newsgraph.document.Sentence;
import org.newsgraph.document.Span;
import org.newsgraph.document.Token;

/**
 * A word of a sentence as the matchers see it: tokens are split at hyphens ("Jong-un" → "Jong", "un";
 * "Mosca-Pyongyang" → "Mosca", "Pyongyang") and folded; {@code token} is the index of the token it came from.
 * {@code analyses} are the token's dictionary readings (lemma, tag, part of speech) when the word is the whole
 * token; the parts of a hyphenated token have none.
 */
public record Word(int token, Span span, String surface, String folded, List<Analysis> analyses) {

    public Word {
        analyses = List.copyOf(analyses);
    }

    /** A word without dictionary readings. */
    public Word(int token, Span span, String surface, String folded) {
        this(token, span, surface, folded, List.of());
    }

    /** The lemmas of every reading ("accordi" → accordo, accordare). */
    public Set<String> lemmas() {
        Set<String> lemmas = new LinkedHashSet<>();
        analyses.forEach(a -> lemmas.add(a.lemma()));
        return lemmas;
    }

    public boolean hasLemma(String lemma) {
        return analyses.stream().anyMatch(a -> a.lemma().equals(lemma));
    }

    /** Whether one reading has this lemma and this part of speech ("visita" as the noun, not the verb). */
    public boolean hasLemma(String lemma, PartOfSpeech pos) {
        return analyses.stream().anyMatch(a -> a.pos() == pos && a.lemma().equals(lemma));
    }

    /** Whether one reading is this part of speech. */
    public boolean can(PartOfSpeech pos) {
        return analyses.stream().anyMatch(a -> a.pos() == pos);
    }

    public boolean isVerb() {
        return can(PartOfSpeech.VERB);
    }

    public boolean isNoun() {
        return can(PartOfSpeech.NOUN);
    }

    public boolean isAdjective() {
        return can(PartOfSpeech.ADJECTIVE);
    }

    /** Whether one reading is a participle ("firmato", "accolta"), whatever others it has (firmato ADJ). */
    public boolean isParticiple() {
        return analyses.stream().anyMatch(Analysis::isParticiple);
    }

    /** Whether the dictionary knows the word at all. */
    public boolean isKnown() {
        return !analyses.isEmpty();
    }

    public boolean isCapitalized() {
        return !surface.isEmpty() && Character.isUpperCase(surface.codePointAt(0));
    }

    public boolean isPunctuation() {
        return !surface.isEmpty() && !Character.isLetterOrDigit(surface.codePointAt(0));
    }

    /** The words of a sentence, in order. */
    public static List<Word> of(Sentence sentence) {
        List<Word> words = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String s = t.text();
            int start = 0;
            for (int j = 0; j <= s.length(); j++) {
                boolean cut = j == s.length() || (isHyphen(s.charAt(j)) && j > 0 && j < s.length() - 1);
                if (cut) {
                    if (j > start) {
                        String part = s.substring(start, j);
                        List<Analysis> readings = start == 0 && j == s.length() ? t.analyses() : List.of();
                        words.add(new Word(i, new Span(t.begin() + start, t.begin() + j), part, Folding.fold(part),
                                readings));
                    }
                    start = j + 1;
                }
            }
        }
        return words;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '‐' || c == '‑';
    }
}
