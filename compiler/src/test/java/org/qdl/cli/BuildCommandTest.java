package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {
    @TempDir
    Path tmp;

    @Test
    void refusesASpecWithErrorsAndWritesNothing() throws IOException {
        Path out = tmp.resolve("out");
        Qdl.Run run = Qdl.in(Fixtures.dir()).run("build", "bad/syntax-error.qdl", "-o", out.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("error[Q0001]");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFileWithoutAQualificationIsAnError() throws IOException {
        Qdl.Run run = Qdl.in(Fixtures.dir()).run("build", "bad/units-only.qdl", "-o", tmp.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("error[Q0121]").contains("declares no qualification");
        try (var files = Files.list(tmp)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theOutputDirectoryIsRequired() {
        Qdl.Run run = Qdl.in(Fixtures.dir()).run("build", "tidy.qdl");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--output");
    }
}
