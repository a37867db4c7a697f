package org.qdl.cli;

/** The contract's exit codes, one meaning each, for every command. */
public final class ExitCode {
    /** Done; for `eval`, every candidate was evaluated. */
    public static final int OK = 0;
    /** The user's input has problems (spec errors, a malformed candidate file, a candidate not achieved with --fail-on-not-achieved). */
    public static final int INPUT = 1;
    /** Usage: an unknown option, a missing argument, a file not found. */
    public static final int USAGE = 2;
    /** A bug in qdl. */
    public static final int INTERNAL = 70;
    /**
     * Output that could not be delivered (a full disk, a closed pipe): the results are lost, so not 0; not the
     * input's fault, so not 1. The contract has no code for the environment, and 70 is the one left.
     */
    public static final int OUTPUT = INTERNAL;

    private ExitCode() {
    }
}
