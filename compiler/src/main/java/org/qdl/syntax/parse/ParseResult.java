package org.qdl.syntax.parse;

import java.util.List;
import org.qdl.diag.Diagnostic;
import org.qdl.syntax.tree.SpecFile;

/**
 * A parsed file: always a tree, with {@link org.qdl.syntax.tree.ErrorNode}s where the text is broken, and the
 * syntax errors that say where and why.
 */
public record ParseResult(SpecFile tree, List<Diagnostic> diagnostics) {

    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when the text has no syntax errors, and so the tree no error nodes. */
    public boolean ok() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
