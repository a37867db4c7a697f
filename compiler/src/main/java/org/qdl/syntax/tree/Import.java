package org.qdl.syntax.tree;

import org.qdl.syntax.Span;

/** `import "shared/customer-service-units.qdl"`: a path relative to the importing file. */
public record Import(Text path, Span span) implements Node {
}
