package org.qdl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * `--import-root DIR`, for the commands that read a spec: imports may only read files under DIR. Without it an
 * import can read any file the user running qdl can read, and its lines may appear in diagnostics, which matters
 * to a service that checks specs it did not write.
 */
final class ImportRoot {
    static final String OPTION = "--import-root";

    @Option(names = OPTION, paramLabel = "DIR",
            description = "Imports may only read files under DIR (for checking specs you did not write; "
                    + "without it an import can read any file you can).")
    String dir;

    /** The directory, which must exist; empty when the option was not given. */
    Optional<Path> resolve(Io io) {
        if (dir == null) {
            return Optional.empty();
        }
        Path path = io.resolve(dir);
        if (!Files.isDirectory(path)) {
            throw CliException.usage("--import-root `" + dir + "` is not a directory");
        }
        return Optional.of(path);
    }
}
