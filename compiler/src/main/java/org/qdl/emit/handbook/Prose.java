package org.qdl.emit.handbook;

import java.util.ArrayList;
import java.util.List;
import org.qdl.model.Section;

/**
 * A section of handbook prose, ready to print: its anchor id, its number (the awarding body's, or one the handbook
 * gives; "" for none), its heading, and its blocks: paragraphs, lists (consecutive bullet points, each with the
 * points under it), headings and tables. Text keeps its emphasis markers; the templates render them.
 */
public record Prose(String id, String number, String heading, List<Block> blocks) {

    public Prose {
        blocks = List.copyOf(blocks);
    }

    /** The heading with its number before it: "2.1 Resource requirements". */
    public String numberedHeading() {
        return number.isEmpty() ? heading : number + " " + heading;
    }

    Prose withNumber(String newNumber) {
        return new Prose(id, newNumber, heading, blocks);
    }

    /** One block of a section; {@code kind} says which of the other fields it uses. */
    public record Block(Kind kind, String text, List<Point> items, Table table) {
        public Block {
            items = List.copyOf(items);
        }

        public boolean list() {
            return kind == Kind.LIST;
        }

        public boolean heading() {
            return kind == Kind.HEADING;
        }

        public boolean tabular() {
            return kind == Kind.TABLE;
        }

        static Block paragraph(String text) {
            return new Block(Kind.PARAGRAPH, text, List.of(), null);
        }
    }

    public enum Kind { PARAGRAPH, LIST, HEADING, TABLE }

    /** A bullet point and the points under it. */
    public record Point(String text, List<String> points) {
        public Point {
            points = List.copyOf(points);
        }
    }

    /** A table from the spec's prose: caption (or ""), the header row's cells, and the rows. */
    public record Table(String caption, List<String> header, List<List<String>> rows) {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    static Prose of(String id, String heading, Section section) {
        List<Block> blocks = new ArrayList<>();
        List<Point> bullets = new ArrayList<>();
        for (Section.Item item : section.items()) {
            if (item instanceof Section.Bullet b) {
                if (b.nested() && !bullets.isEmpty()) {
                    Point above = bullets.remove(bullets.size() - 1);
                    List<String> under = new ArrayList<>(above.points());
                    under.add(b.text());
                    bullets.add(new Point(above.text(), under));
                } else {
                    bullets.add(new Point(b.text(), List.of()));
                }
                continue;
            }
            if (!bullets.isEmpty()) {
                blocks.add(new Block(Kind.LIST, "", bullets, null));
                bullets = new ArrayList<>();
            }
            if (item instanceof Section.Paragraph p) {
                blocks.add(Block.paragraph(p.text()));
            } else if (item instanceof Section.Heading h) {
                blocks.add(new Block(Kind.HEADING, h.text(), List.of(), null));
            } else if (item instanceof Section.Table t) {
                blocks.add(new Block(Kind.TABLE, "", List.of(), new Table(t.caption(), t.header(), t.rows())));
            }
        }
        if (!bullets.isEmpty()) {
            blocks.add(new Block(Kind.LIST, "", bullets, null));
        }
        return new Prose(id, section.number().orElse(""), heading, blocks);
    }
}
