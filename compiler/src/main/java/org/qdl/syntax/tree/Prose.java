package org.qdl.syntax.tree;

import java.util.List;
import java.util.Optional;
import org.qdl.syntax.Span;

/** Handbook text: paragraphs, bullet points, headings and tables, in order. */
public record Prose(List<Item> items, Span span) implements Node {

    public Prose {
        items = List.copyOf(items);
    }

    public sealed interface Item extends Node {
    }

    public record Paragraph(Text text, Span span) implements Item {
    }

    /** `- "..."`, or `-- "..."` for a point under the bullet above ({@code nested}). */
    public record Bullet(Text text, boolean nested, Span span) implements Item {
    }

    /** `heading "Assessors"`: a heading inside the section. */
    public record Heading(Text text, Span span) implements Item {
    }

    /** `table "Caption" { header "A", "B"  row "a", "b" }`. */
    public record Table(Optional<Text> caption, List<Row> rows, Span span) implements Item {
        public Table {
            rows = List.copyOf(rows);
        }
    }

    /** A row of a table: its cells, and whether it is the header row. */
    public record Row(boolean header, List<Text> cells, Span span) implements Node {
        public Row {
            cells = List.copyOf(cells);
        }
    }
}
