package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A problem the engine finds with a learner's row (a unit the qualification lacks, a result not on its scale) names
 * the row's place in the input, as a problem the reader finds does: "orders.csv:4: unit `X9` is not part of this
 * qualification" in a table, a CSV cell, a workbook and a page, and `line` in JSON — the line of a CSV file the row
 * starts on, the line of a JSON file its object starts on, the line of a JSON Lines file, the row of a sheet.
 */
class ProblemLinesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Qdl.Run eval(String... args) throws IOException {
        Files.copy(Fixtures.dir().resolve("mini.qdl.json"), tmp.resolve("mini.qdl.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<String> all = new ArrayList<>(List.of("eval"));
        all.addAll(List.of(args));
        return Qdl.in(tmp).run(all.toArray(String[]::new));
    }

    @Test
    void aCsvRowIsNamedByTheLineItStartsOn() throws IOException {
        // a quoted result over two lines comes first, so the rows after it are not numbered by counting rows
        Files.writeString(tmp.resolve("orders.csv"), """
                candidate,unit,result
                L17,A1,"Not yet
                passed"

                L17,X9,
                L17,A2,Merit
                """);
        Qdl.Run run = eval("mini.qdl.json", "orders.csv");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("! orders.csv:5: unit `X9` is not part of this qualification [E001]")
                .contains("! orders.csv:6: unit `A2` has result `Merit`, which is not on its scale");
        Qdl.Run csv = eval("--format", "csv", "mini.qdl.json", "orders.csv");
        assertThat(csv.out()).contains("E001 orders.csv:5: unit `X9` is not part of this qualification");
        JsonNode problems = JSON.readTree(eval("--format", "json", "mini.qdl.json", "orders.csv").out())
                .get("results").get(0).get("problems");
        assertThat(problems.get(0).get("code").asText()).isEqualTo("E001");
        assertThat(problems.get(0).get("line").asInt()).isEqualTo(5);
        assertThat(problems.get(0).get("message").asText()).isEqualTo("unit `X9` is not part of this qualification");
        assertThat(problems.get(1).get("line").asInt()).isEqualTo(6);
    }

    @Test
    void aRatingIsNamedByItsOwnRow() throws IOException {
        Files.writeString(tmp.resolve("rated.csv"), """
                candidate,unit,criterion,rating
                L1,A1,,
                L1,C2,1.1,S
                L1,C2,9.9,S
                """);
        Qdl.Run run = eval("mini.qdl.json", "rated.csv");
        assertThat(run.out()).contains("! rated.csv:4: unit `C2` has no criterion `9.9`");
    }

    @Test
    void stdinIsNamedAsStdin() throws IOException {
        Files.copy(Fixtures.dir().resolve("mini.qdl.json"), tmp.resolve("mini.qdl.json"));
        Qdl.Run run = Qdl.in(tmp).stdin("candidate,unit\nL1,A1\nL1,X9\n").run("eval", "mini.qdl.json", "-");
        assertThat(run.out()).contains("! <stdin>:3: unit `X9` is not part of this qualification [E001]");
    }

    @Test
    void aJsonEntryIsNamedByTheLineItsObjectStartsOn() throws IOException {
        Files.writeString(tmp.resolve("class.json"), """
                {"candidates": [
                  {"id": "L17", "achievements": [
                    {"unit": "A1"},
                    {"unit": "X9"},
                    {
                      "unit": "A2", "result": "Merit"
                    }
                  ]}
                ]}
                """);
        Qdl.Run run = eval("mini.qdl.json", "class.json");
        assertThat(run.out()).contains("! class.json:4: unit `X9` is not part of this qualification [E001]")
                .contains("! class.json:5: unit `A2` has result `Merit`");
        // one learner's own file, a candidate object alone, is placed the same way
        Files.writeString(tmp.resolve("one.json"), """
                {"id": "L17",
                 "achievements": [{"unit": "A1"},
                                  {"unit": "X9"}]}
                """);
        assertThat(eval("mini.qdl.json", "one.json").out())
                .contains("! one.json:3: unit `X9` is not part of this qualification [E001]");
    }

    @Test
    void aJsonLinesEntryIsNamedByItsLearnersLine() throws IOException {
        Files.writeString(tmp.resolve("class.jsonl"), """
                {"id": "L1", "achievements": [{"unit": "A1"}]}

                {"id": "L2", "achievements": [{"unit": "A1"}, {"unit": "X9"}]}
                """);
        assertThat(eval("mini.qdl.json", "class.jsonl").out())
                .contains("! class.jsonl:3: unit `X9` is not part of this qualification [E001]");
    }

    @Test
    void aSheetRowIsNamedByItsRowNumber() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(tmp.resolve("learners.xlsx"))) {
            Sheet sheet = book.createSheet("Learners");
            String[][] rows = {{"candidate", "unit", "result"}, {"L1", "A1", ""}, {"L1", "A2", "Merit"}};
            for (int r = 0; r < rows.length; r++) {
                // a blank row before the data, as a sheet may have: row numbers are the sheet's
                Row row = sheet.createRow(r == 0 ? 0 : r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
        }
        assertThat(eval("mini.qdl.json", "learners.xlsx").out())
                .contains("! learners.xlsx:4: unit `A2` has result `Merit`, which is not on its scale");
    }
}
