package org.qdl.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.qdl.cli.trace.Timeline;

/**
 * A file written whole or not at all: the bytes go to a temporary file beside the target (see {@link TempFiles}),
 * which replaces the target only on {@link #commit}. Closing without committing deletes the temporary file, so a
 * failed run leaves no partial output behind.
 *
 * <p>Only a regular file is ever replaced: a symbolic link, a FIFO or a device at the path is refused before
 * anything is written (replacing it would break the link, starve the FIFO's reader, or remove the device node).
 * Nor is a file the same command reads.
 */
final class AtomicFile implements AutoCloseable {
    private final Path target;
    private final String typed;
    private final Path temp;
    private final OutputStream out;
    private boolean committed;

    private AtomicFile(Path target, String typed, List<Path> reads) {
        this.target = target;
        this.typed = typed;
        checkTarget(target, typed, reads);
        Path dir = target.toAbsolutePath().getParent();
        try {
            this.temp = TempFiles.create(dir, target.getFileName().toString());
        } catch (IOException e) {
            throw CliException.usage("cannot write `" + typed + "`: " + IoErrors.reason(e));
        }
        try {
            // the temporary file was just made, empty: opened without truncating it, since on ext4 a file truncated
            // on opening has its data allocated and written back when closed (against losing it in a crash), which
            // for a million learners' results held up the end of the run by 0.17 s
            this.out = new Failing(Files.newOutputStream(temp, StandardOpenOption.WRITE), "`" + typed + "`");
        } catch (IOException e) {
            deleteTemp();
            throw CliException.usage("cannot write `" + typed + "`: " + IoErrors.reason(e));
        }
    }

    /** A file to write to {@code target}; {@code reads} are the files the same command reads, which it must not be. */
    static AtomicFile open(Path target, String typed, List<Path> reads) {
        return new AtomicFile(target, typed, reads);
    }

    static AtomicFile open(Path target, String typed) {
        return open(target, typed, List.of());
    }

    /** Writes text to a file atomically; a failed write is an {@link CliException#output} naming the file. */
    static void write(Path target, String typed, String text) {
        try (AtomicFile f = open(target, typed)) {
            f.stream().write(text.getBytes(StandardCharsets.UTF_8));
            f.commit();
        } catch (WriteFailure e) {
            throw e.toCli();
        } catch (IOException e) {
            throw CliException.output("cannot write `" + typed + "`: " + IoErrors.reason(e));
        }
    }

    /** Refuses (a usage error) a target that is not a regular file, or is one of the files the command reads. */
    static void checkTarget(Path target, String typed, List<Path> reads) {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw CliException.usage("cannot write `" + typed + "`: its directory does not exist");
        }
        if (Files.isDirectory(target)) {
            throw CliException.usage("cannot write `" + typed + "`: it is a directory");
        }
        if (Files.isSymbolicLink(target)) {
            throw CliException.usage("cannot write `" + typed + "`: it is a symbolic link, and qdl replaces only "
                    + "regular files; nothing was written (name the file it points to, or another file)");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw CliException.usage("cannot write `" + typed + "`: it is not a regular file (a pipe, a device or a "
                    + "socket), and qdl replaces only regular files; nothing was written");
        }
        for (Path read : reads) {
            if (same(target, read)) {
                throw CliException.usage("cannot write the output to `" + typed + "`: this command reads that file; "
                        + "name another output file");
            }
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    OutputStream stream() {
        return out;
    }

    /** Puts the written file in place; a failure is a {@link WriteFailure} naming the file. */
    void commit() throws WriteFailure {
        Timeline.mark("putting the output in place");
        try {
            out.close();
            keepPermissions();
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            TempFiles.done(temp);
        } catch (WriteFailure e) {
            throw e;
        } catch (IOException e) {
            throw new WriteFailure("`" + typed + "`", e);
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
            deleteTemp();
        }
    }

    private void deleteTemp() {
        try {
            Files.deleteIfExists(temp);
            TempFiles.done(temp);
        } catch (IOException e) {
            // left behind, it is named as ours and removed by the next write to this folder (or at shutdown)
        }
    }

    @Override
    public String toString() {
        return typed;
    }

    /** The temporary file's stream, whose failures say which output they belong to. */
    private static final class Failing extends java.io.FilterOutputStream {
        private final String where;

        Failing(OutputStream out, String where) {
            super(out);
            this.where = where;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw new WriteFailure(where, e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw new WriteFailure(where, e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw new WriteFailure(where, e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw new WriteFailure(where, e);
            }
        }
    }
}
