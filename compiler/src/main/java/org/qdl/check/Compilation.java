package org.qdl.check;

import java.util.List;
import java.util.Optional;
import org.qdl.diag.Diagnostic;
import org.qdl.model.Qualification;
import org.qdl.runtime.ir.IrDocument;

/**
 * What compiling a spec gives: the checked qualification and its lowered IR, when the file declares one and has
 * no errors, and the diagnostics of the file and everything it imports, in source order.
 */
public record Compilation(Optional<Qualification> qualification, Optional<IrDocument> ir,
        List<Diagnostic> diagnostics) {

    public Compilation {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
