package org.qdl.cli;

/** How `qdl check` prints diagnostics: `human` (rustc style), `short` (one line each), `json` or `sarif`
 * (SARIF 2.1.0, for code hosts; both on stdout). */
enum DiagnosticFormat {
    HUMAN, SHORT, JSON, SARIF;

    /** Lower case, as the user types it and as help and error messages show it. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
