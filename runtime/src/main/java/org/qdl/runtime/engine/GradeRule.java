package org.qdl.runtime.engine;

import java.math.BigDecimal;
import java.util.List;

/** `grade X when ...` for the qualification; no atoms means `otherwise`. */
record GradeRule(String grade, List<Atom> atoms) {

    /**
     * Units graded label+direction (every one, or a count or percent of them, or credits of them), or at least
     * {@code points}; a credit condition with a {@code levelDirection} counts only units whose level compares so
     * with {@code levelRank}; a points condition with a {@code pool} counts only the points of the units in it (by
     * unit index; null: every unit); a condition on one unit's grade names it by index ({@code unit}, else -1).
     */
    record Atom(org.qdl.runtime.ir.IrCondition.Kind kind, String label, Direction direction, BigDecimal count, boolean percent, BigDecimal points,
            Direction levelDirection, int levelRank, boolean[] pool, int unit) {

        /** Whether a unit's points count for this condition. */
        boolean inPool(int u) {
            return pool == null || pool[u];
        }


        /** Whether a unit at this level rank is one the condition looks at. */
        boolean atLevel(int rank) {
            return levelDirection == null || rank != Integer.MIN_VALUE && levelDirection.test(rank, levelRank);
        }
    }
}
