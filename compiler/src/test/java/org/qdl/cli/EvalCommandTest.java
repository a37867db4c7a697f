package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qdl.cli.Fixtures.golden;
import static org.qdl.cli.Fixtures.qdl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * `qdl eval` as a centre uses it: a class in CSV, JSON or JSON Lines against a compiled qualification
 * ({@code mini.qdl.json}: 2 core units, 1 from B, 1 from C, 1 further from B or C), every output format, and
 * every kind of bad input.
 */
class EvalCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    // ----------------------------------------------------------------------------------------- formats

    @Test
    void tableForAPerson() {
        Qdl.Run run = qdl("eval", "mini.qdl.json", "class.csv");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("✔ C001  achieved").contains("✘ C002  not yet")
                .contains("1 more unit from group A: A2").contains("6 candidates: 2 achieved, 4 not yet");
        golden("eval-table", run);
    }

    @Test
    void tableWithExplanations() {
        Qdl.Run run = qdl("eval", "--explain", "mini.qdl.json", "class.csv");
        assertThat(run.out()).contains("= A1 Core one counts for all units from group A");
        golden("eval-table-explain", run);
    }

    @Test
    void jsonHasTheContractsShape() throws IOException {
        Qdl.Run run = qdl("eval", "--format", "json", "mini.qdl.json", "class.csv");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode doc = JSON.readTree(run.out());
        assertThat(doc.get("qualification").asText()).isEqualTo("mini");
        JsonNode results = doc.get("results");
        assertThat(results).hasSize(6);
        JsonNode first = results.get(0);
        assertThat(first.get("candidate").asText()).isEqualTo("C001");
        assertThat(first.get("achieved").asBoolean()).isTrue();
        assertThat(first.get("grade").asText()).isEqualTo("Pass");
        assertThat(first.get("counted").get(0).get("unit").asText()).isEqualTo("A1");
        assertThat(first.get("counted").get(0).get("requirement").asText()).isEqualTo("core");
        assertThat(first.get("unitCertificate")).isNotEmpty();
        JsonNode second = results.get(1);
        assertThat(second.get("achieved").asBoolean()).isFalse();
        assertThat(second.get("grade").isNull()).isTrue();
        assertThat(second.get("shortfalls").get(0).get("message").asText()).startsWith("1 more unit from group A");
        JsonNode fourth = results.get(3);
        assertThat(fourth.get("problems").get(0).get("code").asText()).isEqualTo("E001");
        assertThat(fourth.get("problems").get(0).get("message").asText()).contains("`X9`");
        golden("eval-json", run);
    }

    @Test
    void csvIsOneRowPerCandidate() {
        Qdl.Run run = qdl("eval", "--format", "csv", "mini.qdl.json", "class.csv");
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).hasSize(7).first().isEqualTo(
                "candidate,achieved,grade,credits,units_needed,shortfalls,problems,options");
        golden("eval-csv", run);
    }

    /**
     * A named pipe as the input (what a shell's `<(…)` gives): read once as a stream, as `-` is, not as a file
     * to cut into stretches or to sniff and read again ("internal error: Illegal seek" before).
     */
    @Test
    void aPipeNamedAsTheInputIsReadAsAStream() throws Exception {
        Path fifo = tmp.resolve("candidates.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
        Path spec = org.qdl.corpus.Corpus.directory().resolve("access-to-he-tariff.qdl");
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(fifo, "candidate,unit,result\nT2,G1,Pass\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        Qdl.Run run = Qdl.in(Fixtures.dir()).run("eval", "--format", "csv", spec.toString(), fifo.toString());
        writer.join(10_000);
        assertThat(run.err()).doesNotContain("internal error");
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).hasSize(2).last().asString().startsWith("T2,false,,15,");
    }

    /** Access to HE (the corpus spec): the tariff in every format, and a CSV column only where there is a tariff. */
    @Test
    void theTariffIsReportedInEveryFormat() {
        Path spec = org.qdl.corpus.Corpus.directory().resolve("access-to-he-tariff.qdl");
        String csv = "candidate,unit,result\nT1,G1,Distinction\nT1,G2,Merit\nT1,G3,Pass\nT1,U1,Achieved\n"
                + "T1,U2,Achieved\nT1,U3,Achieved\nT2,G1,Pass\n";
        Qdl.Run table = Qdl.in(Fixtures.dir()).stdin(csv).run("eval", spec.toString(), "-");
        assertThat(table.out()).contains("T1  achieved  60 credits, 108 tariff points");
        Qdl.Run asCsv = Qdl.in(Fixtures.dir()).stdin(csv).run("eval", "--format", "csv", spec.toString(), "-");
        assertThat(asCsv.out().lines()).containsExactly(
                "candidate,achieved,grade,credits,units_needed,shortfalls,problems,options,tariff,profile",
                // the units can be achieved at several grades, so the grade profile follows the tariff
                "T1,true,,60,0,,,,108,\"Distinction 15 credits (1 unit), Merit 15 credits (1 unit), Pass 15 credits "
                        + "(1 unit), Achieved 15 credits (3 units)\"",
                // G4 (9 credits) and G5 (6) are not offered: with G1 held, 30 more credits in the fewest units are
                // G2 and G3 (issue 13: every unit offered lies in some minimal completion)
                "T2,false,,15,5,\"30 more credits from group level3: choose from G2, G3; 15 more credits "
                        + "from group ungraded: choose from U1, U2, U3\",,\"G2 Organic chemistry; G3 Mechanics | "
                        + "U1 Study skills; U2 Academic reading; U3 Preparing for higher education\",,"
                        + "\"Pass 15 credits (1 unit)\"");
        Qdl.Run json = Qdl.in(Fixtures.dir()).stdin(csv).run("eval", "--format", "json", spec.toString(), "-");
        assertThat(json.out()).contains("\"unitsNeeded\":0,\"tariff\":108,").doesNotContain("\"tariff\":null");
    }

    /**
     * BTEC International (the corpus spec): a rule on guided learning hours says how many hours are missing, in the
     * table and in JSON (a `glh` field beside `credits`), and offers only the units that complete it.
     */
    @Test
    void hoursShortAreSaidAsHours() throws IOException {
        Path spec = org.qdl.corpus.Corpus.directory().resolve("btec-international-glh.qdl");
        // H6: 60 optional GLH of 180; one 120-GLH unit completes (the only other 60-GLH unit would leave 60 short)
        // H3: 120 and 90 held make 210, neither alone 180: a 60 beside the 120 or a 90 beside the 90 completes
        String csv = "candidate,unit\nH6,M1\nH6,M2\nH6,O5\nH3,M1\nH3,M2\nH3,O1\nH3,O3\n";
        Qdl.Run table = Qdl.in(Fixtures.dir()).stdin(csv).run("eval", spec.toString(), "-");
        assertThat(table.exit()).isZero();
        assertThat(table.out()).contains("120 more GLH from group optional: choose from O1, O2");
        Qdl.Run json = Qdl.in(Fixtures.dir()).stdin(csv).run("eval", "--format", "json", spec.toString(), "-");
        JsonNode results = new ObjectMapper().readTree(json.out()).get("results");
        JsonNode h6 = results.get(0).get("shortfalls").get(0);
        assertThat(h6.get("requirement").asText()).isEqualTo("optional");
        assertThat(h6.get("glh").decimalValue()).isEqualByComparingTo("120");
        assertThat(h6.get("credits").decimalValue()).isEqualByComparingTo("0");
        assertThat(h6.get("units").asInt()).isZero();
        JsonNode h3 = results.get(1);
        assertThat(h3.get("unitsNeeded").asInt()).isEqualTo(1);
        List<String> options = new ArrayList<>();
        h3.get("shortfalls").get(0).get("options").forEach(o -> options.add(o.asText()));
        assertThat(options).containsExactly("O4", "O5", "O6");
    }

    @ParameterizedTest
    @ValueSource(strings = {"class.json", "class.jsonl"})
    void jsonAndJsonLinesGiveTheSameResultsAsCsv(String input) {
        String fromCsv = qdl("eval", "--format", "json", "mini.qdl.json", "class.csv").out();
        Qdl.Run run = qdl("eval", "--format", "json", "mini.qdl.json", input);
        assertThat(run.exit()).isZero();
        // the same results; only where each problem's row is differs (its line in each file)
        assertThat(unplaced(run.out())).isEqualTo(unplaced(fromCsv));
    }

    /** Results without the places of the rows their problems are about. */
    private static String unplaced(String results) {
        return results.replaceAll("\"line\":[0-9]+,", "").replaceAll("[^ \",]+:[0-9]+: ", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"class.csv", "class.json", "class.jsonl"})
    void stdinFormatIsRecognised(String input) throws IOException {
        String expected = qdl("eval", "--format", "csv", "mini.qdl.json", input).out();
        Qdl.Run run = Qdl.in(Fixtures.dir()).stdin(Files.readString(Fixtures.dir().resolve(input)))
                .run("eval", "--format", "csv", "mini.qdl.json", "-");
        assertThat(run.exit()).isZero();
        // a problem's row is placed on stdin as it is in the file
        assertThat(run.out()).isEqualTo(expected.replace(input + ":", "<stdin>:"));
    }

    @Test
    void inputFormatOverridesTheName() {
        Qdl.Run guessed = qdl("eval", "--format", "csv", "mini.qdl.json", "bad/list.txt");
        assertThat(guessed.exit()).isZero();
        Qdl.Run told = qdl("eval", "--format", "csv", "--input-format", "csv", "mini.qdl.json", "bad/list.txt");
        assertThat(told.out()).isEqualTo(guessed.out()).contains("C001,false");
        Qdl.Run wrong = qdl("eval", "--input-format", "json", "mini.qdl.json", "class.csv");
        assertThat(wrong.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(wrong.err()).contains("class.csv:1:");
    }

    @Test
    void whatIfCountsPlannedUnitsAndSaysSo() throws IOException {
        Qdl.Run normal = qdl("eval", "--format", "json", "mini.qdl.json", "class.csv");
        Qdl.Run whatIf = qdl("eval", "--format", "json", "--include-planned", "mini.qdl.json", "class.csv");
        JsonNode c005 = JSON.readTree(normal.out()).get("results").get(4);
        JsonNode c005WhatIf = JSON.readTree(whatIf.out()).get("results").get(4);
        assertThat(c005.get("candidate").asText()).isEqualTo("C005");
        assertThat(c005.get("achieved").asBoolean()).isFalse();
        assertThat(c005WhatIf.get("achieved").asBoolean()).isTrue();
        assertThat(JSON.readTree(whatIf.out()).get("includePlanned").asBoolean()).isTrue();
        Qdl.Run table = qdl("eval", "--include-planned", "mini.qdl.json", "class.csv");
        assertThat(table.out()).contains("what-if: units marked planned are counted as if achieved");
        golden("eval-include-planned", table);
    }

    @Test
    void failOnNotAchievedExits1AfterWritingEveryResult() {
        Qdl.Run run = qdl("eval", "--fail-on-not-achieved", "--format", "csv", "mini.qdl.json", "class.csv");
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out().lines()).hasSize(7);
    }

    // ----------------------------------------------------------------------------------------- -o FILE

    @Test
    void outputFileIsWrittenWhole() throws IOException {
        Path out = tmp.resolve("results.json");
        Qdl.Run run = qdl("eval", "--format", "json", "-o", out.toString(), "mini.qdl.json", "class.csv");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out)).isEqualTo(qdl("eval", "--format", "json", "mini.qdl.json", "class.csv").out());
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(out);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad/malformed.json", "bad/too-many-fields.csv", "bad/malformed.jsonl"})
    void aFailedRunLeavesNoOutputFile(String input) throws IOException {
        Path out = tmp.resolve("results.json");
        Qdl.Run run = qdl("eval", "--format", "json", "-o", out.toString(), "mini.qdl.json", input);
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        try (var files = Files.list(tmp)) {
            assertThat(files).isEmpty();
        }
    }

    /** The output file is opened while the input is read (OutputAhead): a spec refused meanwhile leaves nothing. */
    @ParameterizedTest
    @ValueSource(strings = {"csv", "json", "xlsx", "table"})
    void aBrokenSpecLeavesNoOutputFile(String format) throws IOException {
        Path out = tmp.resolve("results." + format);
        Qdl.Run run = qdl("eval", "--format", format, "-o", out.toString(), "bad/syntax-error.qdl", "class.csv");
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("syntax-error.qdl:");
        try (var files = Files.list(tmp)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFailedRunKeepsAnOldOutputFile() throws IOException {
        Path out = tmp.resolve("results.csv");
        Files.writeString(out, "yesterday's results\n");
        qdl("eval", "--format", "csv", "-o", out.toString(), "mini.qdl.json", "bad/malformed.json");
        assertThat(Files.readString(out)).isEqualTo("yesterday's results\n");
    }

    @Test
    void outputIntoAMissingDirectoryIsAUsageError() {
        Qdl.Run run = qdl("eval", "-o", tmp.resolve("no/such/dir/out.txt").toString(), "mini.qdl.json", "class.csv");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("its directory does not exist");
    }

    // ----------------------------------------------------------------------------------------- bad input

    @Test
    void malformedJsonNamesLineAndColumn() {
        Qdl.Run run = qdl("eval", "--format", "json", "mini.qdl.json", "bad/malformed.json");
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).as("no half document on stdout").isEmpty();
        assertThat(run.err()).startsWith("error: bad/malformed.json:3:").contains("not valid JSON");
        golden("eval-malformed-json", run);
    }

    @Test
    void candidatesWithMissingFieldsNameWhere() {
        Qdl.Run run = qdl("eval", "mini.qdl.json", "bad/missing-fields.json");
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("bad/missing-fields.json:3:").contains("has no `unit`");
        Qdl.Run skipping = qdl("eval", "--skip-bad-rows", "mini.qdl.json", "bad/missing-fields.json");
        assertThat(skipping.exit()).isZero();
        assertThat(skipping.out()).contains("C001").contains("C004").doesNotContain("C002");
        golden("eval-missing-fields-skipped", skipping);
    }

    @Test
    void wrongDocumentShape() {
        Qdl.Run run = qdl("eval", "mini.qdl.json", "bad/wrong-shape.json");
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("no `candidates` list");
    }

    @Test
    void malformedJsonLinesNameTheLine() {
        Qdl.Run run = qdl("eval", "mini.qdl.json", "bad/malformed.jsonl");
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).startsWith("error: bad/malformed.jsonl:3:");
        Qdl.Run skipping = qdl("eval", "--skip-bad-rows", "mini.qdl.json", "bad/malformed.jsonl");
        assertThat(skipping.exit()).isZero();
        assertThat(skipping.err()).contains("bad/malformed.jsonl:3:").contains("(skipped)")
                .contains("field `grade` of an achievement is not one qdl reads");
        golden("eval-malformed-jsonl-skipped", skipping);
    }

    @ParameterizedTest
    @ValueSource(strings = {"too-many-fields", "too-few-fields", "no-candidate", "no-unit", "rating-without-criterion"})
    void badCsvRowsNameTheLine(String name) {
        Qdl.Run run = qdl("eval", "mini.qdl.json", "bad/" + name + ".csv");
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).matches("error: bad/" + name + "\\.csv:\\d+: .*\n");
        golden("eval-csv-" + name, run);
    }

    /** Found by fuzzing: text in a column the header does not have was skipped with the row, as if blank. */
    @Test
    void aRowWhoseOnlyTextIsBeyondTheHeaderIsMalformedNotBlank() {
        Qdl.Run run = Qdl.in(Fixtures.dir()).stdin("candidate,unit\nC1,A1\n,,lost\n")
                .run("eval", "--input-format", "csv", "mini.qdl.json", "-");
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).isEqualTo("error: <stdin>:3: 3 fields where the header has 2\n");
        Qdl.Run empty = Qdl.in(Fixtures.dir()).stdin("candidate,unit\nC1,A1\n,, \n,\n")
                .run("eval", "--input-format", "csv", "--format", "csv", "mini.qdl.json", "-");
        assertThat(empty.exit()).isZero();
        assertThat(empty.out().lines()).hasSize(2);
    }

    @Test
    void skipBadRowsReportsTheRowAndEvaluatesTheRest() {
        Qdl.Run run = qdl("eval", "--skip-bad-rows", "--format", "csv", "mini.qdl.json", "bad/too-many-fields.csv");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEqualTo("warning: bad/too-many-fields.csv:3: 4 fields where the header has 3 (skipped)\n");
        assertThat(run.out().lines()).hasSize(3);
        Qdl.Run table = qdl("eval", "--skip-bad-rows", "mini.qdl.json", "bad/too-many-fields.csv");
        assertThat(table.out()).contains("2 candidates: 0 achieved, 2 not yet (1 bad row skipped)");
    }

    @Test
    void headerProblems() {
        Qdl.Run missing = qdl("eval", "mini.qdl.json", "bad/no-candidate-column.csv");
        assertThat(missing.exit()).isEqualTo(ExitCode.INPUT);
        golden("eval-csv-no-candidate-column", missing);
        Qdl.Run misspelt = qdl("eval", "mini.qdl.json", "bad/misspelt-column.csv");
        assertThat(misspelt.exit()).isZero();
        assertThat(misspelt.err()).contains("column `reslt` is not one qdl reads").contains("did you mean `result`?");
    }

    @Test
    void notUtf8() {
        Qdl.Run run = qdl("eval", "mini.qdl.json", "bad/latin1.csv");
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("bad/latin1.csv").contains("UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad/empty.csv", "bad/header-only.csv", "bad/empty.json", "bad/no-candidates.json"})
    void anEmptyInputIsZeroCandidates(String input) throws IOException {
        Qdl.Run run = qdl("eval", "mini.qdl.json", input);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).endsWith("\n0 candidates\n");
        Qdl.Run json = qdl("eval", "--format", "json", "mini.qdl.json", input);
        assertThat(JSON.readTree(json.out()).get("results")).isEmpty();
        Qdl.Run stdin = Qdl.in(Fixtures.dir()).run("eval", "mini.qdl.json", "-");
        assertThat(stdin.exit()).isZero();
        assertThat(stdin.out()).endsWith("0 candidates\n");
    }

    @Test
    void missingFilesAreUsageErrors() {
        Qdl.Run noInput = qdl("eval", "mini.qdl.json", "nobody.csv");
        assertThat(noInput.exit()).isEqualTo(ExitCode.USAGE);
        golden("eval-missing-input", noInput);
        Qdl.Run noSpec = qdl("eval", "nothing.qdl", "class.csv");
        assertThat(noSpec.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(noSpec.err()).isEqualTo("error: cannot find spec `nothing.qdl`: no such file\n");
    }

    @Test
    void aBadSpecIsAnInputError() {
        Qdl.Run syntax = qdl("eval", "bad/syntax-error.qdl", "class.csv");
        assertThat(syntax.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(syntax.out()).isEmpty();
        assertThat(syntax.err()).contains("error[Q0001]");
        Qdl.Run ir = qdl("eval", "bad/future.qdl.json", "class.csv");
        assertThat(ir.exit()).isEqualTo(ExitCode.INPUT);
        golden("eval-future-ir", ir);
        Qdl.Run noQualification = qdl("eval", "bad/units-only.qdl", "class.csv");
        assertThat(noQualification.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(noQualification.err()).contains("declares no qualification");
    }

    /** The spec is compiled while the input is read; when both are broken, the spec's errors are the ones shown. */
    @Test
    void aBadSpecIsReportedBeforeABadInput() {
        Qdl.Run source = qdl("eval", "bad/syntax-error.qdl", "bad/too-many-fields.csv");
        assertThat(source.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(source.err()).contains("error[Q0001]").doesNotContain("too-many-fields.csv");
        Qdl.Run ir = qdl("eval", "bad/future.qdl.json", "bad/malformed.json");
        assertThat(ir.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(ir.err()).contains("future.qdl.json").doesNotContain("malformed.json");
        Qdl.Run warned = Qdl.in(Fixtures.dir()).stdin("candidate,unit,colour\nC1,A1,red\nC2,A1\n")
                .run("eval", "--skip-bad-rows", "--input-format", "csv", "bad/syntax-error.qdl", "-");
        assertThat(warned.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(warned.err()).contains("error[Q0001]").doesNotContain("colour").doesNotContain("skipped");
        Qdl.Run released = Qdl.in(Fixtures.dir()).stdin("candidate,unit,colour\nC1,A1,red\nC2,A1\n")
                .run("eval", "--skip-bad-rows", "--input-format", "csv", "mini.qdl.json", "-");
        assertThat(released.exit()).isZero();
        assertThat(released.err()).contains("column `colour`").contains("<stdin>:3: 2 fields where the header has 3");
        Qdl.Run goodSpec = qdl("eval", "mini.qdl.json", "bad/too-many-fields.csv");
        assertThat(goodSpec.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(goodSpec.err()).contains("too-many-fields.csv:");
    }

    @Test
    void unknownUnitsAreProblemsNotFailures() throws IOException {
        Qdl.Run run = qdl("eval", "--format", "json", "mini.qdl.json", "class.csv");
        JsonNode c004 = JSON.readTree(run.out()).get("results").get(3);
        assertThat(c004.get("candidate").asText()).isEqualTo("C004");
        assertThat(c004.get("problems").get(0).get("unit").asText()).isEqualTo("X9");
    }

    @Test
    void ratingRowsOfOneUnitMakeOneAchievement() throws IOException {
        JsonNode results = JSON.readTree(qdl("eval", "--format", "json", "--explain", "mini.qdl.json", "class.csv")
                .out()).get("results");
        JsonNode c003 = results.get(2);
        assertThat(c003.get("achieved").asBoolean()).isTrue();
        assertThat(c003.get("problems")).isEmpty();
        JsonNode c004 = results.get(3);
        List<String> c2 = new ArrayList<>();
        c004.get("units").forEach(u -> {
            if (u.get("unit").asText().equals("C2")) {
                c2.add(u.get("reason").asText());
                // rated S and L: 1.2 is below the S that every criterion needs
                assertThat(u.get("unmetCriteria").toString()).isEqualTo("[{\"criterion\":\"1.2\",\"rating\":\"L\"}]");
            }
        });
        assertThat(c2).singleElement().asString().isEqualTo("criteria not met: every criterion at S or above");
    }

    @Test
    void aClosedStdoutIsAnErrorNotASuccess() {
        java.io.OutputStream closed = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        Qdl.Run run = Qdl.in(Fixtures.dir()).stdout(closed).run("eval", "mini.qdl.json", "class.csv");
        // the contract: a closed pipe is an error, never exit 0 (the results did not all arrive)
        assertThat(run.exit()).isEqualTo(ExitCode.OUTPUT);
        assertThat(run.err()).isEqualTo("error: cannot write to stdout: broken pipe\n");
    }

    @Test
    void colourOnlyForATerminal() {
        assertThat(qdl("eval", "mini.qdl.json", "class.csv").out()).doesNotContain("\u001b[");
        assertThat(Qdl.in(Fixtures.dir()).terminal().run("eval", "mini.qdl.json", "class.csv").out()).contains("\u001b[32m");
        assertThat(Qdl.in(Fixtures.dir()).terminal().env("NO_COLOR", "yes").run("eval", "mini.qdl.json", "class.csv")
                .out()).doesNotContain("\u001b[");
    }
}
