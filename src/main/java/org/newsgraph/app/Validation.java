package org.newsgraph.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.lang.ClasspathResource;
import org.newsgraph.store.JsonLdContexts;
import org.newsgraph.store.TdbStore;

/** SHACL validation of converted articles, RDF files or a whole store against the shipped (or given) shapes. */
public final class Validation {

    /** The shipped shapes on the classpath (copied there from {@code ontology/} by the build). */
    public static final String SHAPES_RESOURCE = "newsgraph/ontology/shapes.ttl";

    /** The SHACL report and how many triples were checked. */
    public record Outcome(ValidationReport report, long triplesChecked) {
    }

    private Validation() {
    }

    /** Validates the articles (converted on the fly) and RDF files; any input problem fails first. */
    public static Outcome ofInputs(List<Path> paths, Optional<Path> metadata, Optional<Path> shapesFile,
                                   PrintWriter err) {
        Shapes shapes = Shapes.parse(shapesGraph(shapesFile));
        return validate(shapes, Loading.read(paths, metadata, JsonLdContexts.EMBEDDED_ONLY, err).union());
    }

    /** Validates everything in the store at {@code db}. */
    public static Outcome ofStore(Path db, Optional<Path> shapesFile) {
        Shapes shapes = Shapes.parse(shapesGraph(shapesFile));
        return validate(shapes, storeGraph(TdbStore.open(db)));
    }

    private static Outcome validate(Shapes shapes, Graph data) {
        return new Outcome(ShaclValidator.get().validate(shapes, data), data.size());
    }

    private static Graph shapesGraph(Optional<Path> shapesFile) {
        if (shapesFile.isPresent()) {
            try {
                return RDFParser.source(shapesFile.get()).toGraph();
            } catch (RuntimeException e) {
                throw NewsgraphException.failure(shapesFile.get() + ": " + e.getMessage(), e);
            }
        }
        return ClasspathResource.find(SHAPES_RESOURCE, in -> RDFParser.source(in).lang(Lang.TURTLE).toGraph())
                .orElseThrow(() -> NewsgraphException.failure(SHAPES_RESOURCE + " is not in this build; give --shapes FILE"));
    }

    /** A copy of the store's union graph, so validation runs outside the read transaction. */
    private static Graph storeGraph(TdbStore store) {
        Graph copy = GraphFactory.createDefaultGraph();
        Txn.executeRead(store.dataset(), () -> store.dataset().getUnionGraph().find().forEachRemaining(copy::add));
        return copy;
    }
}
