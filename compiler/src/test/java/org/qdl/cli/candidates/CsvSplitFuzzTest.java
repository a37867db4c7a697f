package org.qdl.cli.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.qdl.cli.candidates.CsvCandidates.Splitting;
import org.qdl.fuzz.Fuzz;
import org.qdl.runtime.candidate.Candidate;

/**
 * A CSV file read in stretches on several threads gives exactly what reading it in one go gives — candidates,
 * skipped rows, or the message that refuses it — whatever its rows hold: fields quoted over several lines, quotes
 * inside unquoted fields, blank lines, CRLF, bytes that are not UTF-8.
 */
class CsvSplitFuzzTest {
    private static final Path DIR = org.qdl.fuzz.Scratch.directory("qdl-csv-split");

    private static final String[] FIELDS = {"C1", "C2", "c3", "46", "M1", "Pass", "", " ", "\"quoted\"",
        "\"two\nlines\"", "\"a,b\"", "\"say \"\"hi\"\"\"", "a\"b", "\"x\"y", "planned", "1.1", "S", "é", "\"\r\n\"",
        "\"", "x\"\n\"y"};

    @Provide
    Arbitrary<String> files() {
        Arbitrary<String> field = Arbitraries.of(FIELDS);
        Arbitrary<String> row = field.list().ofMinSize(1).ofMaxSize(6).map(f -> String.join(",", f));
        return net.jqwik.api.Combinators.combine(row.list().ofMaxSize(200), Arbitraries.of("\n", "\r\n", "\r"))
                .as((rows, eol) -> {
                    List<String> lines = new ArrayList<>(List.of("candidate,unit,result,status,criterion,rating"));
                    lines.addAll(rows);
                    return String.join(eol, lines) + eol;
                });
    }

    private record Read(List<String> candidates, List<String> skipped, String refused) {
    }

    private static Read read(ReadStep step) {
        List<String> skipped = new ArrayList<>();
        try {
            CsvCandidates c = step.read(skipped);
            List<String> out = new ArrayList<>();
            for (Chunk chunk = c.next(50); chunk != null; chunk = c.next(50)) {
                for (Candidate cand : chunk.candidates()) {
                    out.add(cand.toString());
                }
            }
            return new Read(out, skipped, null);
        } catch (BadInputException e) {
            return new Read(List.of(), skipped, e.getMessage());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private interface ReadStep {
        CsvCandidates read(List<String> skipped) throws java.io.IOException, BadInputException;
    }

    @Property(tries = 1_000_000, seed = "20261127", shrinking = ShrinkingMode.BOUNDED)
    @Fuzz(seconds = 4, tries = 100)
    void stretchesReadInParallelGiveWhatOneReadGives(@ForAll("files") String text, @ForAll boolean skip)
            throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(DIR.resolve("class.csv"), bytes);
        Read whole = read(s -> CsvCandidates.read(new ByteArrayInputStream(bytes), "class.csv",
                skip ? s::add : null, w -> { }));
        for (int threads : new int[] {2, 3, CsvCandidates.BUCKETED_FROM + 1}) {
            Read split = read(s -> CsvCandidates.read(file, "class.csv", skip ? s::add : null, w -> { },
                    Splitting.on(threads).cutFrom(0)));
            assertThat(split).as("%d threads", threads).isEqualTo(whole);
        }
    }
}
