package org.qdl.syntax.tree;

/** What may appear inside `pathway`, `endorsement` and `smaller qualification` blocks: rules, a few attributes, and (a smaller qualification only) its grading. */
public sealed interface PathwayMember extends Node permits Attribute, RuleNode, GradingBlock {
}
