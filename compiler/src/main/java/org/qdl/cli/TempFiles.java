package org.qdl.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Temporary files that cannot pile up: each is named `.NAME.qdl-PID-RANDOM.tmp`, after the process writing it, and
 * whoever next writes to the same folder removes those whose process is gone (a run killed with `kill -9` has no
 * chance to remove its own). A file whose process still runs, or that is not named so, is never touched.
 */
final class TempFiles {
    private static final Pattern OURS = Pattern.compile("\\..*\\.qdl-(\\d{1,19})-\\d+\\.tmp");
    private static final long PID = ProcessHandle.current().pid();

    private TempFiles() {
    }

    /** A new, empty temporary file in {@code dir} for {@code name}, after removing stale ones there. */
    static Path create(Path dir, String name) throws IOException {
        removeStale(dir);
        return Files.createTempFile(dir, "." + name + ".qdl-" + PID + "-", ".tmp");
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
