package org.qdl.cli.results;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.qdl.runtime.result.Problem;
import org.qdl.runtime.result.Result;
import org.qdl.runtime.result.Shortfall;
import org.qdl.runtime.words.ResultWords;

/**
 * Results as an Excel workbook: sheet `Results`, one row per learner (verdict, grade, credits, units needed, every
 * unit still offered with its title); sheet `Shortfalls and problems`, a row per shortfall and per problem. Written
 * with POI's streaming workbook (SXSSF): only a window of rows is in memory, the rest in compressed temporary files,
 * so a million learners take no more memory than a hundred. Text cells are strings, never formulas, and
 * {@linkplain Cells#neutral neutralised} too, for a centre that saves the sheet again as CSV.
 */
public final class XlsxReport implements ResultSink {
    private static final int WINDOW = 200;
    /** Excel's limit on a cell's text. */
    private static final int MAX_CELL = 32_767;
    /** Excel's limit on a sheet's rows. */
    private static final int MAX_ROWS = 1_048_576;

    private final ReportOptions options;
    private final ResultWords words;
    private final OutputStream out;
    private SXSSFWorkbook book;
    private SXSSFSheet results;
    private SXSSFSheet details;
    private int resultRow;
    private int detailRow;
    private boolean detailsFull;
    private CellStyle bold;

    public XlsxReport(ReportOptions options, ResultWords words, OutputStream out) {
        this.options = options;
        this.words = words;
        this.out = out;
    }

    @Override
    public void start() {
        book = new SXSSFWorkbook(WINDOW);
        book.setCompressTempFiles(true);
        Font font = book.createFont();
        font.setBold(true);
        bold = book.createCellStyle();
        bold.setFont(font);
        results = book.createSheet("Results");
        details = book.createSheet("Shortfalls and problems");
        header(results, "candidate", "achieved", "grade", "credits", "units needed", "undecided", "shortfalls",
                "options", "problems");
        header(details, "candidate", "kind", "code", "unit", "title", "message");
        results.createFreezePane(0, 1);
        details.createFreezePane(0, 1);
        resultRow = 1;
        detailRow = 1;
    }

    private void header(SXSSFSheet sheet, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
            row.getCell(i).setCellStyle(bold);
        }
    }

    @Override
    public void accept(List<Result> batch) throws IOException {
        for (Result r : batch) {
            if (resultRow >= MAX_ROWS) {
                throw new IOException("a workbook's sheet holds at most " + MAX_ROWS + " rows; write these results as "
                        + "CSV (--format csv) instead");
            }
            Row row = results.createRow(resultRow++);
            text(row, 0, r.candidate());
            row.createCell(1).setCellValue(r.achieved());
            text(row, 2, r.grade() == null ? "" : r.grade());
            row.createCell(3).setCellValue(r.credits() == null ? 0 : r.credits().doubleValue());
            row.createCell(4).setCellValue(r.unitsNeeded());
            row.createCell(5).setCellValue(r.undecided());
            text(row, 6, String.join("; ", r.shortfalls().stream().map(words::shortfall).toList()));
            text(row, 7, CsvReport.options(r, words));
            text(row, 8, String.join("; ", r.problems().stream().map(p -> p.code() + " " + words.problem(p, options.input())).toList()));
            for (Shortfall s : r.shortfalls()) {
                detail(r.candidate(), "shortfall", "", "", words.shortfall(s));
            }
            for (Problem p : r.problems()) {
                detail(r.candidate(), "problem", p.code(), p.unit() == null ? "" : p.unit(),
                        words.problem(p, options.input()));
            }
        }
    }

    private void detail(String candidate, String kind, String code, String unit, String message) {
        if (detailsFull) {
            return;
        }
        if (detailRow == MAX_ROWS - 1) {
            // nothing left out without a word: the last row says the sheet is full
            detailsFull = true;
            text(details.createRow(detailRow++), 5, "further shortfalls and problems are left out: a sheet holds at "
                    + "most " + MAX_ROWS + " rows (Excel's limit); --format csv or json lists them all");
            return;
        }
        Row row = details.createRow(detailRow++);
        text(row, 0, candidate);
        text(row, 1, kind);
        text(row, 2, code);
        text(row, 3, unit);
        text(row, 4, words.unitTitle(unit));
        text(row, 5, message);
    }

    private static void text(Row row, int column, String value) {
        String v = Cells.neutral(value);
        row.createCell(column).setCellValue(v.length() > MAX_CELL ? v.substring(0, MAX_CELL - 1) + "…" : v);
    }

    @Override
    public void finish(Report.Summary summary) throws IOException {
        try {
            results.setColumnWidth(0, 18 * 256);
            results.setColumnWidth(6, 60 * 256);
            results.setColumnWidth(7, 60 * 256);
            results.setColumnWidth(8, 60 * 256);
            details.setColumnWidth(5, 90 * 256);
            book.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(options.title() + " — results");
            book.write(out);
        } finally {
            book.close();
            book.dispose();
        }
    }
}
