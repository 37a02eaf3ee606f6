package org.newsgraph.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules out the positions of a text where a match of one pattern cannot start, from the characters found there.
 * A prefix is ruled out when the pattern, run on that prefix alone, neither matches nor runs off its end
 * ({@link Matcher#hitEnd}: more input could match): a match at a position reads the same characters, so it
 * would have failed the same way. A prefix the pattern already matches lets the position through at once.
 * The prefixes form a trie that grows, one character at a time, only where texts reach it, so a rule costs next
 * to nothing at words it cannot start ("il presidente" is ruled out at "il p" for a date).
 * <p>
 * Characters of Latin-1 and those the regex writes literally ("’", "–") are told apart; any other character,
 * a prefix longer than {@link #MAX_DEPTH} or a trie grown past {@link #MAX_NODES} lets the position through.
 */
public final class PrefixGate {

    private static final char LATIN_1_END = 0x100;
    private static final int MAX_DEPTH = 24;
    private static final int MAX_NODES = 2048;
    /** The branches of a prefix past which anything may follow. */
    private static final Branches ANYTHING = new Branches(new char[0], new Node[0]);

    private final Pattern pattern;
    private final char[] alphabet;
    private final Node root;
    /** A prefix that the pattern already matches: the position is let through without reading further. */
    private final Node matched = new Node("", ANYTHING);
    private final AtomicInteger grown = new AtomicInteger();

    private PrefixGate(Pattern pattern, boolean open) {
        this.pattern = pattern;
        this.root = open ? matched : new Node("");
        StringBuilder chars = new StringBuilder();
        for (char c = 0; c < LATIN_1_END; c++) {
            chars.append(c);
        }
        pattern.pattern().chars().filter(c -> c >= LATIN_1_END).distinct().sorted().forEach(c -> chars.append((char) c));
        this.alphabet = chars.toString().toCharArray();
    }

    /**
     * The gate of {@code pattern}; an {@link #isOpen() open} one when a prefix on its own could fail where the same
     * characters in a text match: a positive lookbehind, a word boundary or {@code \G} looks before the match.
     */
    public static PrefixGate of(Pattern pattern) {
        String regex = pattern.pattern();
        boolean looksBack = regex.contains("(?<=") || regex.contains("\\b") || regex.contains("\\B") || regex.contains("\\G");
        return new PrefixGate(pattern, looksBack);
    }

    /** True when the gate lets every position through. */
    public boolean isOpen() {
        return root == matched;
    }

    /** False only when no match of the pattern starts with {@code c}. */
    boolean mayStartWith(char c) {
        Branches branches = root.branches();
        return branches == ANYTHING || !inAlphabet(c) || Arrays.binarySearch(branches.chars(), c) >= 0;
    }

    /** False only when no match of the pattern starts at {@code at} in {@code text}. */
    public boolean mayStartAt(CharSequence text, int at) {
        Node node = root;
        for (int i = at; i < text.length(); i++) {
            Branches branches = node.branches();
            if (branches == ANYTHING) {
                return true;
            }
            char c = text.charAt(i);
            if (!inAlphabet(c)) {
                return true;
            }
            int k = Arrays.binarySearch(branches.chars(), c);
            if (k < 0) {
                return false;
            }
            node = branches.next()[k];
        }
        return true;
    }

    private boolean inAlphabet(char c) {
        return c < LATIN_1_END || Arrays.binarySearch(alphabet, LATIN_1_END, alphabet.length, c) >= 0;
    }

    /** The characters that may follow a prefix, in order, and the prefixes they lead to. */
    private record Branches(char[] chars, Node[] next) {
    }

    /** A prefix that may start a match; its branches are found the first time a text reaches it. */
    private final class Node {
        private final String prefix;
        private volatile Branches branches;

        Node(String prefix) {
            this.prefix = prefix;
        }

        Node(String prefix, Branches branches) {
            this.prefix = prefix;
            this.branches = branches;
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
            StringBuilder chars = new StringBuilder();
            List<Node> next = new ArrayList<>();
            Matcher m = pattern.matcher("");
            for (char c : alphabet) {
                m.reset(prefix + c);
                if (m.lookingAt()) {
                    chars.append(c);
                    next.add(matched);
                } else if (m.hitEnd()) {
                    chars.append(c);
                    next.add(new Node(prefix + c));
                }
            }
            return new Branches(chars.toString().toCharArray(), next.toArray(Node[]::new));
        }
    }
}
