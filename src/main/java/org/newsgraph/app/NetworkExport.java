package org.newsgraph.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.query.ActorNetwork;
import org.newsgraph.query.ActorNetwork.Actor;
import org.newsgraph.query.ActorNetwork.Tie;

/**
 * The actor network as files for other tools: GraphML (Cytoscape, yEd, NetworkX), GEXF (Gephi) or CSV
 * (spreadsheets; a ties table and, beside it, an actors table), with the attributes the view shows.
 */
public final class NetworkExport {

    /** The formats {@code newsgraph export} writes. */
    public enum Format {
        GRAPHML, GEXF, CSV;

        public static Format named(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw NewsgraphException.usage("unknown format '" + name + "': use graphml, gexf or csv");
            }
        }
    }

    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    private static final String GEXF = "http://gexf.net/1.3";
    /** Node attributes: id, name, type. */
    private static final List<String[]> NODE_KEYS = List.of(new String[] {"label", "label", "string"},
            new String[] {"type", "type", "string"}, new String[] {"articles", "articles", "int"});
    /** Edge attributes: id, name, type. */
    private static final List<String[]> EDGE_KEYS = List.of(new String[] {"kind", "type", "string"},
            new String[] {"events", "events", "int"}, new String[] {"tieArticles", "articles", "int"},
            new String[] {"status", "status", "string"}, new String[] {"contested", "contested", "boolean"},
            new String[] {"firstDate", "firstDate", "string"}, new String[] {"lastDate", "lastDate", "string"});

    private NetworkExport() {
    }

    /** Writes the network to {@code file} (and, for CSV, the actors beside it); returns the files written. */
    public static List<Path> write(ActorNetwork network, Format format, Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            switch (format) {
                case GRAPHML -> xml(file, out -> graphml(network, out));
                case GEXF -> xml(file, out -> gexf(network, out));
                case CSV -> {
                    Path actors = actorsFile(file);
                    Files.writeString(file, tiesCsv(network), StandardCharsets.UTF_8);
                    Files.writeString(actors, actorsCsv(network), StandardCharsets.UTF_8);
                    return List.of(file, actors);
                }
            }
            return List.of(file);
        } catch (IOException | XMLStreamException e) {
            throw NewsgraphException.failure(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** Where the CSV export puts the actors: {@code ties.csv} → {@code ties-actors.csv}. */
    public static Path actorsFile(Path ties) {
        String name = ties.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return ties.resolveSibling(base + "-actors" + (dot > 0 ? name.substring(dot) : ".csv"));
    }

    static boolean directed(Tie tie) {
        return tie.type().equals("Visit") || tie.type().equals("MilitarySupport");
    }

    private static Map<String, String> edgeValues(Tie t) {
        return Map.of("kind", t.type(), "events", Integer.toString(t.events()), "tieArticles", Integer.toString(t.articles()),
                "status", t.status(), "contested", Boolean.toString(t.contested()), "firstDate", t.firstDate(),
                "lastDate", t.lastDate());
    }

    private static Map<String, String> nodeValues(Actor a) {
        return Map.of("label", a.label(), "type", a.type(), "articles", Integer.toString(a.articles()));
    }

    private interface XmlBody {
        void write(XMLStreamWriter out) throws XMLStreamException;
    }

    private static void xml(Path file, XmlBody body) throws IOException, XMLStreamException {
        try (OutputStream stream = Files.newOutputStream(file)) {
            XMLStreamWriter out = XMLOutputFactory.newInstance().createXMLStreamWriter(stream, "UTF-8");
            out.writeStartDocument("UTF-8", "1.0");
            out.writeCharacters("\n");
            body.write(out);
            out.writeEndDocument();
            out.close();
        }
    }

    private static void graphml(ActorNetwork network, XMLStreamWriter out) throws XMLStreamException {
        out.writeStartElement("graphml");
        out.writeDefaultNamespace(GRAPHML);
        for (String[] k : NODE_KEYS) {
            key(out, k, "node");
        }
        for (String[] k : EDGE_KEYS) {
            key(out, k, "edge");
        }
        out.writeStartElement("graph");
        out.writeAttribute("id", "newsgraph");
        out.writeAttribute("edgedefault", "undirected");
        for (Actor a : network.actors()) {
            out.writeStartElement("node");
            out.writeAttribute("id", a.iri());
            for (String[] k : NODE_KEYS) {
                data(out, k[0], nodeValues(a).get(k[0]));
            }
            out.writeEndElement();
        }
        int n = 0;
        for (Tie t : network.ties()) {
            out.writeStartElement("edge");
            out.writeAttribute("id", "e" + n++);
            out.writeAttribute("source", t.from());
            out.writeAttribute("target", t.to());
            out.writeAttribute("directed", Boolean.toString(directed(t)));
            for (String[] k : EDGE_KEYS) {
                data(out, k[0], edgeValues(t).get(k[0]));
            }
            out.writeEndElement();
        }
        out.writeEndElement();
        out.writeEndElement();
    }

    private static void key(XMLStreamWriter out, String[] k, String forWhat) throws XMLStreamException {
        out.writeEmptyElement("key");
        out.writeAttribute("id", k[0]);
        out.writeAttribute("for", forWhat);
        out.writeAttribute("attr.name", k[1]);
        out.writeAttribute("attr.type", k[2]);
    }

    private static void data(XMLStreamWriter out, String key, String value) throws XMLStreamException {
        out.writeStartElement("data");
        out.writeAttribute("key", key);
        out.writeCharacters(value);
        out.writeEndElement();
    }

    private static void gexf(ActorNetwork network, XMLStreamWriter out) throws XMLStreamException {
        out.writeStartElement("gexf");
        out.writeDefaultNamespace(GEXF);
        out.writeAttribute("version", "1.3");
        out.writeStartElement("meta");
        out.writeStartElement("creator");
        out.writeCharacters("newsgraph");
        out.writeEndElement();
        out.writeEndElement();
        out.writeStartElement("graph");
        out.writeAttribute("defaultedgetype", "undirected");
        out.writeAttribute("mode", "static");
        attributes(out, "node", NODE_KEYS.subList(1, NODE_KEYS.size()));
        attributes(out, "edge", EDGE_KEYS);
        out.writeStartElement("nodes");
        for (Actor a : network.actors()) {
            out.writeStartElement("node");
            out.writeAttribute("id", a.iri());
            out.writeAttribute("label", a.label());
            attvalues(out, NODE_KEYS.subList(1, NODE_KEYS.size()), nodeValues(a));
            out.writeEndElement();
        }
        out.writeEndElement();
        out.writeStartElement("edges");
        int n = 0;
        for (Tie t : network.ties()) {
            out.writeStartElement("edge");
            out.writeAttribute("id", Integer.toString(n++));
            out.writeAttribute("source", t.from());
            out.writeAttribute("target", t.to());
            out.writeAttribute("type", directed(t) ? "directed" : "undirected");
            out.writeAttribute("label", t.type());
            out.writeAttribute("weight", Integer.toString(t.events()));
            attvalues(out, EDGE_KEYS, edgeValues(t));
            out.writeEndElement();
        }
        out.writeEndElement();
        out.writeEndElement();
        out.writeEndElement();
    }

    private static void attributes(XMLStreamWriter out, String forWhat, List<String[]> keys) throws XMLStreamException {
        out.writeStartElement("attributes");
        out.writeAttribute("class", forWhat);
        for (String[] k : keys) {
            out.writeEmptyElement("attribute");
            out.writeAttribute("id", k[0]);
            out.writeAttribute("title", k[1]);
            out.writeAttribute("type", k[2].equals("int") ? "integer" : k[2]);
        }
        out.writeEndElement();
    }

    private static void attvalues(XMLStreamWriter out, List<String[]> keys, Map<String, String> values)
            throws XMLStreamException {
        out.writeStartElement("attvalues");
        for (String[] k : keys) {
            out.writeEmptyElement("attvalue");
            out.writeAttribute("for", k[0]);
            out.writeAttribute("value", values.get(k[0]));
        }
        out.writeEndElement();
    }

    static String tiesCsv(ActorNetwork network) {
        Map<String, String> labels = network.actors().stream().collect(Collectors.toMap(Actor::iri, Actor::label));
        List<String> lines = new ArrayList<>();
        lines.add("source,target,source_label,target_label,type,directed,events,articles,status,contested,first_date,last_date");
        for (Tie t : network.ties()) {
            lines.add(csv(t.from(), t.to(), labels.get(t.from()), labels.get(t.to()), t.type(),
                    Boolean.toString(directed(t)), Integer.toString(t.events()), Integer.toString(t.articles()),
                    t.status(), Boolean.toString(t.contested()), t.firstDate(), t.lastDate()));
        }
        return String.join("\r\n", lines) + "\r\n";
    }

    static String actorsCsv(ActorNetwork network) {
        List<String> lines = new ArrayList<>();
        lines.add("id,label,type,articles");
        for (Actor a : network.actors()) {
            lines.add(csv(a.iri(), a.label(), a.type(), Integer.toString(a.articles())));
        }
        return String.join("\r\n", lines) + "\r\n";
    }

    /** One CSV line (RFC 4180): a field with a comma, quote or line break is quoted, quotes doubled. */
    private static String csv(String... fields) {
        StringBuilder line = new StringBuilder();
        for (String f : fields) {
            if (line.length() > 0) {
                line.append(',');
            }
            line.append(f.matches("(?s).*[,\"\r\n].*") ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
        }
        return line.toString();
    }
}
