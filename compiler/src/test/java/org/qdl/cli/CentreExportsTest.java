package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A corpus of exports as centres make them (`src/test/resources/exports/`): each gives exactly the results of its
 * clean CSV twin. Comma with CRLF; semicolons with a byte-order mark, an MIS's headers, UK dates and grades as the
 * MIS spells them (the spec's aliases); Excel's UTF-16 "Unicode text" with tabs; a centre's own headers mapped by a
 * file kept beside the export; and workbooks, made here with POI as Excel saves them (formula cells with cached
 * values, date cells, a merged id cell, a hidden row).
 */
class CentreExportsTest {
    private static final Path CORPUS = Path.of("src/test/resources/exports").toAbsolutePath();

    @TempDir
    Path tmp;

    private String clean;

    @BeforeEach
    void cleanTwin() {
        clean = json(CORPUS.resolve("clean.csv").toString());
    }

    private static Qdl.Run eval(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "eval";
        System.arraycopy(args, 0, all, 1, args.length);
        return Qdl.in(CORPUS).run(all);
    }

    private static String json(String input, String... options) {
        String[] args = new String[options.length + 4];
        System.arraycopy(options, 0, args, 0, options.length);
        args[options.length] = "--format";
        args[options.length + 1] = "json";
        args[options.length + 2] = CORPUS.resolve("centre-award.qdl").toString();
        args[options.length + 3] = input;
        Qdl.Run run = eval(args);
        assertThat(run.exit()).as(run.err()).isZero();
        return run.out();
    }

    @Test
    void theCleanTwinIsWhatTheCorpusExpects() {
        assertThat(clean).contains("\"candidate\":\"L001\",\"achieved\":true,\"grade\":null")
                .contains("\"candidate\":\"L002\",\"achieved\":false").doesNotContain("\"code\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"comma-crlf.csv", "semicolon-bom-mis.csv", "unicode-text.txt", "mapped/export.csv"})
    void eachTextExportGivesTheResultsOfItsCleanTwin(String export) {
        assertThat(json(CORPUS.resolve(export).toString())).isEqualTo(clean);
    }

    @Test
    void howAnExportWasReadIsSaidOnce() {
        Qdl.Run run = eval(CORPUS.resolve("centre-award.qdl").toString(),
                CORPUS.resolve("semicolon-bom-mis.csv").toString());
        assertThat(run.err()).contains("note: " + CORPUS.resolve("semicolon-bom-mis.csv")
                + ": read as semicolon-separated text")
                .contains("reading column `Learner ID` as candidate, `Unit code` as unit, `Grade` as result, "
                        + "`Date achieved` as date")
                .contains("dates read day first (dd/mm/yyyy), as `14/03/2024` shows")
                .contains("column `Surname` is not one qdl reads");
        Qdl.Run utf16 = eval(CORPUS.resolve("centre-award.qdl").toString(),
                CORPUS.resolve("unicode-text.txt").toString());
        assertThat(utf16.err()).contains("read as tab-separated UTF-16 text");
        Qdl.Run mapped = eval(CORPUS.resolve("centre-award.qdl").toString(),
                CORPUS.resolve("mapped/export.csv").toString());
        assertThat(mapped.err()).contains("using the column mapping in")
                .contains("dates read month first (mm/dd/yyyy), as `03/14/2024` shows");
    }

    @Test
    void columnsGivenOnTheCommandLineMapTheHeaders() throws IOException {
        Path export = tmp.resolve("own.csv");
        Files.writeString(export, Files.readString(CORPUS.resolve("clean.csv"))
                .replace("candidate,unit,result,date", "Pupil,Paper,Mark,On"));
        assertThat(json(export.toString(), "--columns", "candidate=Pupil,unit=\"Paper\",result=Mark,date=On"))
                .isEqualTo(clean);
        Qdl.Run wrong = eval("--columns", "candidate=Pupl", CORPUS.resolve("centre-award.qdl").toString(),
                export.toString());
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).contains("the column mapping names `Pupl` for candidate, but the header has no such "
                + "column").contains("did you mean `Pupil`?");
        Qdl.Run unknown = eval("--columns", "learner=Pupil", CORPUS.resolve("centre-award.qdl").toString(),
                export.toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("`learner` is not a column qdl reads");
    }

    @Test
    void aWorkbookAsExcelSavesItGivesTheResultsOfItsCleanTwin() throws IOException {
        Path book = tmp.resolve("learners.xlsx");
        writeWorkbook(book, false);
        Qdl.Run run = eval("--format", "json", CORPUS.resolve("centre-award.qdl").toString(), book.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(clean);
        assertThat(run.err()).contains("formula cells read as the value Excel last calculated")
                .contains("1 hidden row (6) read like every other row")
                .contains("1 merged range (A2:A4) read as the range's value in every cell");
    }

    @Test
    void aSheetIsChosenByNameAndAMissingOneIsAUsageError() throws IOException {
        Path book = tmp.resolve("learners.xlsx");
        writeWorkbook(book, true);
        assertThat(json(book.toString(), "--sheet", "learners")).isEqualTo(clean);
        Qdl.Run missing = eval("--sheet", "Term 3", CORPUS.resolve("centre-award.qdl").toString(), book.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("learners.xlsx: the workbook has no sheet `Term 3`; its sheets are "
                + "`Notes`, `Learners`");
    }

    @Test
    void whatIsNotAWorkbookIsRefusedNamingTheFileAndWhatItIs() throws IOException {
        Path csv = Files.copy(CORPUS.resolve("clean.csv"), tmp.resolve("renamed.xlsx"));
        Path xls = tmp.resolve("old.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(xls)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "Workbook");
            fs.writeFilesystem(out);
        }
        Path locked = tmp.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(locked)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "EncryptionInfo");
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "EncryptedPackage");
            fs.writeFilesystem(out);
        }
        Path corrupt = tmp.resolve("corrupt.xlsx");
        writeWorkbook(corrupt, false);
        byte[] bytes = Files.readAllBytes(corrupt);
        Files.write(corrupt, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        for (Path p : List.of(csv, xls, locked, corrupt)) {
            Qdl.Run run = eval(CORPUS.resolve("centre-award.qdl").toString(), p.toString());
            assertThat(run.exit()).as(p + ": " + run.err()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith("error: " + p).doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(eval(CORPUS.resolve("centre-award.qdl").toString(), csv.toString()).err())
                .contains("text, not an Excel workbook; if it is CSV, name it .csv");
        assertThat(eval(CORPUS.resolve("centre-award.qdl").toString(), xls.toString()).err())
                .contains("an Excel 97-2003 workbook (.xls)");
        assertThat(eval(CORPUS.resolve("centre-award.qdl").toString(), locked.toString()).err())
                .contains("the workbook is password-protected");
        assertThat(eval(CORPUS.resolve("centre-award.qdl").toString(), corrupt.toString()).err())
                .contains("not a readable Excel workbook (.xlsx)");
    }

    /**
     * The clean twin as Excel keeps it: results by formula (with the values Excel calculated), dates as date cells,
     * L001's id in one cell merged over its three rows, L002's second row hidden; with {@code notesFirst}, a sheet
     * of notes before the learners.
     */
    static void writeWorkbook(Path file, boolean notesFirst) throws IOException {
        List<String> lines = Files.readAllLines(CORPUS.resolve("clean.csv"));
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            if (notesFirst) {
                book.createSheet("Notes").createRow(0).createCell(0).setCellValue("Exported from the MIS");
            }
            Sheet sheet = book.createSheet("Learners");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("d mmm yyyy"));
            for (int i = 0; i < lines.size(); i++) {
                String[] f = lines.get(i).split(",");
                Row row = sheet.createRow(i);
                if (i == 0) {
                    for (int c = 0; c < f.length; c++) {
                        row.createCell(c).setCellValue(c == 0 ? "Learner ID" : c == 1 ? "Unit code" : c == 2 ? "Grade"
                                : "Date achieved");
                    }
                    continue;
                }
                if (!(i == 2 || i == 3)) {
                    row.createCell(0).setCellValue(f[0]);
                }
                row.createCell(1).setCellFormula("\"U\"&\"" + f[1].substring(1) + "\"");
                row.createCell(2).setCellFormula("IF(1=1,\"" + f[2] + "\",\"Fail\")");
                Cell d = row.createCell(3);
                d.setCellValue(LocalDate.parse(f[3]));
                d.setCellStyle(date);
                if (i == 5) {
                    row.setZeroHeight(true);
                }
            }
            sheet.addMergedRegion(CellRangeAddress.valueOf("A2:A4"));
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            book.write(out);
        }
    }
}
