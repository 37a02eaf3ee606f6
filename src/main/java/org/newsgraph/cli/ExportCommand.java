package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.app.NetworkExport;
import org.newsgraph.query.ActorNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph export}: the actor network as GraphML, GEXF or CSV for Gephi, Cytoscape or a spreadsheet. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the actor network (actors, and their meetings, visits, agreements and military support)"
                + " as GraphML, GEXF or CSV.")
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Mixin
    StoreOptions target;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "graphml",
            description = "graphml, gexf or csv (default: ${DEFAULT-VALUE}); csv writes the ties to FILE and the"
                    + " actors to FILE-actors.csv.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The file to write.")
    Path output;

    @Override
    public Integer call() {
        target.check();
        NetworkExport.Format chosen = NetworkExport.Format.named(format);
        ActorNetwork network = target.remote() ? ActorNetwork.fromEndpoint(target.endpoint, target.httpClient())
                : ActorNetwork.fromStore(target.openStore());
        List<Path> written = NetworkExport.write(network, chosen, output);
        PrintWriter out = spec.commandLine().getOut();
        out.println("newsgraph export: " + network.actors().size() + " actors, " + network.ties().size() + " ties → "
                + String.join(", ", written.stream().map(Path::toString).toList()));
        out.flush();
        return 0;
    }
}
