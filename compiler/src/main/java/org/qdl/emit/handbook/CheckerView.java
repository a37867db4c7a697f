package org.qdl.emit.handbook;

import java.util.List;

/**
 * The unit-choice checker page, as plain data: the units grouped as in the structure's tables, each with what can
 * be said of it (achieved or planned, its result, its criterion ratings), and the IR the page's engine reads.
 *
 * @param irScript the IR as `qdl build` writes it, made safe to sit inside a {@code <script>} element
 * @param sections the group tables, in the handbook's order, then any units no table lists
 */
public record CheckerView(String irScript, List<Section> sections) {

    public CheckerView {
        sections = List.copyOf(sections);
    }

    /** A group table's units; {@code id} is unique on the page. */
    public record Section(String id, String caption, List<Choice> units) {
        public Section {
            units = List.copyOf(units);
        }
    }

    /**
     * A unit's controls. {@code inputId} names its form controls; {@code results} are the labels of its grading
     * scale (empty: not graded); {@code criteria} its criteria when it is rated by criterion. {@code listedIn} is
     * the caption of the earlier table that has the unit's controls when it is in several tables, else "".
     */
    public record Choice(String ref, String pageId, String title, String inputId, List<String> results,
            List<Criterion> criteria, String listedIn) {
        public Choice {
            results = List.copyOf(results);
            criteria = List.copyOf(criteria);
        }
    }

    /** A criterion of a unit and the labels it can be rated at. */
    public record Criterion(String id, String inputId, List<String> ratings) {
        public Criterion {
            ratings = List.copyOf(ratings);
        }
    }
}
