package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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

    /** A run stopped with `kill` (or Ctrl-C) removes its own temporary file as it shuts down. */
    @Test
    void aStoppedRunRemovesItsTemporaryFile() throws Exception {
        Path javaCommand = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(javaCommand.toString(), "-cp", System.getProperty("java.class.path"),
                TempFileLeaver.class.getName(), dir.toString()).redirectErrorStream(true).start();
        try {
            String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(line).as("the temporary file's path").isNotNull();
            Path file = Path.of(line);
            assertThat(file).exists().hasParent(dir);
            p.destroy(); // SIGTERM: the JVM shuts down
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(file).doesNotExist();
        } finally {
            p.destroyForcibly();
        }
    }

    /** A file put in place or removed is done with: nothing of it is left to remove at shutdown. */
    @Test
    void aFileCommittedOrClosedIsDoneWith() throws Exception {
        Path target = dir.resolve("out.csv");
        try (AtomicFile file = AtomicFile.open(target, "out.csv")) {
            file.stream().write('x');
            file.commit();
        }
        try (AtomicFile file = AtomicFile.open(dir.resolve("other.csv"), "other.csv")) {
            file.stream().write('y');
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("out.csv");
        }
    }
}

