package org.qdl.syntax.tree;

/** What may appear inside `pathway` and `endorsement` blocks: rules, and a few attributes. */
public sealed interface PathwayMember extends Node permits Attribute, RuleNode {
}
