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
import org.newsgraph.document.Span;
import org.newsgraph.pipeline.Stage;

/**
 * Finds quoted words (reads TEXT, writes QUOTES): «…», “…”, "…" and ''…'' (straight marks, a pair of
 * apostrophes standing for one, told opening from closing by the spaces around them) and ‘…’ (a ’ between
 * letters is an apostrophe, not a closing mark), nested ones too. Sites mix their marks, so a straight mark
 * may close a « or “, and a “ glued to the end of a word closes an open “. A quote may run over several
 * sentences but never past its paragraph (as {@link SentenceSplitter} draws paragraphs): an unclosed « or “
 * ends at the paragraph's end, or at its first sentence's end when a mark of its kind opens again; other
 * unclosed marks are dropped, a stray closing mark is ignored.
 * <p>Example: "«Siamo pronti», ha detto Lavrov." gives outer "«Siamo pronti»" and inner "Siamo pronti".
 */
public final class QuoteFinder implements Stage {

    /** Characters after which a straight mark opens a quote rather than closing one. */
    private static final String OPENING_CONTEXT = "([{«“‘";
    /** Characters before which a mark glued to a word closes a quote. */
    private static final String CLOSING_CONTEXT = ".,;:!?)]}»”’";

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
                case '«' -> push(text, open, new Open(i, Kind.GUILLEMET, 1), quotes);
                case '»' -> close(text, open, i, 1, Set.of(Kind.GUILLEMET), quotes);
                case '“' -> {
                    if (!(closesWord(text, i, 1) && close(text, open, i, 1, Set.of(Kind.CURLY), quotes))) {
                        push(text, open, new Open(i, Kind.CURLY, 1), quotes);
                    }
                }
                case '”' -> {
                    if (!close(text, open, i, 1, Set.of(Kind.CURLY), quotes) && opensWord(text, i)) {
                        push(text, open, new Open(i, Kind.CURLY, 1), quotes);
                    }
                }
                case '"', '\'' -> {
                    int length = c == '"' ? 1 : 2;
                    if (c == '\'' && !(i + 1 < paragraph.end() && text.charAt(i + 1) == '\'')) {
                        continue;
                    }
                    straight(text, open, i, length, quotes);
                    i += length - 1;
                }
                case '‘' -> {
                    if (!between(text, i)) {
                        open.push(new Open(i, Kind.SINGLE, 1));
                    }
                }
                case '’' -> {
                    if (!between(text, i)) {
                        close(text, open, i, 1, Set.of(Kind.SINGLE), quotes);
                    }
                }
                default -> {
                }
            }
        }
        closeAtParagraphEnd(text, open, lastNonSpace(text, paragraph.end()), quotes);
    }

    /**
     * A straight mark (" or '') opens when white space or an opening bracket comes before it and a word after
     * it, closes when it ends a word; where the spaces do not tell (" felice "), marks pair in order. A closing
     * one ends the innermost open straight quote, else the innermost « or “ ("«Lavoriamo…": lo ha detto").
     */
    private static void straight(String text, Deque<Open> open, int at, int length, List<Quote> quotes) {
        boolean opens = opensAfter(text, at) && at + length < text.length()
                && !Character.isWhitespace(text.charAt(at + length));
        boolean closes = closesWord(text, at, length);
        boolean anyOpen = open.stream().anyMatch(o -> o.kind == Kind.STRAIGHT);
        if (closes && !opens || !opens && anyOpen) {
            if (close(text, open, at, length, Set.of(Kind.STRAIGHT), quotes)
                    || closes && close(text, open, at, length, Set.of(Kind.GUILLEMET, Kind.CURLY), quotes)) {
                return;
            }
        }
        if (opens || !closes && !anyOpen) {
            push(text, open, new Open(at, Kind.STRAIGHT, length), quotes);
        }
    }

    /**
     * Opens a quote. A quote of the same kind still open was never closed (one kind does not nest in itself):
     * it ends at the end of its first sentence, or where the new one opens if that comes first.
     */
    private static void push(String text, Deque<Open> open, Open o, List<Quote> quotes) {
        if (o.kind != Kind.SINGLE) {
            Iterator<Open> it = open.iterator();
            int depth = 0;
            while (it.hasNext()) {
                Open earlier = it.next();
                if (earlier.kind == o.kind) {
                    for (int k = 0; k <= depth; k++) {
                        open.pop();
                    }
                    int end = Math.min(sentenceEnd(text, earlier.at + earlier.length, o.at), lastNonSpace(text, o.at));
                    if (end > earlier.at + earlier.length) {
                        add(text, earlier, end, end, quotes);
                    }
                    break;
                }
                depth++;
            }
        }
        open.push(o);
    }

    /** Closes the innermost open quote of one of {@code kinds}; unclosed quotes inside it are dropped. */
    private static boolean close(String text, Deque<Open> open, int at, int length, Set<Kind> kinds,
                                 List<Quote> quotes) {
        Iterator<Open> it = open.iterator();
        int depth = 0;
        while (it.hasNext()) {
            Open o = it.next();
            if (kinds.contains(o.kind)) {
                for (int k = 0; k <= depth; k++) {
                    open.pop();
                }
                add(text, o, at + length, at, quotes);
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
            if ((o.kind == Kind.GUILLEMET || o.kind == Kind.CURLY) && end > o.at + 1) {
                add(text, o, end, end, quotes);
            }
        }
    }

    private static void add(String text, Open o, int end, int innerEnd, List<Quote> quotes) {
        int b = o.at + o.length;
        int e = innerEnd;
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (b < e) {
            quotes.add(new Quote(new Span(o.at, end), new Span(b, e)));
        }
    }

    /** Just after the first ". ", "! " or "? " in {@code [from, to)}, else {@code to}. */
    private static int sentenceEnd(String text, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (".!?".indexOf(text.charAt(i)) >= 0 && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return to;
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

    private static boolean opensAfter(String text, int i) {
        return i == 0 || Character.isWhitespace(text.charAt(i - 1)) || OPENING_CONTEXT.indexOf(text.charAt(i - 1)) >= 0;
    }

    /** A mark of {@code length} characters glued to the end of a word, before white space or punctuation: "equo“." */
    private static boolean closesWord(String text, int i, int length) {
        int after = i + length;
        return i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && OPENING_CONTEXT.indexOf(text.charAt(i - 1)) < 0
                && (after >= text.length() || Character.isWhitespace(text.charAt(after))
                        || CLOSING_CONTEXT.indexOf(text.charAt(after)) >= 0 || text.charAt(after) == '"');
    }

    /** The kinds of quotation marks, each closed by its own kind. */
    private enum Kind { GUILLEMET, CURLY, STRAIGHT, SINGLE }

    private record Open(int at, Kind kind, int length) {
    }
}
