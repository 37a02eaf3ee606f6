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
import org.newsgraph.cli.NewsgraphException;

/**
 * Reads an article file into clean Unicode text: UTF-8 (with or without BOM), UTF-16 with a BOM, or, when
 * the bytes are not valid UTF-8, Windows-1252; line endings become LF, the text is NFC, control characters become spaces,
 * and a saved web page is reduced to the text of its article. Binary and empty files are refused.
 */
public final class ArticleReader {

    /** Share of control characters above which a file is taken for binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private ArticleReader() {
    }

    /** The text of {@code path}; {@code name} is how messages call the file (the path as the user gave it). */
    public static String read(Path path, String name) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw NewsgraphException.failure(name + ": cannot read: " + e.getMessage(), e);
        }
        return decode(bytes, name);
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
        if (controlShare(text) > MAX_CONTROL_SHARE) {
            throw notText(name);
        }
        text = normalise(text);
        if (HtmlText.isHtml(text)) {
            text = normalise(HtmlText.extract(text));
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
            // Windows-1252 is a superset of Latin-1's printable range; its five unassigned bytes become spaces.
            in.rewind();
            try {
                return WINDOWS_1252.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith(" ")
                        .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            } catch (CharacterCodingException cannotHappen) {
                throw new IllegalStateException(cannotHappen);
            }
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G') || startsWith(bytes, '%', 'P', 'D', 'F')
                || startsWith(bytes, 'G', 'I', 'F', '8') || startsWith(bytes, 0xFF, 0xD8, 0xFF)
                || startsWith(bytes, 'P', 'K', 3, 4)) {
            return true;
        }
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
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

    private static double controlShare(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return (double) control / text.length();
    }

    private static NewsgraphException notText(String name) {
        return NewsgraphException.failure(name + ": not a text file (binary content)");
    }
}
