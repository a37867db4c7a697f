package org.qdl.runtime.words;

import java.util.stream.Collectors;
import org.qdl.runtime.result.NotCounted;
import org.qdl.runtime.result.UnitResult;

/** "unit 4427-211 is barred by 4427-210": why a listed unit did not count, for a centre. */
final class NotCountedWords {
    private NotCountedWords() {
    }

    /**
     * @param ruleText the text of the rule the fact names (for a maximum)
     * @param reason the unit's own reason in words, for a unit not achieved ({@link UnitReasonWords})
     */
    static String of(NotCounted n, String ruleText, String reason) {
        String unit = "unit " + n.unit();
        return switch (n.reason()) {
            case SURPLUS -> unit + " is not needed (surplus)";
            case OVER_MAXIMUM -> unit + " is left out: counting it would pass the maximum of " + ruleText;
            case BARRED -> unit + " is barred by " + Lists.and(n.others()) + " (" + ruleText + ")";
            case EQUIVALENT -> unit + " is equivalent to " + Lists.and(n.others()) + ", which counts instead";
            case NOT_ACHIEVED -> unit + " does not count: " + reason + criteria(n.detail())
                    + closed(n, "; it cannot be taken again: ");
            case PLANNED -> unit + " is planned, not yet achieved (--include-planned counts it)";
            case EXEMPT -> unit + " is exempt: it counts as a unit but brings no credit"
                    + closed(n, "; it cannot be taken again for its credit: ");
        };
    }

    /** Why the unit cannot be taken again, after {@code lead}; "" when it can. */
    private static String closed(NotCounted n, String lead) {
        return n.closed() == null ? "" : lead + TimingWords.closedWhy(n.closed());
    }

    /** " (1.2 at L, 2.1 at N)": the criteria rated below what the unit's rule needs. */
    private static String criteria(UnitResult u) {
        if (u == null || u.shortOf().isEmpty()) {
            return "";
        }
        return "; below it: " + u.shortOf().stream().map(r -> r.criterion() + " at " + r.label())
                .collect(Collectors.joining(", "));
    }
}
