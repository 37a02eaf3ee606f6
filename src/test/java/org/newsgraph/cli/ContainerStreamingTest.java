package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * JSON Lines files and web archives are read a line or a record at a time while converting: a bad line or record
 * is one line naming it and the rest goes on, and a file far larger than the heap converts. Feeds are read whole,
 * so their size is bounded.
 */
class ContainerStreamingTest {

    /** Writes the inputs into a folder. */
    interface Setup {
        void write(Path dir) throws IOException;
    }

    private static final String MET = "The foreign minister of Austria met the foreign minister of Italy in Vienna.";
    /** A line past the 20 M characters a line may have. */
    private static final int TOO_LONG = 21 * 1024 * 1024;

    private static String line(String text, String url) {
        return "{\"text\": \"" + text + "\", \"url\": \"" + url + "\", \"date\": \"2024-12-05\", \"language\": \"en\"}\n";
    }

    /** Name, inputs, exit code, articles converted, lines the messages must hold. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("a line longer than the bound is skipped without being kept; the lines after it go on",
                        (Setup) d -> {
                            try (BufferedWriter w = Files.newBufferedWriter(d.resolve("a.jsonl"))) {
                                w.write(line(MET, "https://example.org/a/1"));
                                w.write("{\"text\": \"" + "x".repeat(TOO_LONG) + "\"}\n");
                                w.write(line(MET, "https://example.org/a/3"));
                            }
                        }, 1, 2, List.of("a.jsonl:2: line longer than 20 M characters; skipped")),
                Arguments.of("malformed UTF-8 in one line is replaced, and the lines after it are read", (Setup) d -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.write(line(MET, "https://example.org/b/1").getBytes(StandardCharsets.UTF_8));
                    String visit = line("The president of France visited Spain, said the caf# owner.", "https://example.org/b/2");
                    out.write(visit.substring(0, visit.indexOf('#')).getBytes(StandardCharsets.UTF_8));
                    out.write(new byte[] {(byte) 0xC3, (byte) 0x28});
                    out.write(visit.substring(visit.indexOf('#') + 1).getBytes(StandardCharsets.UTF_8));
                    out.write(line(MET, "https://example.org/b/3").getBytes(StandardCharsets.UTF_8));
                    Files.write(d.resolve("b.jsonl"), out.toByteArray());
                }, 0, 3, List.of()),
                Arguments.of("a repeated address is converted once, with a warning naming the line", (Setup) d ->
                        Files.writeString(d.resolve("c.jsonl"), line(MET, "https://example.org/c/1")
                                + line(MET + " Again.", "https://example.org/c/1")),
                        0, 1, List.of("warning: ", "c.jsonl:2: the same article (https://example.org/c/1) as an earlier"
                                + " record; that one is kept")),
                Arguments.of("a web archive broken after two records keeps those two and names where it broke",
                        (Setup) ContainerStreamingTest::writeBrokenArchive, 1, 2,
                        List.of("crawl.warc: unreadable after record 2 (offset ")),
                Arguments.of("a feed larger than the bound is refused in one line; the other files go on", (Setup) d -> {
                    Files.writeString(d.resolve("d.jsonl"), line(MET, "https://example.org/d/1"));
                    try (BufferedWriter w = Files.newBufferedWriter(d.resolve("huge.rss"))) {
                        w.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title>");
                        String item = "<item><title>Item</title><description>" + MET + "</description></item>";
                        for (int i = 0; i < TOO_LONG / item.length() + 1; i++) {
                            w.write(item);
                        }
                        w.write("</channel></rss>");
                    }
                }, 1, 1, List.of("huge.rss: feed larger than 20 MB; not read")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aBadLineOrRecordIsNamedAndTheRestGoesOn(String name, Setup setup, int exitCode, int articles,
                                                 List<String> messages, @TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        setup.write(in);
        Path out = dir.resolve("out.nq");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"convert", in.toString(), "--format", "nq", "-o", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(exitCode, code, err.toString());
        assertEquals(articles, graphs(out).size(), err.toString());
        messages.forEach(m -> assertTrue(err.toString().contains(m), "messages hold " + m + ":\n" + err));
        err.toString().lines().forEach(l -> assertTrue(l.startsWith("newsgraph") && l.length() < 400, "one line: " + l));
    }

    /**
     * A JSON Lines export of 100 MB converts in a JVM with a 64 MB heap: the file is read a line at a time, and a
     * line already converted is not kept. Its lines past the twentieth repeat the first address (an export that
     * holds each update of a story), so only twenty are converted and the test stays quick.
     */
    @Test
    void aJsonLinesFileLargerThanTheHeapConverts(@TempDir Path dir) throws Exception {
        Path export = dir.resolve("export.jsonl");
        String filler = "The delegation spoke about trade and about the weather. ".repeat(18_000);
        try (BufferedWriter w = Files.newBufferedWriter(export)) {
            for (int i = 0; i < 20; i++) {
                w.write(line(MET + " Meeting " + i + ".", "https://example.org/export/" + i));
            }
            for (int i = 0; i < 100; i++) {
                w.write(line(filler + i, "https://example.org/export/0"));
            }
        }
        assertTrue(Files.size(export) > 100_000_000L, "larger than the heap: " + Files.size(export));
        Path out = dir.resolve("out.nq");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "convert", export.toString(), "--format", "nq", "-o", out.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output.lines().filter(l -> !l.contains("the same article")).toList().toString());
        assertTrue(output.contains("wrote 20 article(s)"), output.lines().filter(l -> !l.contains("same article")).toList()
                .toString());
        assertEquals(20, graphs(out).size());
    }

    private static List<String> graphs(Path nq) throws IOException {
        if (!Files.exists(nq)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(nq)) {
            return lines.map(l -> l.substring(l.lastIndexOf(" <") + 1)).distinct().toList();
        }
    }

    /** Three page records, the third one's header damaged so that no record after the second can be found. */
    private static void writeBrokenArchive(Path dir) throws IOException {
        Path file = dir.resolve("crawl.warc");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), WarcCompression.NONE)) {
            for (int i = 1; i <= 3; i++) {
                String html = "<html><body><p>The president of Chile met the president of Peru in Lima, visit " + i
                        + ".</p></body></html>";
                writer.write(new WarcResponse.Builder(URI.create("https://archive.example.org/visit/" + i))
                        .date(Instant.parse("2024-12-04T10:00:00Z"))
                        .body(new HttpResponse.Builder(200, "OK")
                                .body(MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8)).build()).build());
            }
        }
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        List<Integer> starts = new ArrayList<>();
        for (int at = text.indexOf("WARC/1."); at >= 0; at = text.indexOf("WARC/1.", at + 1)) {
            starts.add(at);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(text.substring(0, starts.get(2)).getBytes(StandardCharsets.ISO_8859_1));
            out.write(("GARBAGE" + text.substring(starts.get(2) + 7)).getBytes(StandardCharsets.ISO_8859_1));
        }
    }
}
