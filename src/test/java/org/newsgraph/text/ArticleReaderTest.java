package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.document.NewsgraphException;

/** File bytes written for this test and the text the reader gives, or the message it refuses them with. */
class ArticleReaderTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    static Stream<Arguments> texts() {
        String html = "<!DOCTYPE html>\n<html><head><title>Sito</title><style>p { color: red; }</style></head>"
                + "<body><nav><a href=\"/\">Home</a> <a href=\"/esteri\">Esteri</a></nav><header>Il Quotidiano</header>"
                + "<article><h1>Kim a Mosca</h1>\n<p>Il leader nordcoreano &egrave; arrivato\n    &#171;in treno&#187;.</p>"
                + "<p>Poi&nbsp;ha parlato con Putin &amp; Lavrov.<br>Nessuno ha risposto&hellip;</p>"
                + "<script>var x = \"<p>no</p>\";</script><aside>Leggi anche</aside></article>"
                + "<footer>Copyright</footer></body></html>";
        return Stream.of(
                Arguments.of("UTF-8", "Città più sicura: «Sì», ha detto.".getBytes(StandardCharsets.UTF_8),
                        "Città più sicura: «Sì», ha detto."),
                Arguments.of("UTF-8 with BOM", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        "Perché no?".getBytes(StandardCharsets.UTF_8)), "Perché no?"),
                Arguments.of("Windows-1252 smart quotes and accents", "“Già”, è così – disse.".getBytes(CP1252),
                        "“Già”, è così – disse."),
                Arguments.of("Latin-1", "Il caffè è già pronto, però.".getBytes(StandardCharsets.ISO_8859_1),
                        "Il caffè è già pronto, però."),
                Arguments.of("Windows-1252 bytes it leaves unassigned become spaces, never U+FFFD",
                        new byte[] {'c', 'a', 'f', 'f', (byte) 0xE8, ' ', (byte) 0x81, ' ', 'o', 'k'}, "caffè   ok"),
                Arguments.of("UTF-16 with byte-order mark", "\uFEFFKim è a Mosca.".getBytes(StandardCharsets.UTF_16LE),
                        "Kim è a Mosca."),
                Arguments.of("UTF-8 with one invalid sequence keeps its accents", concat(
                        "Città\0 e\u0007".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        " più.".getBytes(StandardCharsets.UTF_8)), "Città  e   più."),
                Arguments.of("CRLF and CR line ends", "Uno.\r\nDue.\r\rTre.".getBytes(StandardCharsets.UTF_8),
                        "Uno.\nDue.\n\nTre."),
                Arguments.of("decomposed accents become NFC", "perche\u0301 e\u0300".getBytes(StandardCharsets.UTF_8),
                        "perché è"),
                Arguments.of("a stray control character and a no-break space become spaces",
                        "Un testo abbastanza lungo con un\u0007carattere di controllo e\u00A0uno spazio."
                                .getBytes(StandardCharsets.UTF_8),
                        "Un testo abbastanza lungo con un carattere di controllo e uno spazio."),
                Arguments.of("zero-width marks go", "Pyong\u200Byang e\uFEFF Seul".getBytes(StandardCharsets.UTF_8),
                        "Pyongyang e Seul"),
                Arguments.of("HTML page", html.getBytes(StandardCharsets.UTF_8),
                        "Kim a Mosca\n\nIl leader nordcoreano è arrivato «in treno».\n\n"
                                + "Poi ha parlato con Putin & Lavrov.\nNessuno ha risposto…"),
                Arguments.of("HTML page without article element",
                        "<html><body><header>Testata</header><div><p>Primo &quot;paragrafo&quot;.</p><p>Secondo &#x2014; fine.</p></div></body></html>"
                                .getBytes(StandardCharsets.UTF_8),
                        "Primo \"paragrafo\".\n\nSecondo — fine."),
                Arguments.of("HTML fragment, mostly tags", "<div><p>Uno.</p><p>Due &lt; tre.</p><p>Tre.</p></div>"
                        .getBytes(StandardCharsets.UTF_8), "Uno.\n\nDue < tre.\n\nTre."),
                Arguments.of("plain text with a less-than sign stays as it is",
                        "Meno di 10.000 soldati: a < b, dice.".getBytes(StandardCharsets.UTF_8),
                        "Meno di 10.000 soldati: a < b, dice."));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("texts")
    void decodesAndNormalises(String what, byte[] bytes, String expected) throws IOException {
        Path file = dir.resolve("articolo.txt");
        Files.write(file, bytes);
        assertEquals(expected, ArticleReader.read(file, "articolo.txt"));
    }

    static Stream<Arguments> refusals() {
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 3 == 0 ? 'a' : 1 + i % 7);
        }
        return Stream.of(
                Arguments.of("x.txt", new byte[0], "x.txt: no text"),
                Arguments.of("x.txt", " \n\t \r\n ".getBytes(StandardCharsets.UTF_8), "x.txt: no text"),
                Arguments.of("x.txt", "\uFEFF".getBytes(StandardCharsets.UTF_8), "x.txt: no text"),
                Arguments.of("x.txt", "testo in UTF-16 senza BOM".getBytes(StandardCharsets.UTF_16LE),
                        "x.txt: not a text file (binary content)"),
                Arguments.of("x.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
                        "x.png: not a text file (binary content)"),
                Arguments.of("x.pdf", "%PDF-1.7 testo".getBytes(StandardCharsets.US_ASCII),
                        "x.pdf: not a text file (binary content)"),
                Arguments.of("x.txt", controls, "x.txt: not a text file (binary content)"),
                Arguments.of("x.html", "<html><body><script>var a = 1;</script></body></html>".getBytes(StandardCharsets.UTF_8),
                        "x.html: no text"));
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @MethodSource("refusals")
    void refusesWhatIsNoArticle(String name, byte[] bytes, String message) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        NewsgraphException e = assertThrows(NewsgraphException.class, () -> ArticleReader.read(file, name));
        assertEquals(message, e.getMessage());
        assertEquals(NewsgraphException.FAILURE, e.exitCode());
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            all.writeBytes(p);
        }
        return all.toByteArray();
    }
}
