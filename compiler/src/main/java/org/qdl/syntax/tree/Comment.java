package org.qdl.syntax.tree;

import org.qdl.syntax.Span;

/** A `// line` or `/* block *&#47;` comment, kept so that the formatter can put it back. */
public record Comment(String text, Span span) implements Node {

    public boolean isBlock() {
        return text.startsWith("/*");
    }
}
