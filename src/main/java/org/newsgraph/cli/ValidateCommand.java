package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.JsonLdContexts;
import org.newsgraph.store.TdbStore;
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

    static final String SHAPES_RESOURCE = "newsgraph/ontology/shapes.ttl";

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
        Shapes shapes = Shapes.parse(shapesGraph());
        PrintWriter err = spec.commandLine().getErr();
        Graph data = db != null ? storeGraph(TdbStore.open(db)) : LoadCommand.read(inputs, JsonLdContexts.EMBEDDED_ONLY, err).union();
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        PrintWriter out = spec.commandLine().getOut();
        if (report.conforms()) {
            out.println("newsgraph validate: conforms (" + data.size() + " triples checked)");
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

    private Graph shapesGraph() {
        if (shapesFile != null) {
            try {
                return RDFParser.source(shapesFile).toGraph();
            } catch (RuntimeException e) {
                throw NewsgraphException.failure(shapesFile + ": " + e.getMessage(), e);
            }
        }
        try (InputStream in = ValidateCommand.class.getClassLoader().getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw NewsgraphException.failure(SHAPES_RESOURCE + " is not in this build; give --shapes FILE");
            }
            return RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        } catch (IOException e) {
            throw NewsgraphException.failure(SHAPES_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** A copy of the store's union graph, so validation runs outside the read transaction. */
    private static Graph storeGraph(TdbStore store) {
        Graph copy = GraphFactory.createDefaultGraph();
        Txn.executeRead(store.dataset(), () -> store.dataset().getUnionGraph().find().forEachRemaining(copy::add));
        return copy;
    }

    private static String term(Node n) {
        return FmtUtils.stringForNode(n, Vocab.PREFIXES);
    }
}
