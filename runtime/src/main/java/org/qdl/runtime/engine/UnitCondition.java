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

    /**
     * The criteria (by position) whose rating fails the comparison of an atom that does not hold: those that would
     * have to be rated higher (or lower) for the condition to hold.
     */
    boolean[] shortOf(int[] ratings) {
        boolean[] out = new boolean[ratings.length];
        for (Atom a : atoms) {
            if (!holds(a, ratings)) {
                for (int c = 0; c < ratings.length; c++) {
                    out[c] |= !a.direction().test(ratings[c], a.boundRank());
                }
            }
        }
        return out;
    }

    /** Whether ratings (one rank per criterion, in the unit's order) satisfy the condition. */
    boolean test(int[] ratings) {
        for (Atom a : atoms) {
            if (!holds(a, ratings)) {
                return false;
            }
        }
        return true;
    }

    private static boolean holds(Atom a, int[] ratings) {
        int meeting = 0;
        for (int r : ratings) {
            if (a.direction().test(r, a.boundRank())) {
                meeting++;
            }
        }
        if (a.every()) {
            return meeting == ratings.length;
        } else if (a.percent()) {
            return BigDecimal.valueOf(meeting).multiply(BigDecimal.valueOf(100))
                    .compareTo(a.count().multiply(BigDecimal.valueOf(ratings.length))) >= 0;
        }
        return BigDecimal.valueOf(meeting).compareTo(a.count()) >= 0;
    }
}
