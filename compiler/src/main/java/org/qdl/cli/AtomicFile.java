package org.qdl.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A file written whole or not at all: the bytes go to a temporary file beside the target, which replaces the
 * target only on {@link #commit}. Closing without committing deletes the temporary file, so a failed run leaves
 * no partial output behind.
 */
final class AtomicFile implements AutoCloseable {
    private final Path target;
    private final String typed;
    private final Path temp;
    private final OutputStream out;
    private boolean committed;

    private AtomicFile(Path target, String typed) {
        this.target = target;
        this.typed = typed;
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw CliException.usage("cannot write `" + typed + "`: its directory does not exist");
        }
        if (Files.isDirectory(target)) {
            throw CliException.usage("cannot write `" + typed + "`: it is a directory");
        }
        try {
            this.temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            this.out = Files.newOutputStream(temp);
        } catch (IOException e) {
            throw CliException.usage("cannot write `" + typed + "`: " + e.getMessage());
        }
    }

    static AtomicFile open(Path target, String typed) {
        return new AtomicFile(target, typed);
    }

    /** Writes text to a file atomically. */
    static void write(Path target, String typed, String text) {
        try (AtomicFile f = open(target, typed)) {
            f.stream().write(text.getBytes(StandardCharsets.UTF_8));
            f.commit();
        } catch (IOException e) {
            throw CliException.usage("cannot write `" + typed + "`: " + e.getMessage());
        }
    }

    OutputStream stream() {
        return out;
    }

    void commit() throws IOException {
        out.close();
        keepPermissions();
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** A rewritten file keeps its mode; a new one gets the usual rw-r--r-- rather than the temp file's rw-------. */
    private void keepPermissions() {
        try {
            if (Files.exists(target)) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
            } else {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the default mode will do
        }
    }

    @Override
    public void close() {
        if (!committed) {
            try {
                out.close();
            } catch (IOException e) {
                // the temporary file is removed below either way
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // nothing more can be done about a temporary file we cannot remove
            }
        }
    }

    @Override
    public String toString() {
        return typed;
    }
}
