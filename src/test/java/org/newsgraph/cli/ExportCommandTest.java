package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.lang.ClasspathResource;
import org.newsgraph.server.SparqlServer;
import org.newsgraph.store.TdbStore;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code newsgraph export} over the seeds loaded by {@code newsgraph load}: GraphML and GEXF parse as XML in
 * their namespaces, CSV as RFC 4180, and each holds the actors and ties of the network read per event in the article
 * graphs (the summary graph's ties must agree with it), with the Kim Jong-un–Shoigu meeting among them, read from the
 * store or from a running server.
 */
class ExportCommandTest {

    static final String KIM = "https://w3id.org/newsgraph/id/person/kim-jong-un";
    static final String SHOIGU = "https://w3id.org/newsgraph/id/person/sergei-shoigu";

    @TempDir
    static Path dir;
    static SparqlServer server;
    static Set<String> actors = new HashSet<>();
    static Set<String> ties = new HashSet<>();

    @BeforeAll
    static void loadSeeds() {
        Path db = dir.resolve("tdb2");
        assertEquals(0, Main.run(new String[] {"load", "--db", db.toString(), "seeds"}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())));
        TdbStore store = TdbStore.open(db);
        String query = ClasspathResource.text("view/network-events.rq").orElseThrow();
        Txn.executeRead(store.dataset(), () -> {
            try (var qe = QueryExecutionFactory.create(query, DatasetFactory.wrap(store.dataset()))) {
                qe.execSelect().forEachRemaining(r -> {
                    actors.add(iri(r, "from"));
                    actors.add(iri(r, "to"));
                    ties.add(r.getLiteral("type").getString() + " " + iri(r, "from") + " " + iri(r, "to"));
                });
            }
        });
        server = SparqlServer.start(store.dataset(),
                new SparqlServer.Settings("127.0.0.1", 0, Duration.ofSeconds(30), Optional.empty()));
    }

    private static String iri(QuerySolution r, String name) {
        return r.getResource(name).getURI();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** A format, where the graph is read (store or server), and how to read back actors and ties from the file. */
    static Stream<Arguments> exports() {
        return Stream.of(
                Arguments.of("graphml", false, (Reader) ExportCommandTest::graphml),
                Arguments.of("graphml", true, (Reader) ExportCommandTest::graphml),
                Arguments.of("gexf", false, (Reader) ExportCommandTest::gexf),
                Arguments.of("gexf", true, (Reader) ExportCommandTest::gexf),
                Arguments.of("csv", false, (Reader) ExportCommandTest::csv),
                Arguments.of("csv", true, (Reader) ExportCommandTest::csv));
    }

    /** Actors (IRIs) and ties ("Type from to") read back from an exported file. */
    record Read(Set<String> actors, Set<String> ties) {
    }

    interface Reader {
        Read read(Path file) throws Exception;
    }

    @ParameterizedTest(name = "{0}, from a server: {1}")
    @MethodSource("exports")
    void writesTheNetworkOfTheQueryAnswer(String format, boolean remote, Reader reader) throws Exception {
        Path file = dir.resolve((remote ? "remote" : "local") + "." + format);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("export", "--format", format, "-o", file.toString()));
        args.addAll(remote ? List.of("--endpoint", server.datasetUrl()) : List.of("--db", dir.resolve("tdb2").toString()));
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains(actors.size() + " actors, " + ties.size() + " ties"), out.toString());
        Read read = reader.read(file);
        assertEquals(actors, read.actors());
        assertEquals(ties, read.ties());
        assertTrue(read.ties().contains("Meeting " + KIM + " " + SHOIGU), read.ties().toString());
    }

    static Read graphml(Path file) throws Exception {
        return xml(file, "http://graphml.graphdrawing.org/xmlns", e -> data(e, "kind"));
    }

    private static String data(Element edge, String key) {
        NodeList data = edge.getElementsByTagNameNS("*", "data");
        for (int i = 0; i < data.getLength(); i++) {
            if (((Element) data.item(i)).getAttribute("key").equals(key)) {
                return data.item(i).getTextContent();
            }
        }
        return "";
    }

    static Read gexf(Path file) throws Exception {
        return xml(file, "http://gexf.net/1.3", e -> e.getAttribute("label"));
    }

    /** The node ids and the edges ("kind source target") of a GraphML or GEXF file, each format naming an edge's kind its way. */
    private static Read xml(Path file, String namespace, Function<Element, String> kind) throws Exception {
        Document doc = parse(file);
        assertEquals(namespace, doc.getDocumentElement().getNamespaceURI());
        Set<String> nodes = new HashSet<>();
        NodeList nodeList = doc.getElementsByTagNameNS("*", "node");
        for (int i = 0; i < nodeList.getLength(); i++) {
            nodes.add(((Element) nodeList.item(i)).getAttribute("id"));
        }
        Set<String> edges = new HashSet<>();
        NodeList edgeList = doc.getElementsByTagNameNS("*", "edge");
        for (int i = 0; i < edgeList.getLength(); i++) {
            Element e = (Element) edgeList.item(i);
            edges.add(kind.apply(e) + " " + e.getAttribute("source") + " " + e.getAttribute("target"));
        }
        return new Read(nodes, edges);
    }

    static Read csv(Path file) throws Exception {
        Set<String> edges = new HashSet<>();
        List<String> tieLines = Files.readAllLines(file);
        assertEquals("source,target,source_label,target_label,type,directed,events,articles,status,contested,"
                + "first_date,last_date", tieLines.get(0));
        for (String line : tieLines.subList(1, tieLines.size())) {
            String[] f = line.split(",", -1);
            edges.add(f[4] + " " + f[0] + " " + f[1]);
        }
        Set<String> nodes = new HashSet<>();
        List<String> actorLines = Files.readAllLines(file.resolveSibling(file.getFileName().toString()
                .replace(".csv", "-actors.csv")));
        assertEquals("id,label,type,articles", actorLines.get(0));
        actorLines.subList(1, actorLines.size()).forEach(l -> nodes.add(l.split(",", -1)[0]));
        return new Read(nodes, edges);
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
