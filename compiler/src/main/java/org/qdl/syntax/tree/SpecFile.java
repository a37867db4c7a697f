package org.qdl.syntax.tree;

import java.util.List;
import org.qdl.syntax.SourceFile;
import org.qdl.syntax.Span;

/** One parsed QDL file: its imports, its declarations and its comments. */
public record SpecFile(SourceFile source, List<Import> imports, List<Decl> declarations, List<Comment> comments,
        Span span) implements Node {

    public SpecFile {
        imports = List.copyOf(imports);
        declarations = List.copyOf(declarations);
        comments = List.copyOf(comments);
    }
}
