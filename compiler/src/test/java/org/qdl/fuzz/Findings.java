package org.qdl.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Inputs that broke an invariant, kept under {@code target/fuzz-findings/} by the hash of their bytes, so that a
 * failure found in a long run can be replayed (`qdl check FILE`) after jqwik's report has scrolled away.
 */
final class Findings {
    static final Path DIRECTORY = Path.of("target", "fuzz-findings");

    private Findings() {
    }

    /** Saves the input and returns the failure with where it was saved added to its message. */
    static AssertionError saved(Throwable failure, String suffix, byte[] input) {
        String where;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(input);
            Path file = DIRECTORY.resolve(HexFormat.of().formatHex(hash, 0, 8) + suffix);
            Files.createDirectories(DIRECTORY);
            Files.write(file, input);
            where = file.toAbsolutePath().toString();
        } catch (IOException | NoSuchAlgorithmException e) {
            where = "(not saved: " + e + ")";
        }
        return new AssertionError(failure.getMessage() + "\n(input saved to " + where + ")", failure);
    }
}
