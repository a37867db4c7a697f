package org.qdl.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A PrintStream that remembers why a write failed. PrintStream swallows write errors and keeps only a flag, so
 * without this a full disk or a closed pipe on stdout could be noticed but not explained.
 */
final class CheckedPrintStream extends PrintStream {
    private final Recorder recorder;

    private CheckedPrintStream(Recorder recorder) {
        super(recorder, false, StandardCharsets.UTF_8);
        this.recorder = recorder;
    }

    static CheckedPrintStream of(OutputStream out) {
        return new CheckedPrintStream(new Recorder(out));
    }

    /** The first write error, if any write failed. */
    Optional<IOException> failure() {
        return Optional.ofNullable(recorder.failure);
    }

    /** Why writes to {@code out} failed, or empty when none did (or the stream keeps no reason). */
    static Optional<IOException> failureOf(PrintStream out) {
        return out instanceof CheckedPrintStream c ? c.failure() : Optional.empty();
    }

    private static final class Recorder extends FilterOutputStream {
        private volatile IOException failure;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
