package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What `qdl eval` writes for people and spreadsheets: ids from the records never run the terminal or forge a line,
 * cells never become formulas, every unit offered is listed with its title, and the workbook and the report folder
 * are written as centres expect (results, then shortfalls and problems; a page per learner).
 */
class ResultsForPeopleTest {
    private static final Path CORPUS = Path.of("src/test/resources/exports").toAbsolutePath();
    private static final String SPEC = CORPUS.resolve("centre-award.qdl").toString();

    @TempDir
    Path tmp;

    private Path hostile() throws IOException {
        Path csv = tmp.resolve("hostile.csv");
        Files.writeString(csv, "candidate,unit,result\n"
                + "\"A\u001b[2J\",U1,Pass\n"
                + "\"B\n\u2714 Mallory  achieved\",U1,Pass\n"
                + "=HYPERLINK(\"http://x\"),U1,Pass\n"
                + "\"+1\",U2,Pass\n"
                + "\"@SUM(A1)\",U3,Pass\n");
        return csv;
    }

    @Test
    void theTableShowsControlCharactersInIdsAndNeverForgesALine() throws IOException {
        Qdl.Run run = Qdl.in(tmp).run("eval", SPEC, hostile().toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("\u001b").contains("AU+001B[2J")
                .contains("BU+000A\u2714 Mallory  achieved");
        assertThat(run.out().lines().filter(l -> l.startsWith("\u2714") || l.startsWith("\u2718")))
                .hasSize(5).noneMatch(l -> l.startsWith("\u2714 Mallory"));
    }

    @Test
    void csvCellsThatWouldBeFormulasAreNeutralised() throws IOException {
        Qdl.Run run = Qdl.in(tmp).run("eval", "--format", "csv", SPEC, hostile().toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("\n\"'=HYPERLINK(\"\"http://x\"\")\",false,")
                .contains("\n\"'+1\",false,").contains("\n\"'@SUM(A1)\",false,");
    }

    @Test
    void csvListsEveryUnitOfferedWithItsTitle() throws IOException {
        Qdl.Run run = Qdl.in(tmp).run("eval", "--format", "csv", SPEC, CORPUS.resolve("clean.csv").toString());
        assertThat(run.out().lines().findFirst().orElseThrow()).endsWith(",problems,options,profile");
        assertThat(run.out()).contains("L002,false,,").contains(
                "\"U2 Deliver customer service | U3 Handle customer complaints; U4 Improve customer service\"");
    }

    @Test
    void jsonGivesEachUnitsTitleBesideItsReference() {
        Qdl.Run run = Qdl.in(tmp).run("eval", "--format", "json", SPEC, CORPUS.resolve("clean.csv").toString());
        assertThat(run.out()).contains("{\"unit\":\"U1\",\"title\":\"Communicate with customers\",\"requirement\"")
                .contains("\"choices\":[{\"unit\":\"U3\",\"title\":\"Handle customer complaints\"}");
    }

    @Test
    void theWorkbookHasAResultPerLearnerAndASheetOfShortfallsAndProblems() throws IOException {
        Path xlsx = tmp.resolve("results.xlsx");
        Qdl.Run run = Qdl.in(tmp).run("eval", "--format", "xlsx", "-o", xlsx.toString(), SPEC, hostile().toString());
        assertThat(run.exit()).as(run.err()).isZero();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet results = book.getSheet("Results");
            assertThat(results.getRow(0).getCell(0).getStringCellValue()).isEqualTo("candidate");
            assertThat(results.getLastRowNum()).isEqualTo(5);
            assertThat(results.getRow(3).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(results.getRow(3).getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(results.getRow(1).getCell(1).getBooleanCellValue()).isFalse();
            assertThat(results.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(2);
            Sheet details = book.getSheet("Shortfalls and problems");
            assertThat(details.getRow(1).getCell(1).getStringCellValue()).isEqualTo("shortfall");
        }
        Qdl.Run terminal = Qdl.in(tmp).terminal().run("eval", "--format", "xlsx", SPEC, hostile().toString());
        assertThat(terminal.exit()).isEqualTo(2);
        assertThat(terminal.err()).contains("--format xlsx writes a workbook, not text: name it with -o");
    }

    @Test
    void theHtmlReportIsAFolderWrittenOnlyWhereQdlWrote() throws IOException {
        Qdl.Run none = Qdl.in(tmp).run("eval", "--format", "html", SPEC, CORPUS.resolve("clean.csv").toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("--format html writes a folder of pages: name it with -o");
        Path report = tmp.resolve("report");
        Qdl.Run run = Qdl.in(tmp).run("eval", "--format", "html", "-o", report.toString(), SPEC,
                CORPUS.resolve("clean.csv").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(report.resolve("index.html")).exists();
        assertThat(report.resolve("learners/0002-l002.html")).exists();
        String page = Files.readString(report.resolve("learners/0002-l002.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("<h1>L002: not yet</h1>").contains("Handle customer complaints")
                .contains("Fail").contains("<style>");
        Files.writeString(report.resolve("notes.txt"), "mine");
        assertThat(Qdl.in(tmp).run("eval", "--format", "html", "-o", report.toString(), SPEC,
                CORPUS.resolve("clean.csv").toString()).exit()).isZero();
        assertThat(report.resolve("notes.txt")).hasContent("mine");
        Path someoneElses = tmp.resolve("theirs");
        Files.createDirectories(someoneElses);
        Files.writeString(someoneElses.resolve("index.html"), "theirs");
        Qdl.Run refused = Qdl.in(tmp).run("eval", "--format", "html", "-o", someoneElses.toString(), SPEC,
                CORPUS.resolve("clean.csv").toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("is not a report QDL wrote");
        assertThat(someoneElses.resolve("index.html")).hasContent("theirs");
    }

    @Test
    void aLearnerWhoseEveryRowWasBadStillHasAResultSayingSo() throws IOException {
        Path csv = tmp.resolve("bad.csv");
        Files.writeString(csv, "candidate,unit,result\nL001,U1,Pass\nL009,,Pass\nL001,U2,Pass\nL009,U3,Pass,extra\n");
        Qdl.Run run = Qdl.in(tmp).run("eval", "--skip-bad-rows", SPEC, csv.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("\u2718 L009").contains("the row at line 3 could not be read: no unit for "
                + "candidate `L009`; it is left out [E009]").contains("the row at line 5 (unit `U3`) could not be "
                + "read: 4 fields where the header has 3; it is left out [E009]");
        Qdl.Run json = Qdl.in(tmp).run("eval", "--skip-bad-rows", "--format", "json", SPEC, csv.toString());
        assertThat(json.out()).contains("{\"code\":\"E009\",\"unit\":null,\"line\":3,");
    }

    @Test
    void idsThatDifferOnlyInCaseAreNamedOnBothResults() throws IOException {
        Path csv = tmp.resolve("case.csv");
        Files.writeString(csv, "candidate,unit\np1,U1\nP1,U2\n lead,U1\nlead,U2\n");
        Qdl.Run run = Qdl.in(tmp).run("eval", SPEC, csv.toString());
        assertThat(run.out()).contains("candidate `P1` has an id that differs from this one only in case")
                .contains("candidate `p1` has an id that differs from this one only in case");
        assertThat(run.err()).contains("candidates `p1` and `P1` differ only in case")
                .contains("candidate id ` lead` has spaces around it; it is read as `lead`");
        assertThat(run.out().lines().filter(l -> l.contains("lead"))).hasSize(1);
    }

    @Test
    void anAmbiguousDateIsAProblemOnItsRowNeverAGuess() throws IOException {
        Path csv = tmp.resolve("dates.csv");
        Files.writeString(csv, "candidate,unit,result,date\nL1,U1,Pass,03/04/2024\n");
        Qdl.Run run = Qdl.in(tmp).run("eval", SPEC, csv.toString());
        assertThat(run.out()).contains("unit `U1` has date `03/04/2024`, which could be 2024-04-03 or 2024-03-04; "
                + "the date is ignored").contains("[E010]");
        Qdl.Run told = Qdl.in(tmp).run("eval", "--date-format", "dd/mm/yyyy", SPEC, csv.toString());
        assertThat(told.out()).doesNotContain("E010").doesNotContain("E007");
        Qdl.Run wrong = Qdl.in(tmp).run("eval", "--date-format", "yyyy/dd/mm", SPEC, csv.toString());
        assertThat(wrong.exit()).isEqualTo(2);
    }

    @Test
    void anUnterminatedQuoteIsReportedWhereItOpened() throws IOException {
        Path csv = tmp.resolve("quote.csv");
        Files.writeString(csv, "candidate,unit\nA,U1\nB,\"U2\nC,U3\nD,U4\n");
        Qdl.Run run = Qdl.in(tmp).run("eval", SPEC, csv.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: " + csv + ":3: not valid CSV: a quoted field that starts on this "
                + "line is never closed");
    }

    @Test
    void oneLearnersJsonObjectIsReadFromAFileAsFromStdin() throws IOException {
        Path json = tmp.resolve("jo.json");
        Files.writeString(json, "{\n  \"id\": \"Jo\",\n  \"achievements\": [{\"unit\": \"U1\"}]\n}\n");
        Qdl.Run file = Qdl.in(tmp).run("eval", "--format", "csv", SPEC, json.toString());
        Qdl.Run stdin = Qdl.in(tmp).stdin("{\"id\": \"Jo\", \"achievements\": [{\"unit\": \"U1\"}]}\n")
                .run("eval", "--format", "csv", SPEC, "-");
        assertThat(file.exit()).as(file.err()).isZero();
        assertThat(file.out()).isEqualTo(stdin.out()).contains("Jo,false");
    }

    @Test
    void aJsonLinesLineLongerThanTheLimitIsRefusedAsItIsRead() throws IOException {
        Path jsonl = tmp.resolve("long.jsonl");
        try (var out = Files.newBufferedWriter(jsonl)) {
            out.write("{\"id\": \"A\", \"achievements\": []}\n");
            char[] block = new char[1 << 20];
            java.util.Arrays.fill(block, ' ');
            for (int i = 0; i < 17; i++) {
                out.write(block);
            }
        }
        Qdl.Run run = Qdl.in(tmp).run("eval", SPEC, jsonl.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("long.jsonl:2: the line is longer than 16777216 characters");
    }
}
