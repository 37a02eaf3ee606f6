package org.newsgraph.cli;

import java.io.PrintWriter;
import org.newsgraph.document.NewsgraphException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.UnmatchedArgumentException;

/** The {@code newsgraph} command: news articles to a knowledge graph you can query. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns news articles into a knowledge graph, loads it into TDB2 and serves it with Fuseki.",
        subcommands = {ConvertCommand.class, LoadCommand.class, ServeCommand.class, UpCommand.class,
                QueryCommand.class, QueriesCommand.class, ExportCommand.class, ReportCommand.class, ValidateCommand.class,
                EvalCommand.class, BenchCommand.class, FetchCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line with the given streams and returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = commandLine();
        cmd.setOut(out);
        cmd.setErr(err);
        return cmd.execute(args);
    }

    /** The configured command line: exit codes 0 ok, 1 failure, 2 bad usage; failures as one line. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setExitCodeExceptionMapper(e -> e instanceof NewsgraphException ne ? ne.exitCode()
                : NewsgraphException.FAILURE);
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println(commandLine.getCommandSpec().qualifiedName() + ": " + oneLine(e));
            if (commandLine.getParseResult().hasMatchedOption("--verbose")) {
                e.printStackTrace(err);
            }
            err.flush();
            return e instanceof NewsgraphException ne ? ne.exitCode() : NewsgraphException.FAILURE;
        });
        cmd.setParameterExceptionHandler((e, args) -> {
            CommandLine at = e.getCommandLine();
            PrintWriter err = at.getErr();
            String name = at.getCommandSpec().qualifiedName();
            if (at.getParent() == null && e instanceof UnmatchedArgumentException u && !u.isUnknownOption()
                    && !u.getUnmatched().isEmpty()) {
                err.println(name + ": unknown command '" + u.getUnmatched().get(0) + "'; see " + name + " --help");
            } else {
                err.println(name + ": " + e.getMessage() + " (see " + name + " --help)");
            }
            err.flush();
            return NewsgraphException.USAGE;
        });
        return cmd;
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** Reads the version from the jar's manifest, or says it is a development build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"newsgraph " + (v == null ? "(development build)" : v)};
        }
    }
}
