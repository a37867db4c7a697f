package org.qdl.cli.results;

/**
 * A value as a spreadsheet cell of a CSV file or workbook qdl writes. A cell that starts with `=`, `+`, `-`, `@`, a
 * tab or a carriage return is a formula to Excel and LibreOffice when the file is opened (an id `=HYPERLINK(...)`
 * would run), so such a value is written after a single quote, which the spreadsheet shows as text (OWASP's advice
 * on CSV injection). Only text is written this way: numbers qdl computes are written as they are.
 */
public final class Cells {
    private Cells() {
    }

    public static String neutral(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }
}
