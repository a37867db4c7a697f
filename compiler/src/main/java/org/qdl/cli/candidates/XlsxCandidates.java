package org.qdl.cli.candidates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Candidates from an Excel workbook (.xlsx): the first sheet, or the one named, read like CSV — a header row, then
 * a row per achievement. The sheet is streamed (Apache POI's event API: SAX over the sheet's XML), never held whole,
 * so a million-row workbook reads in bounded memory. A formula cell is read as the value Excel last calculated, a
 * date cell as an ISO date whatever its display format, a cell of a merged range as the range's value, and a hidden
 * row like any other; each of these is said once.
 */
public final class XlsxCandidates {
    private static final int SAID_ROWS = 5;

    private XlsxCandidates() {
    }

    public static CsvCandidates read(Path file, String name, ReadOptions options, Consumer<String> skipped,
            Consumer<String> warnings, Consumer<String> notes) throws IOException, BadInputException {
        Workbook.check(file, name);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            String sheet = sheetName(reader, options.sheet(), name);
            List<CellRangeAddress> merged = merged(reader, sheet);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Rows rows = new Rows(name, options, skipped == null, warnings, notes, merged);
            Marks marks = new Marks();
            XMLReader xml = SAXHelper.newXMLReader();
            marks.setParent(xml);
            marks.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoDates(), false));
            try (InputStream in = sheet(reader, sheet)) {
                marks.parse(new InputSource(in));
            } catch (Stop stop) {
                // the first bad row, when bad rows stop the run
            }
            if (options.sheet() != null || sheetCount(reader) > 1) {
                notes.accept(name + ": reading sheet `" + sheet + "`");
            }
            marks.say(name, notes);
            if (!merged.isEmpty()) {
                notes.accept(name + ": " + merged.size() + (merged.size() == 1 ? " merged range" : " merged ranges")
                        + " (" + String.join(", ", merged.stream().limit(SAID_ROWS)
                                .map(CellRangeAddress::formatAsString).toList())
                        + (merged.size() > SAID_ROWS ? ", …" : "") + ") read as the range's value in every cell");
            }
            if (rows.header == null) {
                return CsvCandidates.of(new CsvPart(), name, options, skipped, warnings, notes);
            }
            return CsvCandidates.of(rows.part, name, options, skipped, warnings, notes);
        } catch (NotOfficeXmlFileException | InvalidFormatException | InvalidOperationException e) {
            throw new BadInputException(name + ": not a readable Excel workbook (.xlsx): the file is damaged or is "
                    + "another kind of zip file");
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e.getCause() instanceof BadInputException b) {
                throw b;
            }
            throw new BadInputException(name + ": not a readable Excel workbook (.xlsx): the file is damaged ("
                    + plain(e) + ")");
        }
    }

    /** A message without a library's class names. */
    private static String plain(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    /** The sheet asked for (its name as given, any case), or the first; a sheet that is not there is a usage error. */
    private static String sheetName(XSSFReader reader, String asked, String name)
            throws IOException, OpenXML4JException, BadInputException {
        List<String> names = new ArrayList<>();
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream ignored = it.next()) {
                names.add(it.getSheetName());
            }
        }
        if (names.isEmpty()) {
            throw new BadInputException(name + ": the workbook has no sheets");
        }
        if (asked == null) {
            return names.get(0);
        }
        Optional<String> found = names.stream().filter(n -> n.equalsIgnoreCase(asked.strip())).findFirst();
        if (found.isEmpty()) {
            throw new NoSuchSheetException(name + ": the workbook has no sheet `" + asked + "`; its sheets are "
                    + String.join(", ", names.stream().map(n -> "`" + n + "`").toList()));
        }
        return found.get();
    }

    private static int sheetCount(XSSFReader reader) throws IOException, OpenXML4JException {
        int n = 0;
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream ignored = it.next()) {
                n++;
            }
        }
        return n;
    }

    private static InputStream sheet(XSSFReader reader, String sheet) throws IOException, OpenXML4JException {
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            InputStream in = it.next();
            if (it.getSheetName().equals(sheet)) {
                return in;
            }
            in.close();
        }
        throw new IllegalStateException("sheet " + sheet + " was listed but cannot be found");
    }

    /**
     * The sheet's merged ranges. They come after its rows in the file, so the sheet is read once for them alone
     * (streamed too) before its rows are.
     */
    private static List<CellRangeAddress> merged(XSSFReader reader, String sheet)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        List<CellRangeAddress> out = new ArrayList<>();
        XMLReader xml = SAXHelper.newXMLReader();
        xml.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                if ("mergeCell".equals(local) && atts.getValue("ref") != null) {
                    out.add(CellRangeAddress.valueOf(atts.getValue("ref")));
                }
            }
        });
        try (InputStream in = sheet(reader, sheet)) {
            xml.parse(new InputSource(in));
        }
        return out;
    }

    /** Stops the sheet's reading at the first bad row, when bad rows stop the run. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /** A sheet named with --sheet that the workbook does not have: a usage error (exit 2). */
    public static final class NoSuchSheetException extends BadInputException {
        private static final long serialVersionUID = 1L;

        NoSuchSheetException(String message) {
            super(message);
        }
    }

    /** Notes the rows the sheet hides and its formula cells, as the sheet's XML goes by. */
    private static final class Marks extends XMLFilterImpl {
        private final List<String> hidden = new ArrayList<>();
        private long hiddenCount;
        private long formulas;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            if ("row".equals(local)) {
                String h = atts.getValue("hidden");
                if ("1".equals(h) || "true".equals(h)) {
                    hiddenCount++;
                    if (hidden.size() < SAID_ROWS) {
                        hidden.add(atts.getValue("r"));
                    }
                }
            } else if ("f".equals(local)) {
                formulas++;
            }
            super.startElement(uri, local, qName, atts);
        }

        void say(String name, Consumer<String> notes) {
            if (hiddenCount > 0) {
                notes.accept(name + ": " + hiddenCount + (hiddenCount == 1 ? " hidden row (" : " hidden rows (")
                        + String.join(", ", hidden) + (hiddenCount > hidden.size() ? ", …" : "")
                        + ") read like every other row");
            }
            if (formulas > 0) {
                notes.accept(name + ": " + formulas + (formulas == 1 ? " formula cell" : " formula cells")
                        + " read as the value Excel last calculated");
            }
        }
    }

    /** A date cell as an ISO date, whatever format displays it (a sheet's dates are never ambiguous). */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    /** The sheet's rows, cell by cell: the first that is not blank is the header, the others go to a part. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String name;
        private final ReadOptions options;
        private final boolean stopAtBadRow;
        private final Consumer<String> warnings;
        private final Consumer<String> notes;
        private final List<CellRangeAddress> merged;
        /** Per merged range, the value of its first cell once read. */
        private final String[] mergedValue;
        final CsvPart part = new CsvPart();
        CsvHeader header;
        private CsvPart.Adder adder;
        private CsvRow row = new CsvRow(256);
        private int rowNum;

        Rows(String name, ReadOptions options, boolean stopAtBadRow, Consumer<String> warnings,
                Consumer<String> notes, List<CellRangeAddress> merged) {
            this.name = name;
            this.options = options;
            this.stopAtBadRow = stopAtBadRow;
            this.warnings = warnings;
            this.notes = notes;
            this.merged = merged;
            this.mergedValue = new String[merged.size()];
        }

        @Override
        public void startRow(int rowNum) {
            this.rowNum = rowNum;
            row.clear(header == null ? 0 : header.width, rowNum + 1L);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            CellAddress at = new CellAddress(reference);
            String text = value == null ? "" : value;
            for (int m = 0; m < merged.size(); m++) {
                CellRangeAddress r = merged.get(m);
                if (r.getFirstRow() == at.getRow() && r.getFirstColumn() == at.getColumn()) {
                    mergedValue[m] = text;
                }
            }
            row.set(at.getColumn(), text);
        }

        @Override
        public void endRow(int rowNum) {
            for (int m = 0; m < merged.size(); m++) {
                CellRangeAddress r = merged.get(m);
                if (mergedValue[m] != null && r.getFirstRow() <= rowNum && rowNum <= r.getLastRow()) {
                    for (int c = r.getFirstColumn(); c <= r.getLastColumn(); c++) {
                        if (c < row.size && row.fields[c].isEmpty() || c >= row.size) {
                            row.set(c, mergedValue[m]);
                        }
                    }
                }
            }
            if (header == null) {
                if (!row.blank()) {
                    try {
                        header = CsvHeader.of(row.list(), row.line, name, warnings, notes, options.columns());
                    } catch (BadInputException e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                    adder = part.new Adder(header, name, 0);
                    row = new CsvRow(header.width);
                }
                return;
            }
            if (!adder.add(row) && stopAtBadRow) {
                throw new Stop();
            }
        }
    }
}
