package org.qdl.cli.results;

/** `qdl eval --format`: a table for a person, the contract's JSON, or one CSV row per candidate. */
public enum ResultFormat {
    TABLE, JSON, CSV;

    public Report report(ReportOptions options) {
        switch (this) {
            case JSON:
                return new JsonReport(options);
            case CSV:
                return new CsvReport();
            default:
                return new TableReport(options);
        }
    }

    /** Lower case, as the user types it and as help and error messages show it. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
