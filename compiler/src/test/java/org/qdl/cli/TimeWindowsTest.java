package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qdl.cli.Fixtures.golden;
import static org.qdl.cli.Fixtures.qdl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `qdl eval` on a qualification's own dates (issue 12 item 11: `registration closes`, `certification ends`) and a
 * registration ended, as a centre reads them: the one reason no unit can count any more, no "N more units" and no
 * ways to complete; a learner given two registration dates is refused with both places (E017).
 */
class TimeWindowsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SPEC = "../corpus/ncfe-adult-care-dates.qdl";

    @Test
    void theTableSaysWhyNoUnitCanCountAnyMore() {
        Qdl.Run table = qdl("eval", "--on", "2025-05-01", SPEC, "time/dates.csv");
        assertThat(table.exit()).isZero();
        assertThat(table.out()).contains("certification ended on 2025-04-30: no certificate for this qualification is "
                + "issued after it").contains("no further unit can count").doesNotContain("needs 1 more unit");
        golden("eval-certification-ended", table);
        Qdl.Run before = qdl("eval", "--on", "2024-06-30", SPEC, "time/dates.csv");
        assertThat(before.out()).contains("needs 1 more unit");
        golden("eval-dates-in-time", before);
    }

    @Test
    void jsonSaysWhyAdditively() throws IOException {
        JsonNode results = JSON.readTree(qdl("eval", "--format", "json", "--on", "2025-05-01", SPEC,
                "time/dates.csv").out()).get("results");
        JsonNode n1 = results.get(0);
        assertThat(n1.get("achieved").asBoolean()).isFalse();
        assertThat(n1.get("unitsNeeded").asInt()).isZero();
        assertThat(n1.get("timing").get("closed").asText()).isEqualTo("certification-ended");
        assertThat(n1.get("timing").get("closedOn").asText()).isEqualTo("2025-04-30");
        assertThat(n1.get("shortfalls")).hasSize(1);
        assertThat(n1.get("shortfalls").get(0).get("requirement").asText()).isEqualTo("certification-ended");
        assertThat(n1.get("shortfalls").get(0).get("rule").asText()).isEqualTo("certification ends 2025-04-30");
        assertThat(n1.get("shortfalls").get(0).get("closed").asText()).isEqualTo("2025-04-30");
        assertThat(n1.get("unitCertificate")).isEmpty();
        JsonNode n3 = results.get(1);
        assertThat(n3.get("timing").get("closed").asText()).isEqualTo("registration-closed");
        assertThat(n3.get("timing").get("attempts").findValuesAsText("reason")).containsOnly("registered_after_close");
        assertThat(n3.get("counted")).isEmpty();
        // JSON carries advice, but not for a learner for whom no unit can count: it would offer units that cannot count
        JsonNode advised = JSON.readTree(qdl("eval", "--format", "json", "--on", "2025-05-01", SPEC,
                "time/dates.csv").out()).get("results").get(2);
        assertThat(advised.has("advice")).isFalse();
        JsonNode inTime = JSON.readTree(qdl("eval", "--format", "json", "--on", "2024-06-30", SPEC,
                "time/dates.csv").out()).get("results");
        assertThat(inTime.get(0).get("achieved").asBoolean()).isTrue();
        assertThat(inTime.get(0).get("timing").has("closed")).isFalse();
        assertThat(inTime.get(2).get("unitsNeeded").asInt()).isEqualTo(1);
        assertThat(inTime.get(2).get("shortfalls").get(0).has("closed")).isFalse();
    }

    @Test
    void twoRegistrationDatesAreRefusedWithBothPlaces() {
        Qdl.Run csv = qdl("eval", SPEC, "time/two-registrations.csv");
        assertThat(csv.exit()).isEqualTo(1);
        // the same date written two ways (row 3) is one date; row 5 gives another
        assertThat(csv.err()).contains("two-registrations.csv:5: candidate `N1` is registered on 2021-09-02 here but "
                + "on 2021-09-01 at ").contains("two-registrations.csv:2; a learner has one registration date [E017]");
        assertThat(csv.out()).isEmpty();
        Qdl.Run jsonl = qdl("eval", SPEC, "time/two-registrations.jsonl");
        assertThat(jsonl.exit()).isEqualTo(1);
        assertThat(jsonl.err()).contains("two-registrations.jsonl:2: candidate `N1` is registered on 2021-10-01 here "
                + "but on 2021-09-01 at ").contains("two-registrations.jsonl:1; a learner has one registration date "
                + "[E017]");
    }

    @Test
    void aWorkbookWithTwoRegistrationDatesIsRefusedWithBothRows(@TempDir Path dir) throws IOException {
        // registration dates as Excel keeps them, date cells; the learner's third row gives another day
        Path book = dir.resolve("class.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(book)) {
            Sheet sheet = wb.createSheet("Learners");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("d mmm yyyy"));
            String[][] rows = {{"candidate", "unit", "registered"}, {"N1", "AC1", "2021-09-01"},
                {"N1", "AC2", "2021-09-01"}, {"N1", "AC3", "2021-10-01"}};
            for (int i = 0; i < rows.length; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(rows[i][0]);
                row.createCell(1).setCellValue(rows[i][1]);
                Cell c = row.createCell(2);
                if (i == 0) {
                    c.setCellValue(rows[i][2]);
                } else {
                    c.setCellValue(LocalDate.parse(rows[i][2]));
                    c.setCellStyle(date);
                }
            }
            wb.write(out);
        }
        Qdl.Run run = Qdl.in(dir).run("eval", Fixtures.repo().resolve("compiler/src/test/resources/corpus")
                .resolve("ncfe-adult-care-dates.qdl").toString(), "class.xlsx");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("class.xlsx:4: candidate `N1` is registered on 2021-10-01 here but on "
                + "2021-09-01 at class.xlsx:2; a learner has one registration date [E017]");
    }

    @Test
    void skippingBadRowsLeavesTheRegistrationOutAndSaysSo() throws IOException {
        Qdl.Run run = qdl("eval", "--skip-bad-rows", "--format", "json", SPEC, "time/two-registrations.csv");
        assertThat(run.exit()).isZero();
        JsonNode n1 = JSON.readTree(run.out()).get("results").get(0);
        assertThat(n1.get("timing").get("registered").isNull()).isTrue();
        assertThat(n1.get("problems").findValuesAsText("code")).containsExactly("E017");
        assertThat(n1.get("problems").get(0).get("message").asText()).isEqualTo("registered on 2021-09-02 on line 5 "
                + "but on 2021-09-01 before: the registration date is left out, so the rules on registration were not "
                + "checked");
    }

    @Test
    void theNewCodesAreExplained() {
        assertThat(qdl("explain", "E017").out()).contains("two registration dates");
        assertThat(qdl("explain", "Q0163").out()).contains("registration closes 2025-08-31");
        assertThat(qdl("explain", "Q0164").out()).contains("before certification ends");
        assertThat(qdl("explain", "Q0165").out()).contains("checks learners against the other");
    }
}
