package org.qdl.emit.handbook;

import java.util.List;

/**
 * The unit-choice checker page, as plain data: the units grouped as in the structure's tables, each with what can
 * be said of it (achieved or planned, its result, its criterion ratings), and the IR the page's engine reads.
 *
 * @param irScript the IR as `qdl build` writes it, made safe to sit inside a {@code <script>} element
 * @param sections the group tables, in the handbook's order, then any units no table lists
 * @param timed whether the qualification has rules on time and attempts: the page then asks for the registration
 *     date, the date the choice is checked on, and per unit the date of its attempt and a resit with its date
 */
public record CheckerView(String irScript, List<Section> sections, boolean timed) {

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
     * {@code dated}: the row takes an attempt's date and a resit (a unit of a qualification with rules on time and
     * attempts; not a qualification or component held beside the units).
     */
    public record Choice(String ref, String pageId, String title, String inputId, List<String> results,
            List<Criterion> criteria, String listedIn, boolean dated) {
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
