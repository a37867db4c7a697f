package org.qdl.syntax.tree;

import org.qdl.syntax.Span;

/** A string literal's value: escapes resolved and runs of white space folded to one space. */
public record Text(String value, Span span) implements Node {
}
