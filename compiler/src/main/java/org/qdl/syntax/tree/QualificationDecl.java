package org.qdl.syntax.tree;

import java.util.List;
import java.util.Optional;
import org.qdl.syntax.Span;

/** `qualification NAME "Title" { ... }`. */
public record QualificationDecl(Name name, Optional<Text> title, List<QualificationMember> members, Span span)
        implements Decl {

    public QualificationDecl {
        members = List.copyOf(members);
    }
}
