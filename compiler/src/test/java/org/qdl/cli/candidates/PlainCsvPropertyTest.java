package org.qdl.cli.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.qdl.cli.candidates.CsvCandidates.Splitting;
import org.qdl.fuzz.Fuzz;
import org.qdl.runtime.candidate.Candidate;

/**
 * A file read straight from its bytes ({@link PlainCsv}) gives exactly what Jackson's parser gives when it reads the
 * same file as a stream: candidates (with the lines of their rows), skipped rows, warnings and notes, or the message
 * that refuses it — on one thread or several, with commas, semicolons or tabs, whatever the fields hold: spaces and
 * control characters, characters of two to four bytes, a byte-order mark inside the text, bytes that are not UTF-8, a
 * quote now and then (which sends a stretch to the parser), rows too short or too long, lines ended every way.
 */
class PlainCsvPropertyTest {
    private static final Path DIR = org.qdl.fuzz.Scratch.directory("qdl-plain-csv");

    private static final String[] FIELDS = {"C1", "C2", "c1", "C3 ", " C4", "U1", "U2", "46", "Pass", "Merit", "",
        " ", "  ", "\t", "planned", "exempt", "2024-03-14", "14/03/2024", "03/04/2024", "é", "ü-unit", "日本", "😀",
        "\uFEFF", "\u0001", "x\u001fy", "#c", "!", "a b", "1", "2", "0", "S", "criterion 1.1", "\u00a0", "\u2003"};
    private static final String[] RARE = {"\"q\"", "a\"b", "\"a,b\"", "\"two\nlines\""};
    private static final String[][] HEADERS = {
        {"candidate", "unit", "result"},
        {"candidate", "unit", "result", "status", "date"},
        {"learner", "unit", "result", "notes"},
        {"candidate", "unit", "criterion", "rating"},
        {"candidate", "unit", "attempt", "date", "registered"},
    };

    @Provide
    Arbitrary<byte[]> files() {
        Arbitrary<String> field = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(60, Arbitraries.of(FIELDS)), net.jqwik.api.Tuple.of(1, Arbitraries.of(RARE)));
        Arbitrary<List<String>> row = field.list().ofMinSize(0).ofMaxSize(7);
        Arbitrary<String> separator = Arbitraries.of(",", ",", ";", "\t");
        Arbitrary<String> eol = Arbitraries.of("\n", "\r\n", "\r");
        Arbitrary<Integer> header = Arbitraries.integers().between(0, HEADERS.length - 1);
        // a bad byte (a lone continuation byte, a cut character) somewhere, now and then
        Arbitrary<Integer> badAt = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, Arbitraries.just(-1)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 4000)));
        Arbitrary<Boolean> mark = Arbitraries.of(false, false, false, true);
        Arbitrary<Boolean> endsWithBreak = Arbitraries.of(true, true, false);
        return Combinators.combine(row.list().ofMaxSize(120), separator, eol, header, badAt, mark, endsWithBreak)
                .as((rows, sep, end, h, bad, bom, last) -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    if (bom) {
                        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                    }
                    List<String> lines = new ArrayList<>();
                    lines.add(String.join(sep, HEADERS[h]));
                    for (List<String> r : rows) {
                        lines.add(String.join(sep, r));
                    }
                    out.writeBytes((String.join(end, lines) + (last ? end : "")).getBytes(StandardCharsets.UTF_8));
                    byte[] bytes = out.toByteArray();
                    if (bad >= 0 && bytes.length > 0) {
                        int at = Math.max(bom ? 3 : 0, Math.min(bytes.length - 1, bad));
                        bytes[at] = (byte) (bad % 2 == 0 ? 0x80 : 0xE2);
                    }
                    return bytes;
                });
    }

    private record Read(List<String> candidates, List<String> skipped, List<String> said, String refused) {
    }

    private interface ReadStep {
        CsvCandidates read(List<String> skipped, List<String> said) throws java.io.IOException, BadInputException;
    }

    private static Read read(ReadStep step) {
        List<String> skipped = new ArrayList<>();
        List<String> said = new ArrayList<>();
        try {
            CsvCandidates c = step.read(skipped, said);
            List<String> out = new ArrayList<>();
            for (Chunk chunk = c.next(50); chunk != null; chunk = c.next(50)) {
                for (Candidate cand : chunk.candidates()) {
                    out.add(cand.toString());
                }
            }
            return new Read(out, skipped, said, null);
        } catch (BadInputException e) {
            return new Read(List.of(), skipped, List.of(), e.getMessage());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Property(tries = 1_000_000, seed = "20261206", shrinking = ShrinkingMode.BOUNDED)
    @Fuzz(seconds = 4, tries = 300)
    void readingTheBytesGivesWhatTheParserGives(@ForAll("files") byte[] bytes, @ForAll boolean skip) {
        Path file = write(bytes);
        Read parsed = read((s, said) -> CsvCandidates.read(new ByteArrayInputStream(bytes), "class.csv",
                skip ? s::add : null, said::add, said::add, ReadOptions.DEFAULT));
        for (int threads : new int[] {1, 2, 3}) {
            Read plain = read((s, said) -> CsvCandidates.read(file, "class.csv", skip ? s::add : null, said::add,
                    said::add, ReadOptions.DEFAULT, Splitting.on(threads).cutFrom(0)));
            assertThat(plain).as("%d threads", threads).isEqualTo(parsed);
        }
    }

    /**
     * Files longer than the reader's blocks (its first of 64 KiB, then 1 MiB): rows cut by a block's end, a row longer
     * than a block, lines ended every way, on one to three threads.
     */
    @Provide
    Arbitrary<byte[]> longFiles() {
        Arbitrary<Integer> size = Arbitraries.of(70_000, 200_000, 1_200_000);
        Arbitrary<Boolean> longRow = Arbitraries.of(false, true);
        return Combinators.combine(files(), size, longRow).as((some, bytes, wide) -> {
            String text = new String(some, StandardCharsets.UTF_8);
            int firstBreak = Math.max(text.indexOf('\n'), text.indexOf('\r'));
            String header = firstBreak < 0 ? "candidate,unit,result\n" : "";
            StringBuilder out = new StringBuilder(header).append(text);
            if (!text.endsWith("\n") && !text.endsWith("\r")) {
                out.append('\n');
            }
            for (int i = 0; out.length() < bytes; i++) {
                out.append("L").append(i % 5000).append(",U").append(i % 7).append(i % 3 == 0 ? ",Pass\r\n" : ",\n");
                if (wide && i == 2000) {
                    out.append("L1,").append("x".repeat(150_000)).append(",Pass\n");
                }
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        });
    }

    @Property(tries = 12, seed = "20261206", shrinking = ShrinkingMode.OFF)
    void filesLongerThanABlockAreReadAsTheParserReadsThem(@ForAll("longFiles") byte[] bytes, @ForAll boolean skip) {
        readingTheBytesGivesWhatTheParserGives(bytes, skip);
    }

    /**
     * Files whose header is read straight from the bytes ({@link PlainCsv#header}): blank rows before it (empty, or only
     * separators and spaces), a header of any fields (column names, misspelt, repeated, empty, quoted now and then, a
     * name the common-names table knows), and a few rows after it; or no row at all.
     */
    @Provide
    Arbitrary<byte[]> headerFiles() {
        Arbitrary<String> name = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of("candidate", "unit", "result", "status", "date", "criterion",
                        "rating", "attempt", "registered", "Candidate ", " UNIT", "learner", "candidte", "unit")),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(FIELDS)), net.jqwik.api.Tuple.of(1, Arbitraries.of(RARE)));
        Arbitrary<List<String>> header = name.list().ofMinSize(0).ofMaxSize(6);
        Arbitrary<String> blank = Arbitraries.of("", ",", ",,", " ", " , ", "\t");
        Arbitrary<String> separator = Arbitraries.of(",", ";", "\t");
        Arbitrary<String> eol = Arbitraries.of("\n", "\r\n", "\r");
        Arbitrary<Boolean> mark = Arbitraries.of(false, true);
        return Combinators.combine(blank.list().ofMaxSize(3), header, separator, eol, mark,
                        Arbitraries.integers().between(0, 3))
                .as((blanks, fields, sep, end, bom, rows) -> {
                    List<String> lines = new ArrayList<>();
                    for (String b : blanks) {
                        lines.add(b.replace(",", sep));
                    }
                    lines.add(String.join(sep, fields));
                    for (int r = 0; r < rows; r++) {
                        lines.add(String.join(sep, List.of("C" + r, "U1", "Pass")));
                    }
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    if (bom) {
                        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                    }
                    out.writeBytes(String.join(end, lines).getBytes(StandardCharsets.UTF_8));
                    return out.toByteArray();
                });
    }

    @Property(tries = 1_000_000, seed = "20261207", shrinking = ShrinkingMode.BOUNDED)
    @Fuzz(seconds = 2, tries = 300)
    void theHeaderReadFromTheBytesIsTheParsers(@ForAll("headerFiles") byte[] bytes, @ForAll boolean skip) {
        readingTheBytesGivesWhatTheParserGives(bytes, skip);
    }

    private static Path write(byte[] bytes) {
        try {
            return Files.write(DIR.resolve("class.csv"), bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
