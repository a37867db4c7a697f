package org.qdl.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Holds output until the run has succeeded: in memory while small, then in a temporary file. Used for stdout
 * when the input is streamed, so that a malformed candidate late in a file does not leave half a JSON document
 * on stdout.
 */
final class Spool extends OutputStream {
    private static final int IN_MEMORY = 8 << 20;

    private ByteArrayOutputStream memory = new ByteArrayOutputStream(1 << 16);
    private Path file;
    private OutputStream fileOut;

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (fileOut == null && memory.size() + len > IN_MEMORY) {
            try {
                file = TempFiles.create(Path.of(System.getProperty("java.io.tmpdir")), "qdl-eval");
                fileOut = Files.newOutputStream(file);
                memory.writeTo(fileOut);
            } catch (IOException e) {
                throw new WriteFailure("a temporary file in " + System.getProperty("java.io.tmpdir"), e);
            }
            memory = null;
        }
        if (fileOut != null) {
            try {
                fileOut.write(b, off, len);
            } catch (IOException e) {
                throw new WriteFailure("a temporary file in " + System.getProperty("java.io.tmpdir"), e);
            }
        } else {
            memory.write(b, off, len);
        }
    }

    /** Sends everything held to {@code out}. */
    void copyTo(OutputStream out) throws IOException {
        if (fileOut == null) {
            memory.writeTo(out);
        } else {
            fileOut.close();
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(out);
            }
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (fileOut != null) {
            fileOut.close();
            Files.deleteIfExists(file);
            TempFiles.done(file);
        }
    }
}
