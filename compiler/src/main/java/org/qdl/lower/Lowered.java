package org.qdl.lower;

import java.util.List;
import org.qdl.diag.Diagnostic;
import org.qdl.runtime.ir.IrDocument;

/** A lowered qualification: the IR the engine runs, and what lowering found meaningless in the rules. */
public record Lowered(IrDocument ir, List<Diagnostic> diagnostics) {

    public Lowered {
        diagnostics = List.copyOf(diagnostics);
    }
}
