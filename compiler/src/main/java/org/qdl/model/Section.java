package org.qdl.model;

import java.util.List;
import java.util.Optional;

/**
 * Handbook prose: aims, entry requirements, overview, guidance, ... or a titled section of the author's own, with the
 * awarding body's own number for it where the spec gives one ("2.1").
 */
public record Section(Kind kind, Optional<String> number, Optional<String> title, List<Item> items) {

    public Section {
        items = List.copyOf(items);
    }

    public Section(Kind kind, Optional<String> title, List<Item> items) {
        this(kind, Optional.empty(), title, items);
    }

    public enum Kind {
        AIMS("Aims"), ENTRY_REQUIREMENTS("Entry requirements"), PROGRESSION("Progression"), ASSESSMENT("Assessment"),
        DELIVERY("Delivery"), OVERVIEW("Overview"), GUIDANCE("Guidance"), EVIDENCE("Evidence"),
        CONTENT("Content"), SECTION("");

        private final String heading;

        Kind(String heading) {
            this.heading = heading;
        }

        /** The heading a handbook gives the section (a titled section uses its own title). */
        public String heading() {
            return heading;
        }
    }

    /** The section's heading: its own title, or the kind's. */
    public String heading() {
        return title.orElse(kind.heading());
    }

    /**
     * What a section holds, in order: paragraphs, bullet points (consecutive ones make one list; a nested one sits
     * under the bullet before it), headings and tables. Text may carry emphasis ({@link Emphasis}).
     */
    public sealed interface Item {
    }

    public record Paragraph(String text) implements Item {
    }

    public record Bullet(String text, boolean nested) implements Item {
    }

    public record Heading(String text) implements Item {
    }

    /** A table: its caption (or ""), the header row's cells, and the rows, each as many cells as the header. */
    public record Table(String caption, List<String> header, List<List<String>> rows) implements Item {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
