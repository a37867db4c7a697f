package org.qdl.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files a user names on the command line: found, or a usage error that names them. */
final class UserFiles {
    private UserFiles() {
    }

    /** The file the user typed, which must exist and be a file; {@code what} says what it should be ("spec"). */
    static Path existing(Io io, String typed, String what) {
        Path path = io.resolve(typed);
        if (!Files.exists(path)) {
            throw CliException.usage("cannot find " + what + " `" + typed + "`: no such file");
        }
        if (Files.isDirectory(path)) {
            throw CliException.usage(what + " `" + typed + "` is a directory, not a file");
        }
        if (!Files.isReadable(path)) {
            throw CliException.usage("cannot read " + what + " `" + typed + "`: permission denied");
        }
        return path;
    }

    /**
     * A spec the user typed: an existing regular file. A device or a pipe is refused at once: `/dev/zero` would
     * otherwise be read until memory ran out, and a spec is read more than once (fmt, then check).
     */
    static Path spec(Io io, String typed) {
        return regularFile(io, typed, "spec");
    }

    /** A file the user typed that is read whole (a spec, a test file): it exists and is a regular file. */
    static Path regularFile(Io io, String typed, String what) {
        Path path = existing(io, typed, what);
        if (!Files.isRegularFile(path)) {
            throw CliException.usage(what + " `" + typed + "` is not a regular file (it is a device, a pipe or a "
                    + "socket); name the " + (what.equals("spec") ? ".qdl or .qdl.json file" : what) + " itself");
        }
        return path;
    }

    /** A directory to write into, created if missing. */
    static Path outputDirectory(Io io, String typed) {
        Path dir = io.resolve(typed);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw CliException.usage("output directory `" + typed + "` is a file, not a directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw CliException.usage("cannot create output directory `" + typed + "`: " + e.getMessage());
        }
        return dir;
    }
}
