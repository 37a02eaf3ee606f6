package org.newsgraph.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.NodeCmp;

/**
 * Writes converted articles one at a time, in the order given. N-Quads and TriG stream: each article's
 * graph is written as soon as it arrives (TriG as one {@code GRAPH} block per article, prefixes once
 * at the top) and nothing is kept. Turtle and JSON-LD cannot be written in pieces by Jena's pretty
 * writers, so they buffer the whole corpus until {@link #finish()}; use them for small corpora.
 * Triples are sorted within each graph so the same input gives byte-identical output.
 */
public final class ArticleStream {

    /** Subject, then predicate, then object, in Jena's total order of RDF terms. */
    public static final Comparator<Triple> TRIPLE_ORDER = Comparator
            .comparing(Triple::getSubject, NodeCmp::compareRDFTerms)
            .thenComparing(Triple::getPredicate, NodeCmp::compareRDFTerms)
            .thenComparing(Triple::getObject, NodeCmp::compareRDFTerms);

    private final RdfOutput format;
    private final OutputStream out;
    private final StreamRDF stream;
    private final List<ConvertedArticle> buffered;
    private long articles;
    private boolean finished;

    ArticleStream(RdfOutput format, OutputStream out) {
        this.format = format;
        this.out = out;
        if (format.streams()) {
            RDFFormat rdfFormat = format == RdfOutput.TRIG ? RDFFormat.TRIG_BLOCKS : RDFFormat.NQUADS_UTF8;
            this.stream = StreamRDFWriter.getWriterStream(out, rdfFormat);
            this.buffered = null;
            stream.start();
            if (format == RdfOutput.TRIG) {
                new TreeMap<>(Vocab.PREFIXES.getNsPrefixMap()).forEach(stream::prefix);
            }
        } else {
            this.stream = null;
            this.buffered = new ArrayList<>();
        }
    }

    /** Writes one article's graph (or, for Turtle and JSON-LD, keeps it until {@link #finish()}). */
    public void write(ConvertedArticle article) {
        if (finished) {
            throw new IllegalStateException("stream already finished");
        }
        articles++;
        if (stream == null) {
            buffered.add(article);
            return;
        }
        List<Triple> triples = article.graph().find().toList();
        triples.sort(TRIPLE_ORDER);
        for (Triple t : triples) {
            stream.quad(Quad.create(article.graphName(), t));
        }
    }

    /** How many articles were written so far. */
    public long articles() {
        return articles;
    }

    /** Ends the document and flushes it; the output stream stays open. */
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        if (stream != null) {
            stream.finish();
        } else {
            DatasetGraph ds = format.dataset(buffered);
            if (format == RdfOutput.TTL) {
                RDFDataMgr.write(out, ds.getDefaultGraph(), format.rdfFormat());
            } else {
                RDFDataMgr.write(out, ds, format.rdfFormat());
            }
            buffered.clear();
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
