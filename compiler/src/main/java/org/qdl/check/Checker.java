package org.qdl.check;

import java.util.List;
import java.util.Optional;
import org.qdl.diag.Diagnostic;
import org.qdl.model.Qualification;
import org.qdl.syntax.tree.SpecFile;

/** Checks parsed files and builds the checked qualification. (Being written.) */
final class Checker {
    private Checker() {
    }

    record Output(Optional<Qualification> qualification, List<Diagnostic> diagnostics) {
    }

    static Output check(List<SpecFile> files, boolean syntaxOk) {
        return new Output(Optional.empty(), List.of());
    }
}
