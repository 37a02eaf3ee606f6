package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.document.Annotation;
import org.newsgraph.document.Document;
import org.newsgraph.document.Sentence;
import org.newsgraph.document.Span;
import org.newsgraph.lang.Language;
import org.newsgraph.pipeline.Stage;

/**
 * Splits the text into sentences (reads TEXT and the headline, writes SENTENCES without tokens). A blank
 * line, or a line break after a sentence end, starts a new paragraph; a blank line always ends a sentence,
 * a line break alone does not (hard-wrapped text); the headline is a sentence and paragraph of its own; a full
 * stop after an abbreviation ("il gen. Gerasimov"), inside a number ("10.000", "19.06.2024") or after an
 * initial ("J. Biden") does not end one; a sentence may end inside closing quotes ("«Basta.» Poi").
 * <p>Example: "Il sig. Rossi è arrivato. «Bene!» ha detto." gives "Il sig. Rossi è arrivato." and
 * "«Bene!» ha detto.". Runs in linear time; a sentence longer than {@value #MAX_SENTENCE} characters is
 * cut at a space.
 */
public final class SentenceSplitter implements Stage {

    /** Longest sentence kept whole; longer runs without a sentence end are cut at a space. */
    public static final int MAX_SENTENCE = 2000;
    /** How far back from the cap to look for a space to cut at. */
    private static final int CUT_WINDOW = 200;
    /** How far back to look for the word before a full stop. */
    private static final int WORD_WINDOW = 40;

    private final Abbreviations abbreviations;

    public SentenceSplitter(Language language) {
        this.abbreviations = Abbreviations.of(language);
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TEXT);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.SENTENCES);
    }

    @Override
    public Document apply(Document document) {
        return document.withSentences(split(document.text(), document.headline().map(Span::end).orElse(-1)),
                Annotation.SENTENCES);
    }

    /**
     * The sentences of {@code text}; {@code headlineEnd} (or -1 when there is none) ends the headline, which
     * starts the text and is a sentence of its own.
     */
    public List<Sentence> split(String text, int headlineEnd) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int end = paragraphEnd(text, pos);
            if (headlineEnd > pos && headlineEnd <= end && pos == 0) {
                headline(text, headlineEnd, out);
                if (hasText(text, headlineEnd, end)) {
                    paragraph++;
                    splitParagraph(text, headlineEnd, end, paragraph, out);
                }
            } else {
                splitParagraph(text, pos, end, paragraph, out);
            }
            if (hasText(text, pos, end)) {
                paragraph++;
            }
            pos = end;
            while (pos < n && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }
        return out;
    }

    /** The paragraphs of {@code text} as the splitter sees them, blank ones left out; {@code headlineEnd} ends one. */
    static List<Span> paragraphs(String text, int headlineEnd) {
        List<Span> out = new ArrayList<>();
        int pos = 0;
        while (pos < text.length()) {
            int end = paragraphEnd(text, pos);
            if (headlineEnd > pos && headlineEnd < end) {
                out.add(new Span(pos, headlineEnd));
                pos = headlineEnd;
            }
            out.add(new Span(pos, end));
            pos = end;
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }
        return out;
    }

    /** The headline, one sentence whatever its full stops ("Corea del Nord. Il ministro a Pyongyang"). */
    private static void headline(String text, int end, List<Sentence> out) {
        int begin = 0;
        while (end - begin > MAX_SENTENCE) {
            int cut = cutPoint(text, begin);
            add(text, begin, cut, 0, out);
            begin = cut;
        }
        add(text, begin, end, 0, out);
    }

    /**
     * Where the paragraph starting at {@code from} ends: at a blank line, or at a line break right after a
     * sentence end (one paragraph a line, as plain-text articles are written), or at the text's end.
     */
    private static int paragraphEnd(String text, int from) {
        int i = text.indexOf('\n', from);
        while (i >= 0) {
            int j = i + 1;
            while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                j++;
            }
            if (j < text.length() && text.charAt(j) == '\n' || endsSentenceBefore(text, from, i)) {
                return i;
            }
            i = text.indexOf('\n', j);
        }
        return text.length();
    }

    /** Whether the line ending at {@code end} ends in a sentence end, closing marks allowed after it. */
    private static boolean endsSentenceBefore(String text, int from, int end) {
        int k = end;
        int limit = Math.max(from, end - 10);
        while (k > limit && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t' || isCloser(text.charAt(k - 1)))) {
            k--;
        }
        return k > from && isTerminator(text.charAt(k - 1));
    }

    private void splitParagraph(String text, int begin, int end, int paragraph, List<Sentence> out) {
        int start = begin;
        int i = begin;
        while (i < end) {
            if (i - start >= MAX_SENTENCE) {
                int cut = cutPoint(text, start);
                add(text, start, cut, paragraph, out);
                start = cut;
                i = Math.max(i, cut);
                continue;
            }
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                i++;
                continue;
            }
            int j = i;
            while (j < end && isTerminator(text.charAt(j)) && j - i < 10) {
                j++;
            }
            int closersFrom = j;
            while (j < end && isCloser(text.charAt(j)) && j - closersFrom < 5) {
                j++;
            }
            if (isBoundary(text, start, end, i, closersFrom, j)) {
                add(text, start, j, paragraph, out);
                start = j;
            }
            i = j;
        }
        add(text, start, end, paragraph, out);
    }

    /** Whether the terminators at {@code [first, closersFrom)} and closers up to {@code after} end a sentence. */
    private boolean isBoundary(String text, int start, int end, int first, int closersFrom, int after) {
        if (after >= end) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(after))) {
            return false;
        }
        int k = after;
        while (k < end && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        if (k >= end) {
            return true;
        }
        int next = text.codePointAt(k);
        if (Character.isLowerCase(next) || next == ',' || next == ';' || next == ':') {
            return false;
        }
        boolean singleStop = text.charAt(first) == '.' && closersFrom == first + 1 && after == first + 1;
        if (!singleStop) {
            return true;
        }
        int w = first;
        while (w > start && first - w < WORD_WINDOW && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        while (w < first && isOpener(text.charAt(w))) {
            w++;
        }
        for (int a = first - 1; a > w; a--) {
            if (text.charAt(a) == '\'' || text.charAt(a) == '’') {
                w = a + 1;
                break;
            }
        }
        String word = text.substring(w, first);
        if (word.isEmpty()) {
            return true;
        }
        Abbreviations.Before kind = abbreviations.get(word + ".");
        if (kind == Abbreviations.Before.NAME) {
            return false;
        }
        if (kind == Abbreviations.Before.NUMBER) {
            return !Character.isDigit(next);
        }
        if (kind == null && isInitials(word) && Character.isUpperCase(next)) {
            return false;
        }
        return true;
    }

    /** "J", "G.W": capitals each standing for a name. */
    private static boolean isInitials(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean ok = i % 2 == 0 ? Character.isUpperCase(c) : c == '.';
            if (!ok) {
                return false;
            }
        }
        return word.length() % 2 == 1;
    }

    private static int cutPoint(String text, int start) {
        int limit = start + MAX_SENTENCE;
        for (int i = limit; i > limit - CUT_WINDOW; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    private static void add(String text, int begin, int end, int paragraph, List<Sentence> out) {
        int b = begin;
        int e = end;
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (b < e) {
            out.add(new Sentence(new Span(b, e), paragraph));
        }
    }

    private static boolean hasText(String text, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    static boolean isCloser(char c) {
        return c == '»' || c == '”' || c == '"' || c == '’' || c == '\'' || c == ')' || c == ']';
    }

    private static boolean isOpener(char c) {
        return c == '«' || c == '“' || c == '"' || c == '‘' || c == '\'' || c == '(' || c == '[';
    }
}
