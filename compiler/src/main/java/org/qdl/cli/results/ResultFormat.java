package org.qdl.cli.results;

import org.qdl.runtime.words.ResultWords;

/** `qdl eval --format`: a table for a person, the contract's JSON, or one CSV row per candidate. */
public enum ResultFormat {
    TABLE, JSON, CSV;

    /** A report whose messages are worded by {@code words} (made once per qualification). */
    public Report report(ReportOptions options, ResultWords words) {
        return switch (this) {
            case JSON -> new JsonReport(options, words);
            case CSV -> new CsvReport(words, options.tariff());
            case TABLE -> new TableReport(options, words);
        };
    }

    /** Lower case, as the user types it and as help and error messages show it. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
