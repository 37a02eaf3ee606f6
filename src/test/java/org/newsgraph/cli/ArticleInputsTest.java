package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Articles as users keep them — saved pages, feeds, web archives, JSON Lines, with or without metadata.tsv —
 * through the real CLI: each case copies fixtures of src/test/resources/inputs (or writes a WARC with jwarc)
 * into a folder, converts it, and reads the graph and the messages.
 */
class ArticleInputsTest {

    private static final String URL = "<https://schema.org/url> ";
    private static final String DATE = "<https://schema.org/datePublished> ";
    private static final String PUBLISHER = "<https://schema.org/publisher> ";
    private static final String DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom> ";
    private static final String XSD_DATE = "^^<http://www.w3.org/2001/XMLSchema#date>";
    private static final String RECORD_ID = "urn:uuid:0b1c6a2e-5f3d-4c1e-9a77-2d1f3e4a5b6c";

    /** What a case puts into the folder besides the copied fixtures. */
    interface Setup {
        void write(Path dir) throws IOException;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                convert("a page with JSON-LD: headline, day in the publisher's zone, publisher, language, canonical",
                        List.of("page-jsonld.html"), d -> { }, 0, 1,
                        List.of(URL + "<https://news.example.org/world/ministers-meet/>",
                                DATE + "\"2024-12-05\"" + XSD_DATE, PUBLISHER + "\"Daily Sample\"",
                                "<https://schema.org/inLanguage> \"en\"",
                                "<https://schema.org/headline> \"Two ministers meet in Vienna\"",
                                DERIVED + "<file:", "talk about trade", "a spokesperson said"),
                        List.of("Home | World", "Read also", "Copyright", "front page", "Sample Site Name"), List.of()),
                convert("a page with og: and article: meta and no <article>: the block of paragraphs is the text",
                        List.of("page-meta.htm"), d -> { }, 0, 1,
                        List.of(URL + "<https://www.sample-news.example.com/europe/talks-in-paris?ref=feed>",
                                DATE + "\"2024-11-28\"" + XSD_DATE,
                                "<https://schema.org/headline> \"Leaders hold talks in Paris\"",
                                "received the chancellor of Germany", "ministers would meet in January"),
                        List.of("Be the first to comment", "Europe\\n"), List.of()),
                convert("metadata.tsv beats the page", List.of("page-jsonld.html"), d -> Files.writeString(
                                d.resolve("metadata.tsv"), "file\tpublisher\tpublished\npage-jsonld.html\tOther Desk\t2024-12-01\n"),
                        0, 1, List.of(PUBLISHER + "\"Other Desk\"", DATE + "\"2024-12-01\""),
                        List.of(PUBLISHER + "\"Daily Sample\"", "\"2024-12-05\""), List.of()),
                convert("an RSS feed: each item an article; an item without text is named, the others go on",
                        List.of("feed.rss"), d -> { }, 1, 2,
                        List.of(URL + "<https://news.example.org/world/premiers-phone>",
                                DATE + "\"2024-12-02\"" + XSD_DATE, PUBLISHER + "\"Daily Sample\"",
                                DERIVED + "<https://news.example.org/world/ministers-meet>",
                                DERIVED + "<https://news.example.org/world/premiers-phone>", "prime minister of Portugal"),
                        List.of("A headline alone"), List.of("feed.rss#item-3: feed item 'A headline alone' has no text")),
                convert("an Atom feed: the entry id is what the article was derived from", List.of("feed.atom"),
                        d -> { }, 0, 1,
                        List.of(URL + "<https://wire.example.net/2024/12/king-visits>", DATE + "\"2024-12-03\"",
                                DERIVED + "<urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a>", "king of Norway"),
                        List.of(), List.of()),
                convert("JSON Lines: a bad line and a line without text are named by number, the others go on",
                        List.of("export.jsonl"), d -> { }, 1, 2,
                        List.of(URL + "<https://api.example.com/a/1>", PUBLISHER + "\"Sample API\"",
                                DATE + "\"2024-12-03\"", "export.jsonl:4\"", "president of Portugal",
                                DATE + "\"2024-12\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>"),
                        List.of("<p>"),
                        List.of("export.jsonl:2: not a JSON object", "export.jsonl:5: no 'text' or 'body' field",
                                "export.jsonl:1: published 2024-12, no day")),
                convert("a page and a feed item of one address are one article", List.of("page-jsonld.html", "feed.rss"),
                        d -> { }, 1, 2, List.of(URL + "<https://news.example.org/world/ministers-meet/>"),
                        List.of(URL + "<https://news.example.org/world/ministers-meet>"),
                        List.of("page-jsonld.html: the same article (https://news.example.org/world/ministers-meet/) as",
                                "feed.rss#item-1; the fuller text is kept")),
                convert("a web archive: each HTML response record is a page with its target and capture day",
                        List.of(), ArticleInputsTest::writeArchive, 0, 1,
                        List.of(URL + "<https://archive-sample.example.org/2024/summit>", DATE + "\"2024-12-04\"",
                                DERIVED + "<" + RECORD_ID + ">", "crawl.warc.gz#record-2\"",
                                "chancellor of Germany met the president of France"),
                        List.of("image bytes"), List.of()),
                convert("a metadata date with a time and zone gives the day there; a month alone anchors months, not days",
                        List.of(), d -> {
                            Files.writeString(d.resolve("a.txt"), "The president of France visited Germany.\n");
                            Files.writeString(d.resolve("b.txt"), "The king of Norway visited Sweden last month.\n");
                            Files.writeString(d.resolve("metadata.tsv"), "file\tpublished\n"
                                    + "a.txt\t2024-12-05T23:30:00-05:00\nb.txt\t2024-12\n");
                        }, 0, 2, List.of(DATE + "\"2024-12-05\"" + XSD_DATE,
                                DATE + "\"2024-12\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>",
                                "\"2024-11\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>"), List.of("2024-12-06"),
                        List.of("b.txt: published 2024-12, no day; relative days (\"yesterday\", \"ieri\") stay unresolved")),
                convert("a page's JSON-LD month is its publication month", List.of(), d -> Files.writeString(
                                d.resolve("month.html"), "<html lang=\"en\"><head><script type=\"application/ld+json\">"
                                        + "{\"@type\": \"NewsArticle\", \"headline\": \"Talks\", \"datePublished\": \"2024-11\"}"
                                        + "</script></head><body><article><p>The president of Chile spoke with the president"
                                        + " of Peru last month.</p></article></body></html>"),
                        0, 1, List.of(DATE + "\"2024-11\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>"), List.of(),
                        List.of("month.html: published 2024-11, no day")),
                convert("a metadata row for a file not being converted is a warning, not a failure", List.of(),
                        d -> {
                            Files.writeString(d.resolve("a.txt"), "The president of France visited Germany.\n");
                            Files.writeString(d.resolve("metadata.tsv"), "file\tpublished\n"
                                    + "a.txt\t2024-12-05\nmissing.txt\t2024-12-01\n");
                        }, 0, 1, List.of(DATE + "\"2024-12-05\""), List.of(),
                        List.of("warning: ", "metadata.tsv:3: row for missing.txt name no article being converted")),
                convert("a metadata url gives a text file its address and an id made from it", List.of(), d -> {
                            Files.writeString(d.resolve("a.txt"), "The president of France visited Germany.\n");
                            Files.writeString(d.resolve("metadata.tsv"), "file\tpublished\turl\n"
                                    + "a.txt\t2024-12-05\thttps://news.example.org/world/ministers-meet\n");
                        }, 0, 1, List.of(URL + "<https://news.example.org/world/ministers-meet>",
                                "/article/news.example.org-world-ministers-meet-"), List.of("/article/a>"), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsArticlesAsUsersKeepThem(String name, List<String> fixtures, Setup setup, int exitCode, int articles,
                                      List<String> inGraph, List<String> notInGraph, List<String> inMessages,
                                      @TempDir Path dir) throws IOException, URISyntaxException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        for (String f : fixtures) {
            Files.copy(Path.of(getClass().getResource("/inputs/" + f).toURI()), folder.resolve(f));
        }
        setup.write(folder);
        Path out = dir.resolve("out.nq");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"convert", folder.toString(), "--format", "nq", "-o", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertEquals(exitCode, code, err.toString());
        String graph = Files.readString(out);
        Dataset parsed = DatasetFactory.create();
        RDFDataMgr.read(parsed, out.toString());
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = parsed.listNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        assertEquals(articles, names.size(), names.toString());
        inGraph.forEach(s -> assertTrue(graph.contains(s), "graph holds " + s));
        notInGraph.forEach(s -> assertFalse(graph.contains(s), "graph does not hold " + s));
        inMessages.forEach(s -> assertTrue(err.toString().contains(s), "messages hold " + s + ":\n" + err));
        err.toString().lines().filter(l -> !l.contains("wrote")).forEach(l ->
                assertTrue(l.startsWith("newsgraph") && !l.contains("Exception"), "one-line message: " + l));
    }

    /** The same page converted from two folders, under two file names, gets one IRI. */
    @Test
    void aPageKeepsItsIriWhateverItsFileName(@TempDir Path dir) throws IOException, URISyntaxException {
        Path page = Path.of(getClass().getResource("/inputs/page-jsonld.html").toURI());
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.copy(page, dir.resolve("a/saved.html"));
        Files.copy(page, dir.resolve("b/another-name.htm"));
        String first = convertNames(dir.resolve("a"));
        assertEquals(first, convertNames(dir.resolve("b")));
        assertTrue(first.contains("graph/article/news.example.org-world-ministers-meet-"), first);
    }

    private static String convertNames(Path folder) {
        StringWriter out = new StringWriter();
        assertEquals(0, Main.run(new String[] {"convert", folder.toString(), "--format", "nq"}, new PrintWriter(out),
                new PrintWriter(new StringWriter())));
        return out.toString().lines().map(l -> l.substring(l.lastIndexOf(" <"))).distinct().sorted().toList().toString();
    }

    /** A gzipped WARC: a request, an HTML response without canonical link or date, and an image response. */
    private static void writeArchive(Path dir) throws IOException {
        String target = "https://archive-sample.example.org/2024/summit";
        String html = "<html><body><div><p>The chancellor of Germany met the president of France in Berlin to talk "
                + "about defence and trade.</p><p>Their ministers will meet again in the spring.</p></div></body></html>";
        try (WarcWriter writer = new WarcWriter(FileChannel.open(dir.resolve("crawl.warc.gz"),
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            writer.write(new WarcRequest.Builder(URI.create(target)).date(Instant.parse("2024-12-04T10:00:00Z"))
                    .body(new HttpRequest.Builder("GET", "/2024/summit").build()).build());
            writer.write(new WarcResponse.Builder(URI.create(target)).recordId(URI.create(RECORD_ID))
                    .date(Instant.parse("2024-12-04T10:00:01Z"))
                    .body(new HttpResponse.Builder(200, "OK")
                            .body(MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8)).build()).build());
            writer.write(new WarcResponse.Builder(URI.create(target + ".png")).date(Instant.parse("2024-12-04T10:00:02Z"))
                    .body(new HttpResponse.Builder(200, "OK")
                            .body(MediaType.parse("image/png"), "image bytes".getBytes(StandardCharsets.UTF_8)).build())
                    .build());
        }
    }

    private static Arguments convert(String name, List<String> fixtures, Setup setup, int exitCode, int articles,
                                     List<String> inGraph, List<String> notInGraph, List<String> inMessages) {
        return Arguments.of(name, fixtures, setup, exitCode, articles, inGraph, notInGraph, inMessages);
    }
}
