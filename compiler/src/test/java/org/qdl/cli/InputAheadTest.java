package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qdl.cli.candidates.DateOrder;
import org.qdl.cli.candidates.InputFormat;
import org.qdl.cli.candidates.ReadOptions;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** eval's CSV input read while picocli reads the command line: a guess, used only when picocli agrees. */
class InputAheadTest {
    @TempDir
    Path tmp;

    private static String guessed(String... args) {
        return InputAhead.guessed(args, word -> true);
    }

    @Test
    void theGuessIsTheSecondArgumentThatIsNeitherAnOptionNorItsValue() {
        assertThat(guessed("eval", "q.qdl", "c.csv")).isEqualTo("c.csv");
        assertThat(guessed("eval", "-o", "old.csv", "--format", "csv", "q.qdl", "C.TSV")).isEqualTo("C.TSV");
        assertThat(guessed("eval", "--output=old.csv", "q.qdl", "--candidate", "c.csv", "c.txt", "--explain"))
                .isEqualTo("c.txt");
        assertThat(guessed("eval", "q.qdl", "c.csv", "--with", "A1:Pass", "--on", "2026-07-31", "--no-color"))
                .isEqualTo("c.csv");
        assertThat(InputAhead.guessed(new String[] {"eval", "q.qdl", "c.csv"}, "d.csv"::equals)).isNull();
    }

    @Test
    void noGuessForOtherInputsOrReadingOptions() {
        assertThat(guessed("eval", "q.qdl", "c.json")).isNull();
        assertThat(guessed("eval", "q.qdl", "c.xlsx")).isNull();
        assertThat(guessed("eval", "q.qdl", "-")).isNull();
        assertThat(guessed("eval", "q.qdl")).isNull();
        assertThat(guessed("eval", "q.qdl", "c.csv", "d.csv")).isNull();
        assertThat(guessed("check", "q.qdl", "c.csv")).isNull();
        assertThat(guessed("eval", "--", "q.qdl", "c.csv")).isNull();
        for (String reading : InputAhead.READING) {
            assertThat(guessed("eval", "q.qdl", "c.csv", reading, "x")).as(reading).isNull();
            assertThat(guessed("eval", reading + "=x", "q.qdl", "c.csv")).as(reading).isNull();
        }
        // where SpecAhead makes no guess, nor does this
        assertThat(guessed("eval", "q.qdl", "c.csv", "--help")).isNull();
        assertThat(guessed("eval", "--import-root", "specs", "q.qdl", "c.csv")).isNull();
        assertThat(guessed("eval", "@options.txt", "q.qdl", "c.csv")).isNull();
    }

    /** The guess skips option values by a list of its own: it must be eval's, as picocli reads it. */
    @Test
    void theOptionListsAreEvals() {
        Set<OptionSpec> options = Set.copyOf(new CommandLine(new EvalCommand()).getCommandSpec().options());
        Set<String> valued = options.stream().filter(o -> o.arity().max() > 0)
                .flatMap(o -> Arrays.stream(o.names())).collect(Collectors.toCollection(TreeSet::new));
        Set<String> all = options.stream().flatMap(o -> Arrays.stream(o.names())).collect(Collectors.toSet());

        assertThat(new TreeSet<>(InputAhead.VALUED)).isEqualTo(valued);
        assertThat(all).containsAll(InputAhead.READING);
    }

    /** A large file, read ahead and read by eval itself: the same results, the same messages, in the same order. */
    @Test
    void whatIsReadAheadIsWhatEvalReads() throws IOException {
        Files.copy(Fixtures.dir().resolve("mini.qdl.json"), tmp.resolve("mini.qdl.json"));
        // semicolons (a note) and a column qdl does not read (a warning)
        largeClass(tmp.resolve("class.csv"), "candidate;unit;tutor", "");
        int before = InputAhead.TAKEN.get();

        Qdl.Run ahead = Qdl.in(tmp).run("eval", "--format", "csv", "mini.qdl.json", "class.csv");
        assertThat(InputAhead.TAKEN.get()).isEqualTo(before + 1);
        Qdl.Run itself = Qdl.in(tmp).run("eval", "--format", "csv", "--input-format", "csv", "mini.qdl.json",
                "class.csv");
        assertThat(InputAhead.TAKEN.get()).isEqualTo(before + 1);

        assertThat(ahead.exit()).isZero();
        assertThat(ahead.err()).contains("note: ").contains("warning: ").contains("tutor")
                .isEqualTo(itself.err());
        assertThat(ahead.out()).startsWith("candidate,achieved,").contains("\nC000001,")
                .isEqualTo(itself.out());
    }

    /** A malformed row is reported as eval reports it, and a broken spec still comes first, alone. */
    @Test
    void aBadRowOrABrokenSpecIsReportedAsBefore() throws IOException {
        Files.copy(Fixtures.dir().resolve("mini.qdl.json"), tmp.resolve("mini.qdl.json"));
        Files.writeString(tmp.resolve("broken.qdl"), "qualification q \"Q\" {\n  rules { all units from group G }\n");
        largeClass(tmp.resolve("class.csv"), "candidate,unit,result", "C9,\n");
        int before = InputAhead.TAKEN.get();

        Qdl.Run badRow = Qdl.in(tmp).run("eval", "mini.qdl.json", "class.csv");
        Qdl.Run badRowItself = Qdl.in(tmp).run("eval", "--input-format", "csv", "mini.qdl.json", "class.csv");
        Qdl.Run brokenSpec = Qdl.in(tmp).run("eval", "broken.qdl", "class.csv");
        Qdl.Run brokenSpecItself = Qdl.in(tmp).run("eval", "--input-format", "csv", "broken.qdl", "class.csv");

        assertThat(InputAhead.TAKEN.get()).isEqualTo(before + 2);
        assertThat(badRow.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(badRow.err()).startsWith("error: class.csv:").isEqualTo(badRowItself.err());
        assertThat(badRow.out()).isEmpty();
        assertThat(brokenSpec.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(brokenSpec.err()).contains("error[").doesNotContain("class.csv").isEqualTo(brokenSpecItself.err());
    }

    /** Only the input as guessed, read as the guess read it, is taken; the rest is left to eval. */
    @Test
    void eachDifferenceLeavesTheReadingToEval() throws IOException {
        Path file = tmp.resolve("class.csv");
        largeClass(file, "candidate,unit", "");
        Io io = Io.of(new java.io.ByteArrayInputStream(new byte[0]), new java.io.ByteArrayOutputStream(),
                new java.io.ByteArrayOutputStream(), java.util.Map.of(), tmp);
        InputAhead ahead = InputAhead.begin(new String[] {"eval", "q.qdl", "class.csv"}, io);

        assertThat(ahead).isNotNull();
        assertThat(ahead.isFor("class.csv", Optional.empty(), ReadOptions.DEFAULT, false)).isTrue();
        assertThat(ahead.isFor("./class.csv", Optional.empty(), ReadOptions.DEFAULT, false)).isFalse();
        assertThat(ahead.isFor("class.csv", Optional.of(InputFormat.CSV), ReadOptions.DEFAULT, false)).isFalse();
        assertThat(ahead.isFor("class.csv", Optional.empty(), ReadOptions.DEFAULT, true)).isFalse();
        assertThat(ahead.isFor("class.csv", Optional.empty(),
                new ReadOptions(java.util.Map.of(), DateOrder.DAY_FIRST, null), false)).isFalse();
        ahead.abandon();

        // a small file, or one with a column mapping beside it, is not read ahead
        Files.writeString(tmp.resolve("small.csv"), "candidate,unit\nC1,A1\n");
        assertThat(InputAhead.begin(new String[] {"eval", "q.qdl", "small.csv"}, io)).isNull();
        Files.writeString(tmp.resolve(org.qdl.cli.candidates.ColumnMapping.FILE_NAME), "candidate=Learner\n");
        assertThat(InputAhead.begin(new String[] {"eval", "q.qdl", "class.csv"}, io)).isNull();
    }

    /** A class of 420,000 rows (4.6 MB and more, over {@link InputAhead#LEAST}), then {@code last}. */
    private static void largeClass(Path file, String header, String last) throws IOException {
        char separator = header.contains(";") ? ';' : ',';
        boolean third = header.split("[;,]").length == 3;
        StringBuilder csv = new StringBuilder(header).append('\n');
        String[] units = {"A1", "A2", "B1"};
        for (int c = 1; c <= 140_000; c++) {
            for (String unit : units) {
                csv.append(String.format("C%06d", c)).append(separator).append(unit);
                if (third) {
                    csv.append(separator).append(unit.startsWith("A") ? "Pass" : "");
                }
                csv.append('\n');
            }
        }
        csv.append(last);
        Files.write(file, csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(Files.size(file)).isGreaterThan(InputAhead.LEAST);
    }
}
