package org.qdl.syntax.tree;

import java.util.Optional;
import org.qdl.syntax.Span;

/**
 * `requires qualification NAME "Title"`: a qualification a learner must hold before registering (a prerequisite);
 * `requires component NAME "Title" at level 5 or above`: a co-requisite outside the qualification's units (an SVQ's
 * Core Skills). {@code level} is only for a component.
 */
public record RequiresDecl(Kind kind, Name name, Text title, Optional<RuleNode.LevelFilter> level, Span span)
        implements QualificationMember {

    public enum Kind {
        QUALIFICATION("qualification"), COMPONENT("component");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** The word after `requires`. */
        public String word() {
            return word;
        }
    }
}
