package org.qdl.cli.spectest;

import java.util.List;
import org.qdl.diag.Diagnostic;

/**
 * One test file as run: its cases' outcomes, or why none could run (a problem in the test file, or errors in the
 * spec it tests, which are kept as diagnostics for the usual renderers).
 *
 * @param errors one line each, in the short form (`FILE:LINE:COL: error: message`)
 */
public record FileOutcome(String display, String specDisplay, List<CaseOutcome> cases, List<String> errors,
        List<Diagnostic> specDiagnostics) {

    public FileOutcome {
        cases = List.copyOf(cases);
        errors = List.copyOf(errors);
        specDiagnostics = List.copyOf(specDiagnostics);
    }

    static FileOutcome broken(String display, String specDisplay, List<String> errors, List<Diagnostic> diagnostics) {
        return new FileOutcome(display, specDisplay, List.of(), errors, diagnostics);
    }

    public boolean ran() {
        return errors.isEmpty();
    }

    public long failed() {
        return cases.stream().filter(c -> !c.passed()).count();
    }

    public boolean ok() {
        return ran() && failed() == 0;
    }
}
