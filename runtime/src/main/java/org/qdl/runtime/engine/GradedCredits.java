package org.qdl.runtime.engine;

import java.math.BigDecimal;
import org.qdl.runtime.ir.IrGrading;

/**
 * `grade from the best 75 credits at level 4, taken from at most 120 credits, including group core`, compiled: which
 * counted units the grade looks at, how many credits of them, and the most credits the combination may have.
 *
 * <p>With a number of credits, the graded credits of a combination are its included units' whole credits, then its
 * units at the level with the most points per credit, until the number is reached, a proportion of one unit making
 * up the total (QCF BTEC: "if the amount of credit needed … is within a higher graded unit, … the proportion of the
 * unit"). Given the combination that choice is the best one (a fractional knapsack); which combination is graded is
 * searched exactly over every valid one (see {@link Evaluation}).
 */
final class GradedCredits {
    /** Credits graded, in the credit unit of the qualification; -1 for every counted credit at the level. */
    final long best;
    /** The most credits of the combination the credits are taken from; {@link Requirement#NO_MAX} for any. */
    final long cap;
    private final Direction levelDirection;
    private final int levelRank;
    /** Per unit index: whose credits are always graded when counted. */
    final boolean[] included;

    GradedCredits(IrGrading.IrSelection s, UnitInfo[] units, java.util.Map<String, Integer> index, long creditScale) {
        this.best = s.best() == null ? -1 : scaled(s.best(), creditScale);
        this.cap = s.cap() == null ? Requirement.NO_MAX : scaled(s.cap(), creditScale);
        this.levelDirection = s.level() == null ? null : Direction.of(s.level().op());
        this.levelRank = s.level() == null ? 0 : s.level().rank();
        this.included = new boolean[units.length];
        for (String ref : s.including()) {
            included[index.get(ref)] = true;
        }
    }

    private static long scaled(BigDecimal credits, long creditScale) {
        return credits.multiply(BigDecimal.valueOf(creditScale)).setScale(0, java.math.RoundingMode.UNNECESSARY)
                .longValueExact();
    }

    /** Whether the grade looks at this unit when it is counted (by level, or because it is included). */
    boolean looksAt(UnitInfo unit) {
        return included[unit.index] || atLevel(unit);
    }

    /** Whether the unit is at the selection's level (every unit when it names none). */
    boolean atLevel(UnitInfo unit) {
        return levelDirection == null
                || unit.levelRank != Integer.MIN_VALUE && levelDirection.test(unit.levelRank, levelRank);
    }

    boolean choosesBest() {
        return best >= 0;
    }
}
