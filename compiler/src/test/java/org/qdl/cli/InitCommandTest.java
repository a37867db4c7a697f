package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `qdl init` writes a spec and its test file that check, format and test clean, and never replaces a file. */
class InitCommandTest {
    @TempDir
    Path dir;

    @Test
    void theScaffoldChecksAndItsTestsPass() throws Exception {
        Qdl.Run run = Qdl.in(dir).run("init", "--id", "new-award", "--title", "A \"quoted\" title",
                "--units", "A1,A2,A3", "-o", "out");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("wrote out/new-award.qdl and out/new-award.test.yaml");
        assertThat(Files.readString(dir.resolve("out/new-award.qdl"))).contains("unit A3");
        assertThat(Qdl.in(dir).run("check", "out").exit()).isZero();
        assertThat(Qdl.in(dir).run("fmt", "--check", "out").exit()).isZero();
        Qdl.Run test = Qdl.in(dir).run("test", "out/new-award.qdl");
        assertThat(test.out()).contains("2 passed, 0 failed");
        assertThat(test.exit()).isZero();
    }

    @Test
    void neverReplacesAFileAndWritesNothingForBadFlags() throws Exception {
        Files.writeString(dir.resolve("taken.qdl"), "// mine");
        Qdl.Run taken = Qdl.in(dir).run("init", "--id", "taken", "--title", "T");
        assertThat(taken.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(taken.err()).contains("`taken.qdl` already exists");
        assertThat(Files.readString(dir.resolve("taken.qdl"))).isEqualTo("// mine");

        Qdl.Run bad = Qdl.in(dir).run("init", "--id", "x", "--title", "T", "--level", "eleventy");
        assertThat(bad.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(bad.err()).contains("nothing was written").contains("--> x.qdl:");
        assertThat(dir.resolve("x.qdl")).doesNotExist();
        assertThat(dir.resolve("x.test.yaml")).doesNotExist();
    }
}
