package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.document.Annotation;
import org.newsgraph.document.Document;
import org.newsgraph.document.Sentence;
import org.newsgraph.document.Span;
import org.newsgraph.document.Token;
import org.newsgraph.lang.DataFile;
import org.newsgraph.lang.Language;
import org.newsgraph.pipeline.Stage;

/**
 * Cuts each sentence into word, number and punctuation tokens with exact offsets (reads SENTENCES, writes
 * TOKENS). Italian elision splits after the apostrophe ("dell’Ucraina" → "dell’" "Ucraina", "c’è" → "c’"
 * "è"); apocopes keep theirs ("un po'"); numbers ("10.000", "3,5", "1°", "19.06.2024", "2024-06-19"),
 * hyphenated names ("Kim Jong-un"), abbreviations with their full stop ("sig.", "S.p.A.", "J."), URLs
 * and e-mail addresses are one token each; quotation marks and dashes are tokens of their own. A language's
 * clitics (clitics.txt: English "'s", "n't") are cut off the word they end.
 */
public final class Tokenizer implements Stage {

    private static final String LETTER = "\\p{L}\\p{M}";
    private static final String ALNUM = "\\p{L}\\p{M}\\p{N}";
    private static final String EMAIL = "(?<email>[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)|";
    private static final String OTHERS = String.join("|",
            "(?<url>(?:https?://|www\\.)[^\\s«»“”\"<>]+)",
            "(?<date>\\d{4}-\\d{2}-\\d{2}(?![\\d-])|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}(?![\\d./]\\d))",
            "(?<number>\\d+(?:[.,]\\d+)*[°ºª]?)",
            "(?<elision>[" + LETTER + "]+['’](?=[" + LETTER + "])|[" + LETTER + "]{1,5}['’](?=[«“\"”]))",
            "(?<word>[" + ALNUM + "]+(?:[-‐‑][" + ALNUM + "]+)*)",
            "(?<ellipsis>\\.{3})",
            "(?<other>[\\s\\S])");
    /** With the e-mail alternative, tried only where the run of non-space characters holds an "@". */
    private static final Pattern WITH_EMAIL = Pattern.compile(EMAIL + OTHERS);
    private static final Pattern TOKEN = Pattern.compile(OTHERS);
    private static final String URL_TRAILING = ".,;:!?)]}'\"»”’";

    private final Abbreviations abbreviations;
    private final Set<String> apocopes;
    /** Clitics cut off the word they end (English "'s", "n't"): clitics.txt, where the language has one. */
    private final List<String> clitics;

    public Tokenizer(Language language) {
        this.abbreviations = Abbreviations.of(language);
        this.clitics = language.has("clitics.txt") ? language.lines("clitics.txt") : List.of();
        this.apocopes = (language.has("apocopes.txt") ? language.lines("apocopes.txt") : List.<String>of()).stream()
                .map(s -> s.replace('’', '\'').toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.SENTENCES);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.TOKENS);
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<Sentence> sentences = document.sentences().stream()
                .map(s -> s.withTokens(tokenize(text, s.span()))).toList();
        return document.withSentences(sentences, Annotation.TOKENS);
    }

    /** The tokens of {@code text} inside {@code span}. */
    public List<Token> tokenize(String text, Span span) {
        List<Token> tokens = new ArrayList<>();
        Matcher plain = TOKEN.matcher(text);
        Matcher withEmail = WITH_EMAIL.matcher(text);
        int end = span.end();
        int pos = span.begin();
        int runEnd = pos;
        boolean runHasAt = false;
        while (pos < end) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pos++;
                continue;
            }
            if (pos >= runEnd) {
                runEnd = pos;
                runHasAt = false;
                while (runEnd < end && !Character.isWhitespace(text.charAt(runEnd))) {
                    runHasAt |= text.charAt(runEnd) == '@';
                    runEnd++;
                }
            }
            Matcher m = runHasAt ? withEmail : plain;
            int abbreviation = abbreviationAt(text, pos, end);
            int clitic = pos > 0 && Character.isLetter(text.charAt(pos - 1)) ? cliticAt(text, pos, end) : 0;
            int tokenEnd;
            if (clitic > 0) {
                tokenEnd = pos + clitic;
            } else if (abbreviation > 0) {
                tokenEnd = pos + abbreviation;
            } else {
                m.region(pos, end);
                if (!m.lookingAt()) {
                    throw new IllegalStateException("no token at " + pos);
                }
                tokenEnd = m.end();
                if (m.group("url") != null) {
                    while (tokenEnd > pos + 1 && URL_TRAILING.indexOf(text.charAt(tokenEnd - 1)) >= 0) {
                        tokenEnd--;
                    }
                } else if (m.group("word") != null) {
                    tokenEnd = withoutClitic(text, pos, withApocope(text, pos, tokenEnd, end), end);
                } else if (m.group("elision") != null) {
                    tokenEnd = withoutClitic(text, pos, tokenEnd, end);
                } else if (m.group("other") != null && Character.isHighSurrogate(c) && tokenEnd < end
                        && Character.isLowSurrogate(text.charAt(tokenEnd))) {
                    tokenEnd++;
                }
            }
            tokens.add(new Token(new Span(pos, tokenEnd), text.substring(pos, tokenEnd)));
            pos = tokenEnd;
        }
        return tokens;
    }

    /** A known abbreviation, or an initial ("J." before a capitalised word), starting a token at {@code pos}. */
    private int abbreviationAt(String text, int pos, int end) {
        if (pos > 0 && Character.isLetterOrDigit(text.charAt(pos - 1))) {
            return 0;
        }
        if (!Character.isLetter(text.charAt(pos))) {
            return 0;
        }
        int known = abbreviations.longestAt(text, pos, end);
        if (known > 0) {
            return known;
        }
        if (Character.isUpperCase(text.charAt(pos)) && pos + 2 < end && text.charAt(pos + 1) == '.'
                && Character.isWhitespace(text.charAt(pos + 2))) {
            int k = pos + 2;
            while (k < end && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k < end && Character.isUpperCase(text.charAt(k))) {
                return 2;
            }
        }
        return 0;
    }

    /** The length of a clitic of clitics.txt that starts at {@code pos} and ends its word ("'s" of "Russia's"), or 0. */
    private int cliticAt(String text, int pos, int end) {
        for (String c : clitics) {
            int after = pos + c.length();
            if (after <= end && (after == end || !Character.isLetter(text.charAt(after)))
                    && text.substring(pos, after).replace('’', '\'').equalsIgnoreCase(c)) {
                return c.length();
            }
        }
        return 0;
    }

    /** The end of a word before a clitic that ends it ("Russia" of "Russia's", "did" of "didn't"). */
    private int withoutClitic(String text, int begin, int tokenEnd, int end) {
        if (clitics.isEmpty()) {
            return tokenEnd;
        }
        int wordEnd = begin;
        while (wordEnd < end && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        for (int p = Math.max(begin + 1, wordEnd - 1); p <= wordEnd && p < end; p++) {
            if (cliticAt(text, p, end) > 0) {
                return p;
            }
        }
        return tokenEnd;
    }

    /** "po'" keeps its apostrophe when the word is a known apocope. */
    private int withApocope(String text, int begin, int wordEnd, int end) {
        if (wordEnd < end && (text.charAt(wordEnd) == '\'' || text.charAt(wordEnd) == '’')
                && apocopes.contains(text.substring(begin, wordEnd).toLowerCase(Locale.ROOT) + "'")) {
            return wordEnd + 1;
        }
        return wordEnd;
    }
}
