package org.qdl.cli.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qdl.cli.candidates.CsvCandidates.Splitting;
import org.qdl.runtime.candidate.Candidate;

/**
 * Found by fuzzing (CsvSplitFuzzTest): a large CSV read in parallel was cut inside a quoted field after a stray
 * quote, and stretches after `\r` line endings were numbered from the wrong line.
 */
class CsvSplitTest {
    @TempDir
    Path tmp;

    private static List<String> all(CsvCandidates c) {
        List<String> out = new ArrayList<>();
        for (Chunk chunk = c.next(100); chunk != null; chunk = c.next(100)) {
            for (Candidate cand : chunk.candidates()) {
                out.add(cand.toString());
            }
        }
        return out;
    }

    @Test
    void aQuoteInsideAnUnquotedFieldDoesNotOpenAQuote() throws Exception {
        // `say "hi` is a field with a quote in it; the quoted fields after it run over two lines
        StringBuilder csv = new StringBuilder("candidate,unit,result\nC0,U1,say \"hi\n");
        for (int i = 0; i < 2_000; i++) {
            csv.append("C").append(i % 50).append(",U").append(i % 7).append(",\"Not yet\npassed\"\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(tmp.resolve("class.csv"), bytes);
        List<String> whole = all(CsvCandidates.read(new ByteArrayInputStream(bytes), "class.csv", null, w -> { }));
        for (int threads : new int[] {2, 3, 8}) {
            assertThat(all(CsvCandidates.read(file, "class.csv", null, w -> { },
                    Splitting.on(threads).cutFrom(0)))).as("%d threads", threads)
                    .isEqualTo(whole);
        }
    }

    @Test
    void linesEndingInCarriageReturnsAreCountedAsTheParserCountsThem() throws Exception {
        StringBuilder csv = new StringBuilder("candidate,unit\r");
        for (int i = 0; i < 3_000; i++) {
            csv.append("C").append(i % 50).append(",U1").append(i % 1000 == 999 ? ",extra" : "").append(i % 2 == 0
                    ? "\r" : "\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(tmp.resolve("class.csv"), bytes);
        List<String> sequential = new ArrayList<>();
        CsvCandidates.read(new ByteArrayInputStream(bytes), "class.csv", sequential::add, w -> { });
        assertThat(sequential).containsExactly("class.csv:1001: 3 fields where the header has 2",
                "class.csv:2001: 3 fields where the header has 2", "class.csv:3001: 3 fields where the header has 2");
        List<String> parallel = new ArrayList<>();
        CsvCandidates.read(file, "class.csv", parallel::add, w -> { }, Splitting.on(4).cutFrom(0));
        assertThat(parallel).isEqualTo(sequential);
    }

    private void sameInParallel(String text, int threads) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(tmp.resolve("class.csv"), bytes);
        List<String> whole = all(CsvCandidates.read(new ByteArrayInputStream(bytes), "class.csv", null, w -> { }));
        assertThat(all(CsvCandidates.read(file, "class.csv", null, w -> { },
                Splitting.on(threads).cutFrom(0)))).as("%d threads", threads)
                .isEqualTo(whole);
    }

    /** Found in review: the parser drops a byte-order mark at the start of any stretch, so no cut goes before one. */
    @Test
    void aRowStartingWithAByteOrderMarkIsNotCutBefore() throws Exception {
        StringBuilder csv = new StringBuilder("candidate,unit\n");
        csv.append("C1,U1\n".repeat(10)).append("\uFEFFC2,U2\n").append("C3,U3\n".repeat(10));
        // 144 bytes: the first line break after the middle (72) is at 74, just before the row with the mark
        assertThat(csv.toString().getBytes(StandardCharsets.UTF_8)).hasSize(144);
        for (int threads : new int[] {2, 3, 4}) {
            sameInParallel(csv.toString(), threads);
        }
    }

    /** Found in review: blank lines before the header could fill the first stretch and leave it the header. */
    @Test
    void blankLinesBeforeTheHeaderDoNotMakeItARow() throws Exception {
        sameInParallel("\n".repeat(40) + "candidate,unit\nC1,U1\n", 2);
        sameInParallel(",,\n".repeat(40) + "candidate,unit\nC1,U1\n", 3);
    }
}
