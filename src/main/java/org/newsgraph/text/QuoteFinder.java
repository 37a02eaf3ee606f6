package org.newsgraph.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.newsgraph.document.Annotation;
import org.newsgraph.document.Document;
import org.newsgraph.document.Quote;
import org.newsgraph.pipeline.Stage;

/**
 * Finds quoted words (reads TEXT, writes QUOTES): «…», “…”, "…" (straight marks paired in order) and ‘…’
 * (a ’ between letters is an apostrophe, not a closing mark), nested ones too. A quote may run over
 * several sentences but never past its paragraph (as {@link SentenceSplitter} draws paragraphs): an
 * unclosed « or “ ends at the paragraph's end, other unclosed marks are dropped, a stray closing mark is
 * ignored.
 * <p>Example: "«Siamo pronti», ha detto Lavrov." gives outer "«Siamo pronti»" and inner "Siamo pronti".
 */
public final class QuoteFinder implements Stage {

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TEXT);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.QUOTES);
    }

    @Override
    public Document apply(Document document) {
        return document.withQuotes(find(document.text(), document.headline().map(Span::end).orElse(-1)));
    }

    /** The quotes of {@code text}, in text order. */
    public List<Quote> find(String text) {
        return find(text, -1);
    }

    /** The quotes of {@code text}, whose headline (if any) ends at {@code headlineEnd}; in text order. */
    public List<Quote> find(String text, int headlineEnd) {
        List<Quote> quotes = new ArrayList<>();
        for (Span paragraph : SentenceSplitter.paragraphs(text, headlineEnd)) {
            findIn(text, paragraph, quotes);
        }
        quotes.sort((a, b) -> a.outer().compareTo(b.outer()));
        return quotes;
    }

    private static void findIn(String text, Span paragraph, List<Quote> quotes) {
        Deque<Open> open = new ArrayDeque<>();
        for (int i = paragraph.begin(); i < paragraph.end(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '«' -> open.push(new Open(i, '»'));
                case '“' -> open.push(new Open(i, '”'));
                case '»' -> close(text, open, i, '»', quotes);
                case '”' -> {
                    if (!close(text, open, i, '”', quotes) && opensWord(text, i)) {
                        open.push(new Open(i, '”'));
                    }
                }
                case '"' -> {
                    if (!close(text, open, i, '"', quotes)) {
                        open.push(new Open(i, '"'));
                    }
                }
                case '‘' -> {
                    if (!between(text, i)) {
                        open.push(new Open(i, '’'));
                    }
                }
                case '’' -> {
                    if (!between(text, i)) {
                        close(text, open, i, '’', quotes);
                    }
                }
                default -> {
                }
            }
        }
        closeAtParagraphEnd(text, open, lastNonSpace(text, paragraph.end()), quotes);
    }

    /** Closes the innermost open quote that {@code closer} ends; unclosed quotes inside it are dropped. */
    private static boolean close(String text, Deque<Open> open, int at, char closer, List<Quote> quotes) {
        Iterator<Open> it = open.iterator();
        int depth = 0;
        while (it.hasNext()) {
            Open o = it.next();
            if (o.closer == closer) {
                for (int k = 0; k <= depth; k++) {
                    open.pop();
                }
                add(text, o.at, at + 1, at, quotes);
                return true;
            }
            depth++;
        }
        return false;
    }

    /** An unclosed « or “ ends where its paragraph ends; other unclosed marks are no quotes. */
    private static void closeAtParagraphEnd(String text, Deque<Open> open, int end, List<Quote> quotes) {
        while (!open.isEmpty()) {
            Open o = open.pop();
            char mark = text.charAt(o.at);
            if ((mark == '«' || mark == '“') && end > o.at + 1) {
                add(text, o.at, end, end, quotes);
            }
        }
    }

    private static void add(String text, int begin, int end, int innerEnd, List<Quote> quotes) {
        int b = begin + 1;
        int e = innerEnd;
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (b < e) {
            quotes.add(new Quote(new Span(begin, end), new Span(b, e)));
        }
    }

    private static int lastNonSpace(String text, int i) {
        int e = i;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** A mark with a letter on both sides is an apostrophe: "dell’Ucraina". */
    private static boolean between(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
                && Character.isLetter(text.charAt(i + 1));
    }

    /** A ” at the start of a word (or after an elision, "l’”espansione”") opens a quote on sites that use it for both marks. */
    private static boolean opensWord(String text, int i) {
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        boolean spaceBefore = Character.isWhitespace(before) || before == '(' || before == '\'' || before == '’';
        return spaceBefore && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    }

    private record Open(int at, char closer) {
    }
}
