package org.newsgraph.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules out the positions of a text where a match of a pattern cannot start, from the characters found there.
 * A prefix is ruled out when the pattern, run on that prefix alone, neither matches nor runs off its end
 * ({@link Matcher#hitEnd}: more input could match): a match at a position reads the same characters, so it
 * would have failed the same way. A prefix the pattern already matches lets the position through at once.
 * The prefixes form a trie that grows, one character at a time, only where texts reach it, so a rule costs next
 * to nothing at words it cannot start ("il presidente" is ruled out at "il p" for a date). One gate serves up to
 * 64 patterns, so that one walk of the trie answers for all of them.
 * <p>
 * Characters of Latin-1 and those the regexes write literally ("’", "–"; no surrogates) are told apart; any
 * other character, a prefix longer than {@link #MAX_DEPTH} or a trie grown past {@link #MAX_NODES} lets the position
 * through.
 */
public final class PrefixGate {

    private static final char LATIN_1_END = 0x100;
    private static final int MAX_DEPTH = 24;
    private static final int MAX_NODES = 4096;
    private static final int MAX_PATTERNS = Long.SIZE;
    /** The branches of a prefix past which anything may follow. */
    private static final Branches ANYTHING = new Branches(new char[0], new long[0], new long[0], new Node[0]);

    private final List<Pattern> patterns;
    /** The patterns that look before their match: never ruled out. */
    private final long open;
    private final char[] alphabet;
    private final Node root;
    private final AtomicInteger grown = new AtomicInteger();

    private PrefixGate(List<Pattern> patterns) {
        if (patterns.isEmpty() || patterns.size() > MAX_PATTERNS) {
            throw new IllegalArgumentException("a gate serves 1 to " + MAX_PATTERNS + " patterns: " + patterns.size());
        }
        this.patterns = List.copyOf(patterns);
        long looksBack = 0;
        StringBuilder chars = new StringBuilder();
        for (char c = 0; c < LATIN_1_END; c++) {
            chars.append(c);
        }
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < patterns.size(); i++) {
            String regex = patterns.get(i).pattern();
            if (regex.contains("(?<=") || regex.contains("\\b") || regex.contains("\\B") || regex.contains("\\G")) {
                looksBack |= 1L << i;
            }
            literal.append(regex);
        }
        // a surrogate cut from its pair fails where the whole character could match, so it is never told apart
        literal.chars().filter(c -> c >= LATIN_1_END && !Character.isSurrogate((char) c)).distinct().sorted()
                .forEach(c -> chars.append((char) c));
        this.alphabet = chars.toString().toCharArray();
        this.open = looksBack;
        this.root = new Node("", all(patterns.size()) & ~looksBack);
    }

    /** The gate of one pattern. */
    public static PrefixGate of(Pattern pattern) {
        return new PrefixGate(List.of(pattern));
    }

    /** The gate of 1 to 64 patterns, each known by its index in the list. */
    public static PrefixGate of(List<Pattern> patterns) {
        return new PrefixGate(patterns);
    }

    /**
     * The patterns that the gate never rules out, since a prefix on its own could fail where the same characters
     * in a text match: a positive lookbehind, a word boundary or {@code \G} looks before the match.
     */
    public long open() {
        return open;
    }

    /** False only when no match of any of the patterns starts at {@code at} in {@code text}. */
    public boolean mayStartAt(CharSequence text, int at) {
        return mayStartAt(text, at, all(patterns.size())) != 0;
    }

    /**
     * Of the {@code wanted} patterns (bit i for pattern i; bits past the last pattern are ignored), those a match of
     * which may start at {@code at}.
     */
    public long mayStartAt(CharSequence text, int at, long wanted) {
        long through = wanted & open;
        long live = wanted & root.patterns;
        Node node = root;
        for (int i = at; live != 0 && i < text.length(); i++) {
            Branches branches = node.branches();
            char c = text.charAt(i);
            if (branches == ANYTHING || !inAlphabet(c)) {
                return through | live;
            }
            int k = Arrays.binarySearch(branches.chars(), c);
            if (k < 0) {
                return through;
            }
            through |= live & branches.matched()[k];
            live &= branches.going()[k];
            node = branches.next()[k];
        }
        return through | live;
    }

    private static long all(int n) {
        return -1L >>> (MAX_PATTERNS - n);
    }

    private boolean inAlphabet(char c) {
        return c < LATIN_1_END || Arrays.binarySearch(alphabet, LATIN_1_END, alphabet.length, c) >= 0;
    }

    /**
     * The characters that may follow a prefix, in order; for each, the patterns that the longer prefix already
     * matches, those that may match beyond it, and the node of that prefix (null when none may).
     */
    private record Branches(char[] chars, long[] matched, long[] going, Node[] next) {
    }

    /** A prefix that the {@code patterns} may match beyond; its branches are found the first time a text reaches it. */
    private final class Node {
        private final String prefix;
        private final long patterns;
        private volatile Branches branches;

        Node(String prefix, long patterns) {
            this.prefix = prefix;
            this.patterns = patterns;
        }

        /** Computed at most a few times over when threads race: every computation gives the same branches. */
        Branches branches() {
            Branches b = branches;
            if (b == null) {
                b = grow();
                branches = b;
            }
            return b;
        }

        private Branches grow() {
            if (prefix.length() >= MAX_DEPTH || grown.incrementAndGet() > MAX_NODES) {
                return ANYTHING;
            }
            List<Matcher> matchers = new ArrayList<>();
            for (long p = patterns; p != 0; p &= p - 1) {
                matchers.add(PrefixGate.this.patterns.get(Long.numberOfTrailingZeros(p)).matcher(""));
            }
            StringBuilder chars = new StringBuilder();
            List<long[]> found = new ArrayList<>();
            for (char c : alphabet) {
                String longer = prefix + c;
                long matched = 0;
                long going = 0;
                int k = 0;
                for (long p = patterns; p != 0; p &= p - 1, k++) {
                    Matcher m = matchers.get(k).reset(longer);
                    if (m.lookingAt()) {
                        matched |= Long.lowestOneBit(p);
                    } else if (m.hitEnd()) {
                        going |= Long.lowestOneBit(p);
                    }
                }
                if ((matched | going) != 0) {
                    chars.append(c);
                    found.add(new long[] {matched, going});
                }
            }
            int n = chars.length();
            long[] matched = new long[n];
            long[] going = new long[n];
            Node[] next = new Node[n];
            for (int k = 0; k < n; k++) {
                matched[k] = found.get(k)[0];
                going[k] = found.get(k)[1];
                next[k] = going[k] == 0 ? null : new Node(prefix + chars.charAt(k), going[k]);
            }
            return new Branches(chars.toString().toCharArray(), matched, going, next);
        }
    }
}
