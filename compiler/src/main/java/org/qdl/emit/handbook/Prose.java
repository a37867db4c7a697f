package org.qdl.emit.handbook;

import java.util.ArrayList;
import java.util.List;
import org.qdl.model.Section;

/**
 * A section of handbook prose, ready to print: its heading, its anchor id, and its paragraphs and lists (consecutive
 * bullet points make one list).
 */
public record Prose(String id, String heading, List<Block> blocks) {

    public Prose {
        blocks = List.copyOf(blocks);
    }

    /** A paragraph ({@code items} empty) or a bulleted list ({@code text} empty). */
    public record Block(String text, List<String> items) {
        public Block {
            items = List.copyOf(items);
        }

        public boolean list() {
            return !items.isEmpty();
        }
    }

    static Prose of(String id, String heading, Section section) {
        List<Block> blocks = new ArrayList<>();
        List<String> bullets = new ArrayList<>();
        for (Section.Item item : section.items()) {
            if (item.bullet()) {
                bullets.add(item.text());
                continue;
            }
            if (!bullets.isEmpty()) {
                blocks.add(new Block("", bullets));
                bullets = new ArrayList<>();
            }
            blocks.add(new Block(item.text(), List.of()));
        }
        if (!bullets.isEmpty()) {
            blocks.add(new Block("", bullets));
        }
        return new Prose(id, heading, blocks);
    }
}
