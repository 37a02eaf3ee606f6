package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.app.Conversion;
import org.newsgraph.convert.Corpus;
import org.newsgraph.convert.OrderedConversion;
import org.newsgraph.document.NewsgraphException;
import org.newsgraph.rdf.RdfOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsgraph convert}: articles to RDF, one named graph per article. Articles stream through one
 * at a time and each graph is written as soon as it is made (N-Quads, TriG), so memory stays flat.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert articles (text, pages, feeds, web archives, JSON Lines, or folders of them) to RDF, one named graph per article.")
public final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Mixin
    ArticleOptions articles;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write here (atomically; left as it was when no article converts) instead of standard output.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "trig",
            description = "trig, nq, ttl or jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Convert on N threads; output order stays the same (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() {
        RdfOutput out = RdfOutput.named(format);
        if (threads < 1) {
            throw NewsgraphException.usage("--threads must be at least 1, not " + threads);
        }
        PrintWriter err = spec.commandLine().getErr();
        Corpus corpus = articles.corpus();
        int problems = Conversion.report(corpus, "convert", err);
        OrderedConversion.Counts counts;
        if (output == null) {
            WriterOutputStream stdout = new WriterOutputStream(spec.commandLine().getOut());
            counts = Conversion.write(corpus, out, threads, stdout, err);
            try {
                stdout.close();
            } catch (IOException e) {
                throw NewsgraphException.failure("cannot write to standard output: " + e.getMessage(), e);
            }
        } else {
            OrderedConversion.Counts[] written = new OrderedConversion.Counts[1];
            RdfOutput.writeAtomically(output, file -> {
                written[0] = Conversion.write(corpus, out, threads, file, err);
                if (written[0].converted() == 0) {
                    throw NewsgraphException.failure("no article converted; " + output
                            + (Files.exists(output) ? " left as it was" : " not written"));
                }
            });
            counts = written[0];
            err.println("newsgraph convert: wrote " + counts.converted() + " article(s) to " + output);
        }
        err.flush();
        return problems + counts.failed() == 0 ? 0 : NewsgraphException.FAILURE;
    }
}
