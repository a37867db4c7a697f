package org.qdl.syntax.tree;

import java.util.List;
import org.qdl.syntax.Span;

/** `unit REF` refers to a unit; `unit REF "Title" { ... }` declares one. */
public sealed interface UnitEntry extends Decl, QualificationMember, GroupMember {

    UnitKind kind();

    Name ref();

    /** The word the author used: a unit, a module or a competency is the same thing to the engine. */
    enum UnitKind {
        UNIT("unit"), MODULE("module"), COMPETENCY("competency");

        private final String word;

        UnitKind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    record UnitDecl(UnitKind kind, Name ref, Text title, List<Attribute> attributes, Span span) implements UnitEntry {
        public UnitDecl {
            attributes = List.copyOf(attributes);
        }
    }

    record UnitRef(UnitKind kind, Name ref, Span span) implements UnitEntry {
    }
}
