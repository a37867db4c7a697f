package org.qdl.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Temporary files that cannot pile up: each is named `.NAME.qdl-PID-RANDOM.tmp`, after the process writing it, and
 * whoever next writes to the same folder removes those whose process is gone. A run stopped with Ctrl-C or `kill`
 * removes its own as it shuts down ({@link #done} says which are still there); one killed with `kill -9` has no chance
 * to, and the next write removes it. A file whose process still runs, or that is not named so, is never touched.
 */
final class TempFiles {
    private static final Pattern OURS = Pattern.compile("\\..*\\.qdl-(\\d{1,19})-\\d+\\.tmp");
    private static final long PID = ProcessHandle.current().pid();

    private TempFiles() {
    }

    /** Numbers this process's files, from the clock: a dead process that had the same id is unlikely to clash. */
    private static final AtomicLong NUMBER = new AtomicLong(System.nanoTime() & Long.MAX_VALUE >>> 1);
    private static final int ATTEMPTS = 100;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /**
     * A new, empty temporary file in {@code dir} for {@code name}, readable and writable by its owner alone, after
     * removing stale ones there. Named by this process's id and a number of its own, and made only if no file has
     * that name: {@code Files.createTempFile} would name it by a random number, and seeding its generator took 11 to
     * 15 ms of every run that writes a file.
     */
    static Path create(Path dir, String name) throws IOException {
        removeStale(dir);
        FileAttribute<?>[] ownerOnly = dir.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        for (int attempt = 1;; attempt++) {
            Path file = dir.resolve("." + name + ".qdl-" + PID + "-" + NUMBER.getAndIncrement() + ".tmp");
            try {
                Files.newByteChannel(file, EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                        ownerOnly).close();
                Live.FILES.add(file);
                return file;
            } catch (FileAlreadyExistsException e) {
                // left by an earlier process with this id (a stale file of our own id is not removed): the next number
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** {@code file}, made by {@link #create}, has been put in place or removed: nothing to remove at shutdown. */
    static void done(Path file) {
        Live.FILES.remove(file);
    }

    /** This process's temporary files still there, removed should the JVM shut down first (Ctrl-C, `kill`). */
    private static final class Live {
        static final Set<Path> FILES = ConcurrentHashMap.newKeySet();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(Live::remove, "qdl-temporary-files"));
        }

        private static void remove() {
            for (Path file : FILES) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException | SecurityException e) {
                    // left behind, it is named as ours and removed by the next write to its folder
                }
            }
        }
    }

    /** Whether {@code file}'s name is one of ours and its process has ended. */
    static boolean stale(Path file) {
        Matcher m = OURS.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return false;
        }
        return pid != PID && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    static void removeStale(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*.qdl-*.tmp")) {
            for (Path p : entries) {
                if (stale(p) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | SecurityException e) {
            // tidying is a courtesy: a folder we cannot list or a file we cannot remove does not stop the write
        }
    }
}
