package org.qdl.emit.handbook;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Puts a rendered handbook in place whole or not at all: the files are written to a hidden sibling directory, which
 * is renamed to the output directory only once every file is written. A directory already there is replaced only
 * when it is empty or is a handbook QDL wrote (it holds {@link #MARKER}), so a mistyped `-o` never deletes anyone's
 * files.
 */
final class OutputDirectory {
    static final String MARKER = ".qdl-handbook";
    private static final String MARKER_TEXT = "Written by `qdl handbook`. Rendering the handbook again replaces this "
            + "directory whole.\n";

    private OutputDirectory() {
    }

    /** Writes {@code files} (relative path → bytes, `/`-separated) as the directory {@code target}. */
    static void replace(Path target, Map<String, byte[]> files) throws HandbookException {
        Path out = target.toAbsolutePath().normalize();
        Path parent = out.getParent();
        if (parent == null) {
            throw new HandbookException("cannot write the handbook to `" + target + "`: choose a directory below it");
        }
        checkReplaceable(target, out);
        Path created = createParents(target, parent);
        Path partial = null;
        try {
            partial = Files.createTempDirectory(parent, "." + out.getFileName() + ".partial-");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path file = partial.resolve(f.getKey()).normalize();
                if (!file.startsWith(partial)) {
                    throw new IllegalArgumentException("file outside the handbook: " + f.getKey());
                }
                Files.createDirectories(file.getParent());
                Files.write(file, f.getValue());
            }
            Files.writeString(partial.resolve(MARKER), MARKER_TEXT);
            readable(partial);
            swap(partial, out, target);
            partial = null;
        } catch (IOException e) {
            throw new HandbookException("cannot write the handbook to `" + target + "`: " + describe(e), e);
        } finally {
            if (partial != null) {
                deleteQuietly(partial);
                if (created != null) {
                    deleteEmptyUpTo(created, parent);
                }
            }
        }
    }

    private static void checkReplaceable(Path target, Path out) throws HandbookException {
        if (!Files.exists(out)) {
            return;
        }
        if (!Files.isDirectory(out)) {
            throw new HandbookException("cannot write the handbook to `" + target + "`: it exists and is not a "
                    + "directory");
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(out)) {
            empty = entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new HandbookException("cannot read `" + target + "`: " + describe(e), e);
        }
        if (!empty && !Files.isRegularFile(out.resolve(MARKER))) {
            throw new HandbookException("`" + target + "` already exists and is not a handbook QDL wrote: give an "
                    + "empty or new directory (QDL replaces only a directory it wrote itself)");
        }
    }

    /** Creates the missing parents; returns the topmost one created (to remove on failure), or null. */
    private static Path createParents(Path target, Path parent) throws HandbookException {
        Path top = null;
        for (Path p = parent; p != null && !Files.exists(p); p = p.getParent()) {
            top = p;
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new HandbookException("cannot create the directory for `" + target + "`: " + describe(e), e);
        }
        return top;
    }

    /** Moves the finished directory into place, keeping the old one until the new one is there. */
    private static void swap(Path partial, Path out, Path target) throws IOException {
        Path old = null;
        if (Files.exists(out)) {
            old = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".old-");
            Files.delete(old);
            move(out, old);
        }
        try {
            move(partial, out);
        } catch (IOException e) {
            if (old != null) {
                move(old, out);
            }
            throw e;
        }
        if (old != null) {
            deleteQuietly(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** A temporary directory is private to its owner; a published handbook should be readable like any file. */
    private static void readable(Path dir) throws IOException {
        if (!Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                        Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort: a leftover hidden directory is harmless and is not the output
        }
    }

    private static void deleteEmptyUpTo(Path top, Path from) {
        for (Path p = from; p != null && p.startsWith(top); p = p.getParent()) {
            try {
                Files.deleteIfExists(p);
            } catch (DirectoryNotEmptyException e) {
                return;
            } catch (IOException e) {
                return;
            }
        }
    }

    private static String describe(IOException e) {
        String what = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
        return e.getMessage() == null ? what : what + " (" + e.getMessage() + ")";
    }
}
