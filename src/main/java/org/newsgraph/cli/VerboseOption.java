package org.newsgraph.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: failures print their stack trace after the one-line message. */
public final class VerboseOption {

    @Option(names = "--verbose", description = "On failure, also print the stack trace.")
    boolean verbose;
}
