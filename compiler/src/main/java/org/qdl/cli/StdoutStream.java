package org.qdl.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Stdout as a stream whose writes fail when stdout fails (`> /dev/full`, `| head`): a PrintStream swallows write
 * errors, so without this a large evaluation would carry on writing into nothing and end with exit 0.
 */
final class StdoutStream extends OutputStream {
    private final PrintStream out;

    StdoutStream(PrintStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        check();
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        check();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
        check();
    }

    private void check() throws WriteFailure {
        if (out.checkError()) {
            throw failure(out);
        }
    }

    /** What went wrong with stdout, worded for the user. */
    static WriteFailure failure(PrintStream out) {
        return new WriteFailure("stdout", CheckedPrintStream.failureOf(out)
                .orElseGet(() -> new IOException("the output was closed or is full")));
    }
}
