package org.qdl.syntax.tree;

import org.qdl.syntax.Span;

/**
 * A name or reference as the author wrote it, unquoted: a group name (`B`), a unit reference
 * (`4427-450`, `R/506/4854`), a criterion id (`1.1`), a scale label (`S`, `Not yet passed`).
 */
public record Name(String text, Span span) implements Node {
}
