package org.newsgraph.document;

/**
 * A failure the user must act on, with the exit code the command ends with and a one-line message
 * that names the file or value at fault.
 */
public final class NewsgraphException extends RuntimeException {

    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private final int exitCode;

    public NewsgraphException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public NewsgraphException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public static NewsgraphException failure(String message) {
        return new NewsgraphException(FAILURE, message);
    }

    public static NewsgraphException failure(String message, Throwable cause) {
        return new NewsgraphException(FAILURE, message, cause);
    }

    public static NewsgraphException usage(String message) {
        return new NewsgraphException(USAGE, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
