package org.newsgraph.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.document.NewsgraphException;

/**
 * Reads an article file into clean Unicode text: UTF-8 (with or without BOM), UTF-16 with a BOM, or, when
 * the bytes are not valid UTF-8, Windows-1252; line endings become LF, the text is NFC, control characters become spaces,
 * and a saved web page is reduced to the text of its article. Binary and empty files are refused.
 */
public final class ArticleReader {

    /** Largest file taken for an article; a 5 MB article is already far beyond any real one. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** Share of control characters (NUL included) above which a file is taken for binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    /** A few stray control characters in a short text are noise to clean, not a sign of binary content. */
    private static final int MIN_CONTROLS = 8;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** How far into a page a {@code <meta charset>} is looked for, as browsers do. */
    private static final int META_SCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");

    private ArticleReader() {
    }

    /** The text of {@code path}; {@code name} is how messages call the file (the path as the user gave it). */
    public static String read(Path path, String name) {
        return decode(bytes(path, name), name);
    }

    /** The bytes of an article file, refused when larger than {@link #MAX_BYTES}. */
    public static byte[] bytes(Path path, String name) {
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw NewsgraphException.failure(name + ": too large (" + size / (1024 * 1024) + " MB; an article may have at most "
                        + MAX_BYTES / (1024 * 1024) + " MB)");
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw NewsgraphException.failure(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * A saved web page's article and metadata; its bytes are UTF-8 when valid UTF-8 whatever the page declares
     * (servers and pages often declare wrongly), else the charset {@code declared} by a server or the page's
     * {@code <meta charset>}, else Windows-1252.
     */
    public static WebPage page(byte[] bytes, Optional<String> declared, String name, String baseUri) {
        if (looksBinary(bytes)) {
            throw notText(name);
        }
        String html = normalise(pageChars(bytes, declared));
        if (isMostlyControl(html)) {
            throw notText(name);
        }
        WebPage page = WebPage.parse(html, baseUri);
        String text = normalise(page.text());
        if (text.isBlank()) {
            throw NewsgraphException.failure(name + ": no text in the page");
        }
        return new WebPage(text, page.headline(), page.published(), page.publisher(), page.author(), page.language(),
                page.canonicalUrl());
    }

    /** The characters of a page's bytes, by the rule {@link #page} gives. */
    public static String pageChars(byte[] bytes, Optional<String> declared) {
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, StandardCharsets.UTF_16).replace("\uFEFF", "");
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException notUtf8) {
            Optional<Charset> charset = declared.or(() -> metaCharset(bytes)).flatMap(ArticleReader::charset)
                    .filter(c -> !c.equals(StandardCharsets.UTF_8));
            return decodeReplacing(charset.orElse(WINDOWS_1252), bytes, start);
        }
    }

    /** The charset a page's {@code <meta>} declares in its first kilobytes, as jsoup would find it. */
    private static Optional<String> metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> charset(String name) {
        try {
            return Optional.of(Charset.forName(name.strip()));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** The text of an article's bytes, as {@link #read} gives it. */
    public static String decode(byte[] bytes, String name) {
        String text;
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            // UTF-16 with its byte-order mark, as Windows editors save "Unicode" text: its NULs are not binary.
            text = new String(bytes, StandardCharsets.UTF_16).replace("\uFEFF", "");
        } else if (looksBinary(bytes)) {
            throw notText(name);
        } else {
            text = toChars(bytes);
        }
        if (isMostlyControl(text)) {
            throw notText(name);
        }
        text = normalise(text);
        if (WebPage.isHtml(text)) {
            text = normalise(WebPage.parse(text, "").text());
        }
        if (text.isBlank()) {
            throw NewsgraphException.failure(name + ": no text");
        }
        return text;
    }

    /**
     * LF line ends, NFC, no-break and exotic spaces as plain spaces, zero-width marks removed, other control
     * characters and lone surrogates replaced by a space. No offsets exist yet, so lengths may change.
     */
    public static String normalise(String raw) {
        String s = raw.replace("\r\n", "\n").replace('\r', '\n');
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append(' ');
            } else if (c == '\n' || c == '\t') {
                out.append(c);
            } else if (c == '\u2028') {
                out.append('\n');
            } else if (c == '\u2029') {
                out.append("\n\n");
            } else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                    || c == '\u00AD') {
                continue;
            } else if (Character.isISOControl(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String toChars(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in).toString();
        } catch (CharacterCodingException notUtf8) {
            if (shapedLikeUtf8(bytes, start)) {
                // UTF-8 with a few invalid sequences (an encoded lone surrogate, an overlong form): keep the
                // accents right and turn only the bad sequences into spaces.
                return decodeReplacing(StandardCharsets.UTF_8, bytes, start);
            }
            // Windows-1252 is a superset of Latin-1's printable range; its five unassigned bytes become spaces.
            return decodeReplacing(WINDOWS_1252, bytes, start);
        }
    }

    private static String decodeReplacing(Charset charset, byte[] bytes, int start) {
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith(" ").decode(in).toString();
        } catch (CharacterCodingException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }

    /** Every byte above 0x7F belongs to a lead byte followed by the right number of continuation bytes. */
    private static boolean shapedLikeUtf8(byte[] bytes, int start) {
        int i = start;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int len = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (len == 0 || i + len > bytes.length) {
                return false;
            }
            for (int k = 1; k < len; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += len;
        }
        return true;
    }

    /** Known binary formats by their first bytes; anything else is judged by its share of control characters. */
    private static boolean looksBinary(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G') || startsWith(bytes, '%', 'P', 'D', 'F')
                || startsWith(bytes, 'G', 'I', 'F', '8') || startsWith(bytes, 0xFF, 0xD8, 0xFF)
                || startsWith(bytes, 'P', 'K', 3, 4)) {
            return true;
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** More than {@value #MIN_CONTROLS} control characters making more than 5% of the text. */
    private static boolean isMostlyControl(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == '\uFFFD') {
                control++;
            }
        }
        return control > MIN_CONTROLS && control > MAX_CONTROL_SHARE * text.length();
    }

    private static NewsgraphException notText(String name) {
        return NewsgraphException.failure(name + ": not a text file (binary content)");
    }
}
