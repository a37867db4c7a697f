package org.qdl.check;

import java.math.BigDecimal;
import java.util.Collection;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.model.Grading;
import org.qdl.model.Unit;
import org.qdl.runtime.ir.IrFormat;
import org.qdl.runtime.ir.PointsLimits;
import org.qdl.syntax.Span;
import org.qdl.syntax.tree.Num;

/**
 * The numbers QDL computes with: credits, hours, counts, points and percentages up to a million, to three decimal
 * places. The engine counts in whole thousandths and the IR is JSON, so a larger or finer number would be rounded
 * without a word, overflow, or make an IR that cannot be read back; no handbook needs one.
 */
final class Numbers {
    static final BigDecimal MAX = IrFormat.MAX_NUMBER;
    static final int DECIMALS = IrFormat.DECIMALS;

    private Numbers() {
    }

    /** True when {@code n} is in range; otherwise reports Q0217 and returns false. */
    static boolean inRange(Num n, Diagnostics out) {
        BigDecimal v = n.value();
        if (v.abs().compareTo(MAX) > 0) {
            out.add(Diagnostic.of(Code.Q0217, n.span(), "`" + shown(n) + "` is too large: QDL counts up to "
                    + MAX.toPlainString()).withLabel("too large")
                    .withHelp("check the number; credits, hours, units and points are far smaller"));
            return false;
        }
        if (v.stripTrailingZeros().scale() > DECIMALS) {
            out.add(Diagnostic.of(Code.Q0217, n.span(), "`" + shown(n) + "` has more than " + DECIMALS
                    + " decimal places, which QDL does not keep").withLabel("too fine")
                    .withHelp("round to " + DECIMALS + " decimal places"));
            return false;
        }
        return true;
    }

    /**
     * True when the engine can add up the points {@code table} gives exactly: each unit's worth under each entry
     * (points, times the unit's credit when per credit) to a thousandth, and all units together at their best
     * entry within {@link PointsLimits#MAX_TOTAL}. Otherwise reports Q0217 on the table and returns false: beyond
     * this, sums of points wrapped round and grades came out wrong.
     */
    static boolean pointsWithinReach(Span table, Grading.Points points, Collection<Unit> units, Diagnostics out) {
        boolean perCredit = points.per() == Grading.Per.CREDIT;
        BigDecimal total = BigDecimal.ZERO;
        String largest = null;
        BigDecimal largestWorth = BigDecimal.ZERO;
        for (Unit u : units) {
            BigDecimal best = BigDecimal.ZERO;
            for (Grading.Row row : points.rows()) {
                for (Grading.Entry e : row.entries()) {
                    BigDecimal worth = PointsLimits.worth(e.points(), u.credit().orElse(null), perCredit);
                    if (!PointsLimits.exact(worth)) {
                        out.add(Diagnostic.of(Code.Q0217, table, "`" + e.grade() + " " + e.points().toPlainString()
                                + "` per credit makes unit `" + u.ref() + "` (credit " + u.credit().orElseThrow()
                                .toPlainString() + ") worth " + worth.stripTrailingZeros().toPlainString()
                                + " points, finer than the " + DECIMALS + " decimal places QDL keeps")
                                .withLabel("too fine").withHelp("give points or credits with fewer decimal places"));
                        return false;
                    }
                    best = best.max(worth.abs());
                }
            }
            total = total.add(best);
            if (best.compareTo(largestWorth) > 0) {
                largestWorth = best;
                largest = u.ref();
            }
        }
        if (total.compareTo(PointsLimits.MAX_TOTAL) > 0) {
            out.add(Diagnostic.of(Code.Q0217, table, "the units can be worth up to " + total.stripTrailingZeros()
                    .toPlainString() + " points together (unit `" + largest + "` alone " + largestWorth
                    .stripTrailingZeros().toPlainString() + "), more than the " + PointsLimits.MAX_TOTAL.toPlainString()
                    + " points QDL adds up exactly").withLabel("too many points")
                    .withHelp("use fewer points per " + (perCredit ? "credit" : "unit")
                            + "; the grades' thresholds scale down with them"));
            return false;
        }
        return true;
    }

    /** The number as written, cut short when it is very long. */
    private static String shown(Num n) {
        String text = n.value().toPlainString();
        return text.length() <= 20 ? text : text.substring(0, 12) + "… (" + text.length() + " digits)";
    }
}
