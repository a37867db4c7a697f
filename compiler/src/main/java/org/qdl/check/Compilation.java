package org.qdl.check;

import java.util.List;
import java.util.Optional;
import org.qdl.diag.Diagnostic;
import org.qdl.model.Qualification;

/**
 * What checking a spec gives: the checked qualification, when the file declares one and has no errors, and the
 * diagnostics of the file and everything it imports, in source order.
 */
public record Compilation(Optional<Qualification> qualification, List<Diagnostic> diagnostics) {

    public Compilation {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
