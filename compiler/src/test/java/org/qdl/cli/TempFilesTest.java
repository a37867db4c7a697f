package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempFilesTest {
    @TempDir
    Path dir;

    /** New, empty, the owner's alone, named as ours (so that a later run can tell it is stale), never twice the same. */
    @Test
    void eachFileIsNewEmptyPrivateAndNamedAsOurs() throws Exception {
        Set<Path> made = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            Path file = TempFiles.create(dir, "results.csv");
            assertThat(made.add(file)).isTrue();
            assertThat(file.getParent()).isEqualTo(dir);
            assertThat(Files.size(file)).isZero();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(file.getFileName().toString())
                    .matches("\\.results\\.csv\\.qdl-" + ProcessHandle.current().pid() + "-\\d+\\.tmp");
            assertThat(TempFiles.stale(file)).as("this process is alive").isFalse();
        }
    }

    /** A file already there under the next name (left by a dead process that had this id) is never written over. */
    @Test
    void aFileAlreadyThereIsPassedOver() throws Exception {
        Path first = TempFiles.create(dir, "out.json");
        String name = first.getFileName().toString();
        long number = Long.parseLong(name.substring(name.lastIndexOf('-') + 1, name.length() - ".tmp".length()));
        String stem = name.substring(0, name.lastIndexOf('-') + 1);
        for (long n = number + 1; n <= number + 5; n++) {
            Files.writeString(dir.resolve(stem + n + ".tmp"), "kept");
        }
        Path next = TempFiles.create(dir, "out.json");
        assertThat(next.getFileName().toString()).isEqualTo(stem + (number + 6) + ".tmp");
        assertThat(Files.size(next)).isZero();
        for (long n = number + 1; n <= number + 5; n++) {
            assertThat(Files.readString(dir.resolve(stem + n + ".tmp"))).isEqualTo("kept");
        }
    }
}
