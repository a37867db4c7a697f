package org.qdl.cli.results;

import org.qdl.runtime.words.ResultWords;

/**
 * `qdl eval --format`: a table for a person, the contract's JSON, one CSV row per candidate, an Excel workbook, or
 * an HTML report (a folder of pages) for tutors and learners.
 */
public enum ResultFormat {
    TABLE, JSON, CSV, XLSX, HTML;

    /** Whether the report is text written as it goes (the others are a workbook and a folder of pages). */
    public boolean text() {
        return this != XLSX && this != HTML;
    }

    /** A report whose messages are worded by {@code words} (made once per qualification). */
    public Report report(ReportOptions options, ResultWords words) {
        return switch (this) {
            case JSON -> new JsonReport(options, words);
            case CSV -> new CsvReport(words, options.tariff(), options.input());
            case TABLE -> new TableReport(options, words);
            case XLSX, HTML -> throw new IllegalArgumentException(this + " results are not text");
        };
    }

    /** Lower case, as the user types it and as help and error messages show it. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
