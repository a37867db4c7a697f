package org.qdl.syntax.tree;

import java.util.List;
import java.util.Optional;
import org.qdl.syntax.Span;

/**
 * `gateway { component english "Level 2 English" at level 2 or above  component portfolio "Portfolio of evidence" }`:
 * what an end-point assessment's plan asks a learner to hold before the assessment is taken.
 */
public record GatewayBlock(List<Item> items, Span span) implements QualificationMember {

    public GatewayBlock {
        items = List.copyOf(items);
    }

    public sealed interface Item extends Node permits Component, ErrorNode {
    }

    /** `component NAME "Title" at level 2 or above`: one item of the gateway, at a level where one is given. */
    public record Component(Name name, Text title, Optional<RuleNode.LevelFilter> level, Span span) implements Item {
    }
}
