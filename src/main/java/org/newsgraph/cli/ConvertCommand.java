package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.convert.ConvertedArticle;
import org.newsgraph.convert.Converter;
import org.newsgraph.convert.Corpus;
import org.newsgraph.rdf.RdfOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph convert}: articles to RDF, one named graph per article. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert articles (.txt files or folders of them) to RDF, one named graph per article.")
public final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Mixin
    ArticleOptions articles;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write here (atomically) instead of standard output.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "trig",
            description = "trig, nq, ttl or jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        RdfOutput out = RdfOutput.named(format);
        PrintWriter err = spec.commandLine().getErr();
        Converter converter = Converter.standard();
        Corpus corpus = articles.corpus();
        List<ConvertedArticle> converted = new ArrayList<>();
        int failed = ArticleOptions.report(corpus, err);
        for (var input : corpus.articles()) {
            try {
                converted.add(converter.convert(input));
            } catch (NewsgraphException e) {
                err.println("newsgraph convert: " + e.getMessage());
                failed++;
            }
        }
        if (output == null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.write(converted, bytes);
            spec.commandLine().getOut().print(bytes.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        } else {
            out.write(converted, output);
            err.println("newsgraph convert: wrote " + converted.size() + " article(s) to " + output);
        }
        err.flush();
        return failed == 0 ? 0 : NewsgraphException.FAILURE;
    }
}
