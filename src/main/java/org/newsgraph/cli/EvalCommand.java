package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.app.Evaluation;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.eval.EvalReport;
import org.newsgraph.eval.ReportFormat;
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
        Evaluation.Outcome outcome = Evaluation.run(gold, articles.paths(), Optional.ofNullable(articles.metadata), err);
        EvalReport report = outcome.report();
        PrintWriter out = spec.commandLine().getOut();
        out.print(reportFormat.render(report));
        out.flush();
        int exit = outcome.problems() == 0 ? 0 : NewsgraphException.FAILURE;
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
}
