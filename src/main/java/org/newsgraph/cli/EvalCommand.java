package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
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
import org.newsgraph.eval.ReportFormat;
import org.newsgraph.eval.Scorer;
import org.newsgraph.rdf.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph eval}: scores the converter's output against hand-written gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the converter against gold annotations (*.gold.json, see docs/EVAL.md).",
                "Articles (.txt files or folders) are converted in memory; RDF files (.trig, .nq, .ttl, ...) "
                        + "are read as they are.",
                "Exit codes: 0 ok, 1 overall F1 below --min-f1 or an input problem, 2 bad usage."})
public final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Mixin
    ArticleOptions articles;

    @Option(names = "--gold", paramLabel = "DIR", required = true,
            description = "Folder of *.gold.json files (or one such file).")
    Path gold;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--min-f1", paramLabel = "X",
            description = "Fail (exit 1) when the overall micro-F1 is below X, a number from 0 to 1.")
    Double minF1;

    @Override
    public Integer call() {
        ReportFormat reportFormat = reportFormat();
        if (minF1 != null && (minF1.isNaN() || minF1 < 0 || minF1 > 1)) {
            throw NewsgraphException.usage("--min-f1 must lie between 0 and 1, not " + minF1);
        }
        PrintWriter err = spec.commandLine().getErr();
        List<GoldArticle> goldArticles = GoldReader.readAll(gold);
        int problems = 0;
        DatasetGraph output = DatasetGraphFactory.create();
        output.addGraph(Iris.standard().gazetteerGraph(), Gazetteer.standard().model().getGraph());
        List<Path> texts = new ArrayList<>();
        for (Path p : articles.paths()) {
            if (isRdf(p)) {
                read(p, output);
            } else {
                texts.add(p);
            }
        }
        if (!texts.isEmpty()) {
            Corpus corpus = Corpus.collect(texts, Optional.ofNullable(articles.metadata));
            problems += ArticleOptions.report(corpus, err)
                    + ArticleOptions.convertEach(corpus, 1, "eval", err, a -> output.addGraph(a.graphName(), a.graph()))
                            .failed();
        }
        EvalReport report = new Scorer().score(output, goldArticles);
        PrintWriter out = spec.commandLine().getOut();
        out.print(reportFormat.render(report));
        out.flush();
        int exit = problems == 0 ? 0 : NewsgraphException.FAILURE;
        if (minF1 != null && report.overall().f1() < minF1) {
            err.println(String.format(Locale.ROOT, "newsgraph eval: overall F1 %.3f is below --min-f1 %s",
                    report.overall().f1(), minF1));
            exit = NewsgraphException.FAILURE;
        }
        err.flush();
        return exit;
    }

    private ReportFormat reportFormat() {
        try {
            return ReportFormat.named(format);
        } catch (IllegalArgumentException e) {
            throw NewsgraphException.usage("--format must be text or json, not '" + format + "'");
        }
    }

    private static boolean isRdf(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || Files.isDirectory(p)) {
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
