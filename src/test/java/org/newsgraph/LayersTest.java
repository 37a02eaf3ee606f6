package org.newsgraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of design/STYLE.md over our packages: imports point down only, so the model and the analysis
 * stages can be used without the command line, a store or a server.
 */
@AnalyzeClasses(packages = "org.newsgraph", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    /** Layer by layer, top to bottom, and the packages that make it up. */
    @ArchTest
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy("org.newsgraph.cli..")
            .layer("app").definedBy("org.newsgraph.app..", "org.newsgraph.convert..", "org.newsgraph.eval..",
                    "org.newsgraph.bench..")
            .layer("server").definedBy("org.newsgraph.server..")
            .layer("query").definedBy("org.newsgraph.query..")
            .layer("store").definedBy("org.newsgraph.store..")
            .layer("rdf").definedBy("org.newsgraph.rdf..")
            .layer("analysis").definedBy("org.newsgraph.pipeline..", "org.newsgraph.text..",
                    "org.newsgraph.time..", "org.newsgraph.quantity..", "org.newsgraph.entity..",
                    "org.newsgraph.extract..")
            .layer("lexicon").definedBy("org.newsgraph.lang..")
            .layer("model").definedBy("org.newsgraph.document..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("app").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("server").mayOnlyBeAccessedByLayers("cli", "app")
            .whereLayer("query").mayOnlyBeAccessedByLayers("cli", "app")
            .whereLayer("store").mayOnlyBeAccessedByLayers("cli", "app", "server", "query")
            .whereLayer("rdf").mayOnlyBeAccessedByLayers("cli", "app", "server", "query", "store")
            .whereLayer("analysis").mayOnlyBeAccessedByLayers("cli", "app", "server", "query", "store", "rdf")
            .whereLayer("lexicon").mayOnlyBeAccessedByLayers("cli", "app", "server", "query", "store", "rdf",
                    "analysis")
            .whereLayer("model").mayOnlyBeAccessedByLayers("cli", "app", "server", "query", "store", "rdf",
                    "analysis", "lexicon");

    /** Every package belongs to a layer, so a new package cannot slip past the rule above. */
    @ArchTest
    static final ArchRule EVERY_PACKAGE_HAS_A_LAYER = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
            .should().resideInAnyPackage("org.newsgraph.cli..", "org.newsgraph.app..", "org.newsgraph.convert..",
                    "org.newsgraph.eval..", "org.newsgraph.bench..", "org.newsgraph.server..", "org.newsgraph.query..",
                    "org.newsgraph.store..", "org.newsgraph.rdf..", "org.newsgraph.pipeline..",
                    "org.newsgraph.text..", "org.newsgraph.time..", "org.newsgraph.quantity..",
                    "org.newsgraph.entity..", "org.newsgraph.extract..", "org.newsgraph.lang..",
                    "org.newsgraph.document..");

    /** No two packages import each other, directly or round a loop, also inside one layer. */
    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.newsgraph.(*)..").should().beFreeOfCycles();

    /** picocli is the command line's alone: every other package is called, not parsed for. */
    @ArchTest
    static final ArchRule ONLY_CLI_KNOWS_PICOCLI = noClasses().that().resideOutsideOfPackage("org.newsgraph.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");
}
