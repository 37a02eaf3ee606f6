package org.newsgraph.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.cli.NewsgraphException;
import org.newsgraph.convert.ConvertedArticle;

/** Writes converted articles as one RDF document, each article in its own named graph. */
public enum RdfOutput {
    TRIG(RDFFormat.TRIG_PRETTY, Lang.TRIG),
    NQ(RDFFormat.NQUADS_UTF8, Lang.NQUADS),
    TTL(RDFFormat.TURTLE_PRETTY, Lang.TURTLE),
    JSONLD(RDFFormat.JSONLD11, Lang.JSONLD11);

    private final RDFFormat format;
    private final Lang lang;

    RdfOutput(RDFFormat format, Lang lang) {
        this.format = format;
        this.lang = lang;
    }

    public Lang lang() {
        return lang;
    }

    /** The format named on the command line ("trig", "nq", "ttl", "jsonld"). */
    public static RdfOutput named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw NewsgraphException.usage("unknown format '" + name + "': use trig, nq, ttl or jsonld");
        }
    }

    /** Collects the articles into one dataset; Turtle, having no named graphs, gets their union. */
    public DatasetGraph dataset(List<ConvertedArticle> articles) {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        ds.prefixes().putAll(Vocab.PREFIXES);
        for (ConvertedArticle a : articles) {
            if (this == TTL) {
                a.graph().find().forEachRemaining(ds.getDefaultGraph()::add);
            } else {
                ds.addGraph(a.graphName(), a.graph());
            }
        }
        return ds;
    }

    public void write(List<ConvertedArticle> articles, OutputStream out) {
        DatasetGraph ds = dataset(articles);
        if (this == TTL) {
            RDFDataMgr.write(out, ds.getDefaultGraph(), format);
        } else {
            RDFDataMgr.write(out, ds, format);
        }
    }

    /** Writes to {@code file} through a temporary file beside it, so no half-written output is ever left. */
    public void write(List<ConvertedArticle> articles, Path file) {
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write(articles, out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw NewsgraphException.failure(file + ": cannot write output: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the move succeeded or the write already failed with a clearer message
                }
            }
        }
    }
}
