package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eval's output file, opened while the input is read. */
class OutputAheadTest {
    @TempDir
    Path tmp;

    private String[] files() throws IOException {
        try (var list = Files.list(tmp)) {
            return list.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void theFileTakenIsWrittenAndPutInPlace() throws IOException {
        Path out = tmp.resolve("out.csv");
        try (OutputAhead ahead = OutputAhead.begin(() -> AtomicFile.open(out, "out.csv"))) {
            try (AtomicFile file = ahead.take()) {
                file.stream().write("results\n".getBytes(StandardCharsets.UTF_8));
                file.commit();
            }
        }
        assertThat(out).hasContent("results");
        assertThat(files()).containsExactly("out.csv");
    }

    @Test
    void aFileNeverTakenLeavesNothingBehind() throws IOException {
        Path out = tmp.resolve("out.csv");
        OutputAhead ahead = OutputAhead.begin(() -> AtomicFile.open(out, "out.csv"));
        ahead.close(); // eval stopped before its results: a broken input or spec
        assertThat(files()).isEmpty();
        ahead.close();
        assertThat(files()).isEmpty();
    }

    @Test
    void aFileTakenAndNotCommittedLeavesNothingBehind() throws IOException {
        Path out = Files.writeString(tmp.resolve("out.csv"), "yesterday's\n");
        try (OutputAhead ahead = OutputAhead.begin(() -> AtomicFile.open(out, "out.csv"));
                AtomicFile file = ahead.take()) {
            file.stream().write("half a run".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(out).hasContent("yesterday's");
        assertThat(files()).containsExactly("out.csv");
    }

    @Test
    void whatOpeningThrowsIsThrownWhereTheFileIsTakenAndOnlyThere() {
        CliException refused = CliException.usage("cannot write `out.csv`: permission denied");
        OutputAhead ahead = OutputAhead.begin(() -> {
            throw refused;
        });
        assertThatThrownBy(ahead::take).isSameAs(refused);
        OutputAhead untaken = OutputAhead.begin(() -> {
            throw refused;
        });
        untaken.close(); // not eval's to report: it stopped for another reason
    }

    @Test
    void aFileOpenedWhenTakenIsOpenedOnlyIfTaken() throws IOException {
        Path out = tmp.resolve("out.csv");
        OutputAhead never = OutputAhead.whenTaken(() -> AtomicFile.open(out, "out.csv"));
        assertThat(files()).as("nothing opened before it is taken").isEmpty();
        never.close();
        assertThat(files()).isEmpty();
        try (OutputAhead later = OutputAhead.whenTaken(() -> AtomicFile.open(out, "out.csv"));
                AtomicFile file = later.take()) {
            assertThat(files()).hasSize(1).allMatch(name -> name.startsWith(".out.csv.qdl-"));
            file.stream().write("results\n".getBytes(StandardCharsets.UTF_8));
            file.commit();
        }
        assertThat(files()).containsExactly("out.csv");
    }
}

