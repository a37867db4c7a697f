package org.qdl.runtime.result;

/**
 * A unit closed to the learner: one they do not count (not achieved, or held exempt or not passed) at which no further
 * attempt could be allowed, so that it can never be among the further units (see docs/SEMANTICS.md, "Time and
 * attempts").
 *
 * @param unit the unit's reference
 * @param why which rule on attempts closes it
 * @param limit for {@link Why#RESITS_USED_UP} the most resits allowed ("1"); for {@link Why#RESIT_WINDOW_CLOSED} the
 *     last day of the window the last allowed attempt opened (ISO)
 */
public record ClosedUnit(String unit, Why why, String limit) {

    /** Why no further attempt at a unit could be allowed. */
    public enum Why {
        /** the learner's next attempt would be over `at most N resits per unit` */
        RESITS_USED_UP,
        /** the next attempt would be a resit, and `resit within` has passed since the last allowed attempt */
        RESIT_WINDOW_CLOSED;

        /** The word in JSON: `resits-used-up`, `resit-window-closed`. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
