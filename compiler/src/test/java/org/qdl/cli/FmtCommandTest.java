package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qdl.cli.Fixtures.golden;
import static org.qdl.cli.Fixtures.qdl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmtCommandTest {
    @TempDir
    Path tmp;

    @Test
    void printsTheCanonicalText() throws IOException {
        Qdl.Run run = qdl("fmt", "untidy.qdl");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        golden("fmt-untidy", run);
        // formatting is idempotent: the canonical text is already formatted
        Files.writeString(tmp.resolve("once.qdl"), run.out());
        assertThat(Qdl.in(tmp).run("fmt", "--check", "once.qdl").exit()).isZero();
    }

    @Test
    void checkListsFilesThatAreNotFormatted() {
        Qdl.Run run = qdl("fmt", "--check", "tidy.qdl", "untidy.qdl");
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).isEqualTo("untidy.qdl\n");
        assertThat(qdl("fmt", "--check", "tidy.qdl").exit()).isZero();
    }

    @Test
    void writeRewritesOnlyFilesThatChange() throws IOException {
        Files.copy(Fixtures.dir().resolve("untidy.qdl"), tmp.resolve("untidy.qdl"));
        Files.copy(Fixtures.dir().resolve("tidy.qdl"), tmp.resolve("tidy.qdl"));
        var tidyTime = Files.getLastModifiedTime(tmp.resolve("tidy.qdl"));
        Qdl.Run run = Qdl.in(tmp).run("fmt", "--write", "untidy.qdl", "tidy.qdl");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(tmp.resolve("untidy.qdl"))).isEqualTo(qdl("fmt", "untidy.qdl").out());
        assertThat(Files.getLastModifiedTime(tmp.resolve("tidy.qdl"))).isEqualTo(tidyTime);
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("untidy.qdl", "tidy.qdl");
        }
    }

    @Test
    void syntaxErrorsAreDiagnosticsAndTheFileIsLeftAlone() throws IOException {
        Files.copy(Fixtures.dir().resolve("bad/syntax-error.qdl"), tmp.resolve("broken.qdl"));
        String before = Files.readString(tmp.resolve("broken.qdl"));
        Qdl.Run run = Qdl.in(tmp).run("fmt", "--write", "broken.qdl");
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("error[Q0001]").contains("broken.qdl:");
        assertThat(Files.readString(tmp.resolve("broken.qdl"))).isEqualTo(before);
    }

    @Test
    void writeAndCheckTogetherIsAUsageError() {
        assertThat(qdl("fmt", "--write", "--check", "tidy.qdl").exit()).isEqualTo(ExitCode.USAGE);
    }
}
