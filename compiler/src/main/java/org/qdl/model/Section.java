package org.qdl.model;

import java.util.List;
import java.util.Optional;

/** Handbook prose: aims, entry requirements, overview, guidance, ... or a titled section of the author's own. */
public record Section(Kind kind, Optional<String> title, List<Item> items) {

    public Section {
        items = List.copyOf(items);
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

    /** A paragraph, or a bullet point (consecutive bullets make one list). */
    public record Item(boolean bullet, String text) {
    }
}
