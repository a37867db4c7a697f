package org.qdl.lsp;

import java.util.List;
import java.util.Optional;
import org.qdl.diag.Diagnostic;
import org.qdl.model.Qualification;
import org.qdl.syntax.SourceFile;
import org.qdl.syntax.tree.SpecFile;

/**
 * What the front end says about one open document: its text, its tree (absent while the text does not parse),
 * its diagnostics, the checked qualification (absent while there are errors), and the trees of the files it
 * imports (for definitions and references across files).
 */
public record Analysis(SourceFile source, Optional<SpecFile> tree, List<Diagnostic> diagnostics,
        Optional<Qualification> qualification, List<SpecFile> imported) {

    public Analysis {
        diagnostics = List.copyOf(diagnostics);
        imported = List.copyOf(imported);
    }
}
