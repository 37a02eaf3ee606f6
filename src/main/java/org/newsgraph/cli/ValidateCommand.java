package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.util.FmtUtils;
import org.newsgraph.app.Validation;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.rdf.Vocab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph validate}: SHACL validation of converted articles, RDF files or a store. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check articles (converted on the fly), RDF files or a store (--db) against the SHACL shapes "
                + "(ontology/shapes.ttl); exit 1 when they do not conform.")
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Mixin
    ArticleOptions inputs;

    @Option(names = "--db", paramLabel = "DIR", description = "Validate everything in this TDB2 store instead.")
    Path db;

    @Option(names = "--shapes", paramLabel = "FILE", description = "SHACL shapes to use instead of the shipped ones.")
    Path shapesFile;

    @Override
    public Integer call() {
        if (db != null && inputs.paths != null && !inputs.paths.isEmpty()) {
            throw NewsgraphException.usage("give PATHs or --db, not both");
        }
        Optional<Path> shapes = Optional.ofNullable(shapesFile);
        Validation.Outcome outcome = db != null ? Validation.ofStore(db, shapes)
                : Validation.ofInputs(inputs.paths(), Optional.ofNullable(inputs.metadata), shapes,
                        spec.commandLine().getErr());
        ValidationReport report = outcome.report();
        PrintWriter out = spec.commandLine().getOut();
        if (report.conforms()) {
            out.println("newsgraph validate: conforms (" + outcome.triplesChecked() + " triples checked)");
            out.flush();
            return 0;
        }
        out.println("newsgraph validate: " + report.getEntries().size() + " violation(s)");
        for (ReportEntry e : report.getEntries()) {
            out.println("  " + e.severity().level().getLocalName() + ": " + term(e.focusNode())
                    + (e.resultPath() == null ? "" : " " + e.resultPath().toString(new Prologue(Vocab.PREFIXES))) + ": " + e.message());
        }
        out.flush();
        return NewsgraphException.FAILURE;
    }

    private static String term(Node n) {
        return FmtUtils.stringForNode(n, Vocab.PREFIXES);
    }
}
