package org.qdl.syntax.tree;

import java.util.List;
import java.util.Optional;
import org.qdl.syntax.Span;

/** `group NAME "Title" { units ...; groups ...; unit ... { } }`. */
public record GroupDecl(Name name, Optional<Text> title, List<GroupMember> members, Span span)
        implements Decl, QualificationMember {

    public GroupDecl {
        members = List.copyOf(members);
    }
}
