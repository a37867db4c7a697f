package org.qdl.cli.candidates;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** One CSV row's fields, read into a reused array; a row longer than the array keeps only its count. */
final class CsvRow {
    final String[] fields;
    /**
     * Per field: the number of its stripped text among the part's values ({@link CsvPart#values}) when the reader
     * already knows it (a plain reader that has seen the same bytes), else -1.
     */
    final int[] known;
    int size;
    /** The line the row starts on, within what the parser reads. */
    long line;
    /** Whether a field beyond the array (so not kept) has text: such a row is not blank. */
    private boolean textBeyond;

    CsvRow(int capacity) {
        fields = new String[capacity];
        known = new int[capacity];
    }

    /** Reads the next row (the parser gives each row as an array); false at the end. */
    boolean read(CsvParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_ARRAY) {
            start(0);
            return false;
        }
        start(p.currentLocation().getLineNr());
        boolean first = true;
        while (p.nextToken() == JsonToken.VALUE_STRING) {
            if (first) {
                line = p.currentTokenLocation().getLineNr();
                first = false;
            }
            add(p.getText());
        }
        return true;
    }

    /** Starts a row given field by field (by a reader of plain text), on {@code line}. */
    void start(long line) {
        this.line = line;
        size = 0;
        textBeyond = false;
    }

    /** Adds the next field; text beyond the array is only noted (the row is then malformed). */
    void add(String text) {
        add(text, -1);
    }

    /** Adds the next field, whose value number is {@code value} (-1: not known). */
    void add(String text, int value) {
        if (size < fields.length) {
            fields[size] = text;
            known[size] = value;
        } else if (!textBeyond) {
            textBeyond = !text.isBlank();
        }
        size++;
    }

    /** Starts a row given cell by cell (a sheet's): {@code width} empty fields, at {@code line}. */
    void clear(int width, long line) {
        this.line = line;
        textBeyond = false;
        size = Math.min(width, fields.length);
        Arrays.fill(fields, 0, size, "");
        Arrays.fill(known, 0, size, -1);
    }

    /** Sets field {@code index}; text beyond the array makes the row as long as that (it is then malformed). */
    void set(int index, String text) {
        if (index < fields.length) {
            fields[index] = text;
            known[index] = -1;
            size = Math.max(size, index + 1);
        } else if (!text.isBlank()) {
            textBeyond = true;
            size = Math.max(size, index + 1);
        }
    }

    /**
     * An empty line, or a row of empty fields (spreadsheets export those at the end). A row with text in a column
     * the header does not have is not blank: it is reported as malformed, not skipped.
     */
    boolean blank() {
        if (textBeyond) {
            return false;
        }
        for (int i = 0; i < Math.min(size, fields.length); i++) {
            if (!fields[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    List<String> list() {
        return Arrays.asList(fields).subList(0, Math.min(size, fields.length));
    }
}
