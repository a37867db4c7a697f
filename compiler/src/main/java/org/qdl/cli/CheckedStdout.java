package org.qdl.cli;

/**
 * Writes a command's report to stdout and says so when it could not be delivered (a full disk, a closed pipe):
 * a PrintStream keeps such errors to itself, and a report that was never written must not end in exit 0.
 */
final class CheckedStdout {
    private CheckedStdout() {
    }

    static void print(Main main, String text) {
        main.io.out().print(text);
        main.io.out().flush();
        if (main.io.out().checkError()) {
            throw CliException.output(StdoutStream.failure(main.io.out()).getMessage());
        }
    }
}
