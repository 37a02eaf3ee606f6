package org.newsgraph.rdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.document.NewsgraphException;

/**
 * Writes converted articles as one RDF document, each article in its own named graph. N-Quads and TriG
 * stream article by article ({@link #open}); Turtle and JSON-LD buffer the corpus (see {@link ArticleStream}).
 */
public enum RdfOutput {
    TRIG(RDFFormat.TRIG_BLOCKS, Lang.TRIG),
    NQ(RDFFormat.NQUADS_UTF8, Lang.NQUADS),
    TTL(RDFFormat.TURTLE_PRETTY, Lang.TURTLE),
    JSONLD(RDFFormat.JSONLD11, Lang.JSONLD11);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RDFFormat format;
    private final Lang lang;

    RdfOutput(RDFFormat format, Lang lang) {
        this.format = format;
        this.lang = lang;
    }

    public Lang lang() {
        return lang;
    }

    RDFFormat rdfFormat() {
        return format;
    }

    /** Whether articles are written as they come (N-Quads, TriG) rather than buffered (Turtle, JSON-LD). */
    public boolean streams() {
        return this == NQ || this == TRIG;
    }

    /** Starts a document on {@code out}; write articles to it in order, then call {@code finish()}. */
    public ArticleStream open(OutputStream out) {
        return new ArticleStream(this, out);
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
        ArticleStream stream = open(out);
        articles.forEach(stream::write);
        stream.finish();
    }

    /** Writes to {@code file} through a temporary file beside it, so no half-written output is ever left. */
    public void write(List<ConvertedArticle> articles, Path file) {
        writeAtomically(file, out -> write(articles, out));
    }

    /** What to write into a file's temporary twin. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Runs {@code body} on a temporary file beside {@code file} and moves it into place atomically, so
     * no half-written output is ever left; if {@code body} throws, the target is untouched. The temporary
     * file is created as any file is (mode 0666 less the umask), not as {@code createTempFile}'s 0600.
     */
    public static void writeAtomically(Path file, Body body) {
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = target.resolveSibling("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                    + ".part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), 1 << 16)) {
                body.writeTo(out);
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
