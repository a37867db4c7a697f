package org.qdl.syntax.tree;

import java.util.List;
import java.util.Optional;
import org.qdl.syntax.Span;

/** `framework NAME "Title" { levels introductory, advanced }`: a level set the spec declares itself. */
public record FrameworkDecl(Name name, Optional<Text> title, List<Name> levels, Span span) implements Decl {

    public FrameworkDecl {
        levels = List.copyOf(levels);
    }
}
