package org.qdl.runtime.engine;

import java.math.BigDecimal;
import java.util.List;

/** A condition over one unit's criterion ratings: all of its atoms must hold. */
final class UnitCondition {
    final List<Atom> atoms;

    UnitCondition(List<Atom> atoms) {
        this.atoms = List.copyOf(atoms);
    }

    /**
     * @param every "every criterion at ..." (else "at least count criteria at ...")
     * @param boundRank rank of the label in the criterion scale
     */
    record Atom(boolean every, int boundRank, Direction direction, BigDecimal count, boolean percent) {
    }

    /** Whether ratings (one rank per criterion, in the unit's order) satisfy the condition. */
    boolean test(int[] ratings) {
        for (Atom a : atoms) {
            int meeting = 0;
            for (int r : ratings) {
                if (a.direction().test(r, a.boundRank())) {
                    meeting++;
                }
            }
            boolean ok;
            if (a.every()) {
                ok = meeting == ratings.length;
            } else if (a.percent()) {
                ok = BigDecimal.valueOf(meeting).multiply(BigDecimal.valueOf(100))
                        .compareTo(a.count().multiply(BigDecimal.valueOf(ratings.length))) >= 0;
            } else {
                ok = BigDecimal.valueOf(meeting).compareTo(a.count()) >= 0;
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
