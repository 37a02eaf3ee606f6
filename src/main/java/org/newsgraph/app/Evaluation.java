package org.newsgraph.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.convert.Corpus;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.entity.Gazetteer;
import org.newsgraph.eval.EvalReport;
import org.newsgraph.eval.GoldArticle;
import org.newsgraph.eval.GoldReader;
import org.newsgraph.eval.Scorer;
import org.newsgraph.rdf.Iris;

/**
 * Scores the converter against gold annotations: articles (.txt files or folders) are converted in memory, RDF
 * files are read as they are, and the gazetteer graph is added so that actors resolve as in a store.
 */
public final class Evaluation {

    /** The scores, and how many inputs could not be read or converted (each reported on one line). */
    public record Outcome(EvalReport report, int problems) {
    }

    private Evaluation() {
    }

    public static Outcome run(Path gold, List<Path> paths, Optional<Path> metadata, PrintWriter err) {
        List<GoldArticle> goldArticles = GoldReader.readAll(gold);
        int problems = 0;
        DatasetGraph output = DatasetGraphFactory.create();
        output.addGraph(Iris.standard().gazetteerGraph(), Gazetteer.standard().model().getGraph());
        List<Path> texts = new ArrayList<>();
        for (Path p : paths) {
            if (isRdf(p)) {
                read(p, output);
            } else {
                texts.add(p);
            }
        }
        if (!texts.isEmpty()) {
            Corpus corpus = Corpus.collect(texts, metadata);
            problems += Conversion.report(corpus, "eval", err)
                    + Conversion.convertEach(corpus, 1, "eval", err, a -> output.addGraph(a.graphName(), a.graph()))
                            .failed();
        }
        return new Outcome(new Scorer().score(output, goldArticles), problems);
    }

    private static boolean isRdf(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || Files.isDirectory(p) || Corpus.isFeed(p)) {
            return false;
        }
        Lang lang = RDFLanguages.filenameToLang(name);
        return lang != null;
    }

    private static void read(Path p, DatasetGraph into) {
        if (!Files.isRegularFile(p)) {
            throw NewsgraphException.failure(p + ": no such RDF file");
        }
        try {
            RDFDataMgr.read(into, p.toString());
        } catch (RiotException e) {
            throw NewsgraphException.failure(p + ": not readable as RDF: " + e.getMessage(), e);
        }
    }
}
