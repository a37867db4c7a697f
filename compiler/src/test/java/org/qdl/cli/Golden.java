package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Expected output kept in files. Run the tests with {@code -Dqdl.golden.update=true} to accept what the code
 * prints now (then read the diff before committing it).
 */
final class Golden {
    static final boolean UPDATE = Boolean.getBoolean("qdl.golden.update");

    private Golden() {
    }

    static void assertMatches(Path golden, String actual) {
        try {
            if (UPDATE) {
                Files.createDirectories(golden.getParent());
                if (!Files.exists(golden) || !Files.readString(golden, StandardCharsets.UTF_8).equals(actual)) {
                    Files.writeString(golden, actual, StandardCharsets.UTF_8);
                }
                return;
            }
            assertThat(golden).as("golden file %s is missing; run the tests with -Dqdl.golden.update=true to create it",
                    golden).exists();
            assertThat(actual).as("output differs from %s (run with -Dqdl.golden.update=true to accept it)", golden)
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
