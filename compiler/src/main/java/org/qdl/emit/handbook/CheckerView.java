package org.qdl.emit.handbook;

import java.util.List;

/**
 * The unit-choice checker page, as plain data: the units grouped as in the structure's tables, each with what can
 * be said of it (achieved or planned, its result, its criterion ratings), and the IR the page's engine reads.
 *
 * @param irScript the IR as `qdl build` writes it, made safe to sit inside a {@code <script>} element
 * @param sections the group tables, in the handbook's order, then any units no table lists
 * @param timed whether the qualification has rules on time and attempts: the page then asks for the registration
 *     date, the date the choice is checked on, and per unit the date of its attempt and its resits with their dates
 * @param resits how many resits the page asks for per unit (see {@link #resitsAsked}); 0 when not timed
 */
public record CheckerView(String irScript, List<Section> sections, boolean timed, int resits) {

    /** Resits asked for when the rules set no limit: enough to try a second resit, few enough to read. */
    static final int RESITS_WITHOUT_LIMIT = 2;
    /** Resits asked for at most (checker.ftlh words them up to "the third resit"): a limit above it is rarely reached. */
    static final int MOST_RESITS_ASKED = 3;

    /**
     * The resits the page asks for under {@code at most N resits per unit}: N, up to {@link #MOST_RESITS_ASKED};
     * {@link #RESITS_WITHOUT_LIMIT} when there is no limit.
     */
    static int resitsAsked(Integer limit) {
        return limit == null ? RESITS_WITHOUT_LIMIT : Math.max(0, Math.min(limit, MOST_RESITS_ASKED));
    }

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
     * {@code dated}: the row takes an attempt's date and resits (a unit of a qualification with rules on time and
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
