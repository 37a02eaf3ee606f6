package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Span;
import org.newsgraph.text.Token;

/**
 * A word of a sentence as the matchers see it: tokens are split at hyphens ("Jong-un" → "Jong", "un";
 * "Mosca-Pyongyang" → "Mosca", "Pyongyang") and folded; {@code token} is the index of the token it came from.
 */
public record Word(int token, Span span, String surface, String folded) {

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
                        words.add(new Word(i, new Span(t.begin() + start, t.begin() + j), part, Folding.fold(part)));
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
