package org.qdl.syntax.tree;

import org.qdl.syntax.Span;

/** A node of the syntax tree. Every node knows the source text it came from. */
public interface Node {
    Span span();
}
