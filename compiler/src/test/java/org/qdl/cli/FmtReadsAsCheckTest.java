package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `qdl fmt` reads a file as `qdl check` does. Found by fuzzing: a NUL byte in a comment made check refuse the file
 * (Q0009, not a text file) while fmt printed it, and `fmt --write` rewrote it.
 */
class FmtReadsAsCheckTest {
    @TempDir
    Path tmp;

    @Test
    void aFileWithANulByteIsNotFormatted() throws IOException {
        byte[] bytes = "// a note\u0000\nunit A1 \"Communicate\"   { credit 3 }\n".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(tmp.resolve("nul.qdl"), bytes);
        for (String[] args : new String[][] {{"fmt", "nul.qdl"}, {"fmt", "--write", "nul.qdl"}, {"check", "nul.qdl"}}) {
            Qdl.Run run = Qdl.in(tmp).run(args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(ExitCode.INPUT);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith("error[Q0009]: `nul.qdl` is not a text file (it contains NUL bytes)");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void aFileThatIsNotUtf8GetsTheSameDiagnosticAsFromCheck() throws IOException {
        Files.write(tmp.resolve("latin1.qdl"),
                "unit A1 \"Caf\u00e9\" { credit 3 }\n".getBytes(StandardCharsets.ISO_8859_1));
        Qdl.Run fmt = Qdl.in(tmp).run("fmt", "latin1.qdl");
        assertThat(fmt.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(fmt.err()).isEqualTo(Qdl.in(tmp).run("check", "latin1.qdl").err()).contains("error[Q0009]");
    }
}
