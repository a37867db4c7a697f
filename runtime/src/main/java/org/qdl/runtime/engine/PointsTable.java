package org.qdl.runtime.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.qdl.runtime.ir.IrGrading;
import org.qdl.runtime.ir.PointsLimits;

/** What a counted unit is worth, in thousandths of a point: by level (or GLH) and grade, per credit or per unit. */
final class PointsTable {
    static final BigDecimal MILLI = BigDecimal.valueOf(1000);

    private final boolean perCredit;
    private final List<IrGrading.IrPointsRow> rows;

    PointsTable(IrGrading.IrPoints points) {
        this.perCredit = switch (points.per()) {
            case CREDIT -> true;
            case UNIT -> false;
        };
        this.rows = points.rows();
    }

    long milliPoints(UnitInfo unit, String grade) {
        if (grade == null) {
            return 0;
        }
        BigDecimal perItem = lookup(unit, grade, true);
        if (perItem == null) {
            perItem = lookup(unit, grade, false);
        }
        if (perItem == null) {
            return 0;
        }
        // exact: the IR's validation refuses a table whose products are finer than a thousandth, or too large
        BigDecimal total = PointsLimits.worth(perItem, unit.creditValue, perCredit);
        return total.multiply(MILLI).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    /**
     * What one credit of the unit graded so is worth, in thousandths of a point (a table per credit; the IR's
     * validation keeps its entries to thousandths).
     */
    long milliPerCredit(UnitInfo unit, String grade) {
        if (grade == null) {
            return 0;
        }
        BigDecimal perCredit = lookup(unit, grade, true);
        if (perCredit == null) {
            perCredit = lookup(unit, grade, false);
        }
        return perCredit == null ? 0 : perCredit.multiply(MILLI).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    private BigDecimal lookup(UnitInfo unit, String grade, boolean keyed) {
        for (IrGrading.IrPointsRow row : rows) {
            boolean hasKey = row.levelRank() != null || row.glh() != null;
            if (hasKey != keyed) {
                continue;
            }
            if (keyed) {
                boolean levelMatches = row.levelRank() == null || row.levelRank() == unit.levelRank;
                boolean glhMatches = row.glh() == null || unit.glh != null && row.glh().compareTo(unit.glh) == 0;
                if (!levelMatches || !glhMatches) {
                    continue;
                }
            }
            for (IrGrading.IrPointsEntry e : row.entries()) {
                if (e.grade().equals(grade)) {
                    return e.points();
                }
            }
        }
        return null;
    }
}
