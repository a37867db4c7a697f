package org.qdl.cli;

/** How `qdl check` prints diagnostics: `human` (rustc style), `short` (one line each) or `json` (on stdout). */
enum DiagnosticFormat {
    HUMAN, SHORT, JSON
}
