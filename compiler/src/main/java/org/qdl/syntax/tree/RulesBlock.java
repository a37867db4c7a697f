package org.qdl.syntax.tree;

import java.util.List;
import org.qdl.syntax.Span;

/** `rules { ... }`: the rules of combination every candidate must meet. */
public record RulesBlock(List<RuleNode> rules, Span span) implements QualificationMember {

    public RulesBlock {
        rules = List.copyOf(rules);
    }
}
