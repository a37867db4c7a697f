package org.qdl.syntax.parse;

import java.util.List;
import java.util.Optional;
import org.qdl.diag.Diagnostic;
import org.qdl.syntax.tree.SpecFile;

/** A parsed file, or its syntax errors. The tree is absent when there are any, so that nothing cascades. */
public record ParseResult(Optional<SpecFile> tree, List<Diagnostic> diagnostics) {

    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
        return tree.isPresent();
    }
}
