package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input through the real CLI: each case puts one troublesome file beside a good article and
 * converts the folder. The trouble is named on one line, the good article still comes out, the
 * exit code says whether anything failed, and no partial file is left behind.
 */
class BadInputTest {

    private static final String GOOD = "Il presidente russo Vladimir Putin ha incontrato Kim Jong-un a Pyongyang.\n";

    /** What a case writes into the folder beside good.txt. */
    interface Setup {
        void write(Path dir) throws IOException;
    }

    /** A case that adds a path of its own to the command line, beside the articles' folder. */
    interface ExtraPath extends Setup {
        Path extra(Path dir) throws IOException;

        @Override
        default void write(Path dir) {
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                failing("empty file", "empty.txt", d -> Files.write(d.resolve("empty.txt"), new byte[0]), "no text"),
                failing("whitespace only", "blank.txt", d -> Files.writeString(d.resolve("blank.txt"), " \n\t\n  \r\n"),
                        "no text"),
                failing("a PNG image", "image.txt", d -> Files.write(d.resolve("image.txt"), png()), "not a text file"),
                failing("random bytes", "noise.txt", d -> Files.write(d.resolve("noise.txt"), noise()),
                        "not a text file"),
                failing("a 50 MB article", "huge.txt", d -> Files.writeString(d.resolve("huge.txt"),
                        "La Russia ha inviato missili. ".repeat(50 * 1024 * 1024 / 30)), "too large"),
                failing("a folder with no article", "nothing", (ExtraPath) d -> Files.createDirectories(
                        d.resolve("nothing")), "holds no article"),
                failing("a missing path", "absent.txt", (ExtraPath) d -> d.resolve("absent.txt"), "no such file"),
                failing("a malformed date in metadata.tsv", "metadata.tsv", d -> Files.writeString(
                        d.resolve("metadata.tsv"), "file\tpublisher\tpublished\ngood.txt\tAgenzia\t30/11/2024\n"),
                        "not an ISO date"),
                failing("a metadata row with a missing column", "metadata.tsv", d -> Files.writeString(
                        d.resolve("metadata.tsv"), "file\tpublisher\tpublished\ngood.txt\t2024-11-30\n"),
                        "columns"),
                passing("Windows-1252", "cp1252.txt", d -> Files.write(d.resolve("cp1252.txt"),
                        "Perché la Corea del Nord “nega” l’invio di truppe.\n".getBytes(Charset.forName("windows-1252"))),
                        "Perché la Corea del Nord “nega” l’invio"),
                passing("Latin-1", "latin1.txt", d -> Files.write(d.resolve("latin1.txt"),
                        "La città di Mosca è lontana.\n".getBytes(StandardCharsets.ISO_8859_1)), "città di Mosca è"),
                passing("UTF-8 with a BOM", "bom.txt", d -> Files.write(d.resolve("bom.txt"),
                        concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                                "Kim Jong-un ha visitato Mosca.\n".getBytes(StandardCharsets.UTF_8))),
                        "\"Kim Jong-un ha visitato Mosca."),
                passing("mixed line endings", "endings.txt", d -> Files.writeString(d.resolve("endings.txt"),
                        "Prima riga.\r\nSeconda riga.\rTerza riga.\nQuarta riga.\n"),
                        "Prima riga.\\nSeconda riga.\\nTerza riga.\\nQuarta riga."),
                passing("an HTML page", "page.txt", d -> Files.writeString(d.resolve("page.txt"),
                        "<!DOCTYPE html><html><head><title>Notizie</title><script>var x = 1;</script></head>"
                                + "<body><nav>Home | Esteri</nav><article><h1>Lavrov a Pyongyang</h1>"
                                + "<p>Sergei Lavrov &egrave; arrivato a Pyongyang.</p></article></body></html>"),
                        "Sergei Lavrov è arrivato a Pyongyang."),
                passing("a 5 MB line with no sentence end", "line.txt", d -> Files.writeString(d.resolve("line.txt"),
                        "la Russia e la Corea del Nord ".repeat(5 * 1024 * 1024 / 30)), "la Russia e la Corea del Nord"),
                passing("unbalanced quotes", "quotes.txt", d -> Files.writeString(d.resolve("quotes.txt"),
                        "Lavrov ha detto: «Siamo pronti.\n\nKim ha risposto “bene. E poi \" ancora.\n"), "Siamo pronti."),
                passing("control characters and a lone surrogate", "control.txt", d -> Files.write(
                        d.resolve("control.txt"), concat("Mosca\u0007 e\u0000".getBytes(StandardCharsets.UTF_8),
                                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                                " Pyongyang firmano un patto.\n".getBytes(StandardCharsets.UTF_8))),
                        "Pyongyang firmano un patto."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void namesTheProblemAndKeepsTheRest(String name, String file, Setup setup, boolean fails, String expected,
                                        @TempDir Path dir) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("good.txt"), GOOD);
        setup.write(articles);
        List<String> args = new ArrayList<>(List.of("convert", articles.toString(), "--format", "nq", "-o",
                dir.resolve("out.nq").toString()));
        if (setup instanceof ExtraPath extra) {
            args.add(1, extra.extra(articles).toString());
        }
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));

        String output = Files.readString(dir.resolve("out.nq"));
        Dataset parsed = DatasetFactory.create();
        RDFDataMgr.read(parsed, dir.resolve("out.nq").toString());
        assertTrue(output.contains("Vladimir Putin ha incontrato Kim Jong-un"), "the good article is converted");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("articles", "out.nq"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no partial output left behind");
        }
        if (fails) {
            assertEquals(1, code, err.toString());
            List<String> lines = err.toString().lines().filter(l -> l.contains(file)).toList();
            assertEquals(1, lines.size(), "one line names " + file + ":\n" + err);
            assertTrue(lines.get(0).contains(expected), lines.get(0));
        } else {
            assertEquals(0, code, err.toString());
            assertTrue(output.contains(expected), "output holds " + expected);
            assertFalse(output.contains("\\r"), "no carriage returns in the text");
            assertFalse(output.contains("\\uFEFF") || output.contains("\uFEFF"), "no byte-order mark in the text");
        }
    }

    @Test
    void namesAFileItMayNotRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), GOOD);
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(secret), "running as a user who reads every file (root): nothing to refuse");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"convert", secret.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertEquals(1, code);
        assertTrue(err.toString().contains("secret.txt: cannot read"), err.toString());
    }

    private static Arguments failing(String name, String file, Setup setup, String problem) {
        return Arguments.of(name, file, setup, true, problem);
    }

    private static Arguments passing(String name, String file, Setup setup, String text) {
        return Arguments.of(name, file, setup, false, text);
    }

    private static byte[] png() {
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        return concat(header, noise());
    }

    private static byte[] noise() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
