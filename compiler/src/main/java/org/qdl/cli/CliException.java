package org.qdl.cli;

/**
 * A failure the user can act on, with its exit code and a message that names where and what. Thrown by
 * commands, printed once by {@link Main}; never a stack trace.
 */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    private CliException(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    /** A problem in the user's input (exit 1). */
    static CliException input(String message) {
        return new CliException(ExitCode.INPUT, message);
    }

    /** A usage problem: a missing file, a bad combination of options (exit 2). */
    static CliException usage(String message) {
        return new CliException(ExitCode.USAGE, message);
    }

    /**
     * Output that could not be written once started: a full disk, a closed pipe (exit 70). Not the user's input
     * (1) nor how the command was called (2); the contract's remaining code. The message says what and why, and
     * no stack trace is shown.
     */
    static CliException output(String message) {
        return new CliException(ExitCode.OUTPUT, message);
    }

    int exitCode() {
        return exitCode;
    }
}
