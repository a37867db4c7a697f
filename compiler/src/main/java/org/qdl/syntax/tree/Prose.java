package org.qdl.syntax.tree;

import java.util.List;
import org.qdl.syntax.Span;

/** Handbook text: paragraphs and bullet points, in order. */
public record Prose(List<Item> items, Span span) implements Node {

    public Prose {
        items = List.copyOf(items);
    }

    public sealed interface Item extends Node {
        Text text();
    }

    public record Paragraph(Text text, Span span) implements Item {
    }

    public record Bullet(Text text, Span span) implements Item {
    }
}
