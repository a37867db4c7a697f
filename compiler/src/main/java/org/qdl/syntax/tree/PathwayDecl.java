package org.qdl.syntax.tree;

import java.util.List;
import org.qdl.syntax.Span;

/**
 * `pathway NAME "Endorsed title" { rules }`: one of several alternative rule sets, one of which must be met;
 * `endorsement NAME "Endorsed title" { rules }`: an optional extra that earns an endorsed title;
 * `smaller qualification NAME "Title" { rules }`: a smaller qualification of the same suite, with rules of its own.
 */
public record PathwayDecl(Kind kind, Name name, Text title, List<PathwayMember> members, Span span)
        implements QualificationMember {

    public PathwayDecl {
        members = List.copyOf(members);
    }

    public enum Kind {
        PATHWAY("pathway"), ENDORSEMENT("endorsement"), SMALLER("smaller qualification");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }
}
