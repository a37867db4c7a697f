package org.qdl.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Stdout as a stream that notices when the reader has gone (`qdl eval ... | head`): a PrintStream swallows
 * write errors, so without this a large evaluation would carry on writing into a closed pipe to the end.
 */
final class StdoutStream extends OutputStream {
    /** The reader of stdout has stopped reading; nothing more can be delivered. */
    static final class Closed extends IOException {
        private static final long serialVersionUID = 1L;

        Closed() {
            super("stdout was closed", null);
        }
    }

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

    private void check() throws IOException {
        if (out.checkError()) {
            throw new Closed();
        }
    }
}
