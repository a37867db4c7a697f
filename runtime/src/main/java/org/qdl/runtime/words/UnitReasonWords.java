package org.qdl.runtime.words;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.runtime.ir.IrScale;
import org.qdl.runtime.ir.IrUnit;
import org.qdl.runtime.result.UnitResult;

/** Why a listed unit does not count: "result Not yet passed", "criteria not met: every criterion at S or above". */
final class UnitReasonWords {
    /** Per unit reference: the unit's achievement rule over its criteria, in words. */
    private final Map<String, String> conditions = new HashMap<>();

    UnitReasonWords(IrDocument ir) {
        Map<String, IrScale> scales = new HashMap<>();
        ir.scales().forEach(s -> scales.put(s.id(), s));
        for (IrUnit u : ir.units()) {
            IrScale criterion = u.criterionScale() == null ? null : scales.get(u.criterionScale());
            if (criterion != null) {
                conditions.put(u.ref(), u.achievedWhen() != null ? u.achievedWhen().text() : everyCriterion(criterion));
            }
        }
    }

    /**
     * A unit with a criterion scale and no rule of its own is achieved when every criterion is at the scale's lowest
     * achieving label or above; with no achieving label, the top one is named.
     */
    private static String everyCriterion(IrScale scale) {
        List<String> labels = scale.labels();
        int rank = Math.min(scale.lowestAchievedRank(), labels.size() - 1);
        return "every criterion at " + (rank < 0 ? "" : labels.get(rank)) + " or above";
    }

    /** The reason in words, or "" when the unit counts. */
    String of(UnitResult u) {
        return switch (u.reason()) {
            case NONE -> "";
            case UNKNOWN_STATUS -> "unknown status";
            case RESULT_WITHOUT_SCALE -> "result not on a scale";
            case UNKNOWN_RESULT -> "unknown result";
            case RESULT_NOT_ACHIEVED -> "result " + u.grade();
            case CRITERIA_NOT_MET -> "criteria not met: " + conditions.getOrDefault(u.unit(), "");
            case PLANNED -> "planned";
            case NOT_ALLOWED -> "no attempt that achieved it is allowed by the rules on attempts";
            case BEFORE_GATEWAY -> "taken before the gateway to assessment was met";
        };
    }
}
