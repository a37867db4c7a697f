package org.qdl.runtime.ir;

import java.math.BigDecimal;

/**
 * What a points table may ask of the engine, which keeps points in whole thousandths inside a 64-bit objective
 * (points weigh 65,536 times a counted unit). Within these limits every sum of points is exact and no sum can
 * wrap round; beyond them grades came out wrong (not even monotonic in credit). The compiler refuses a spec beyond
 * them (Q0217), the runtime an IR.
 */
public final class PointsLimits {
    /** The most points all of a qualification's units together may be worth. */
    public static final BigDecimal MAX_TOTAL = BigDecimal.valueOf(1_000_000_000);

    private PointsLimits() {
    }

    /** What a unit is worth for one entry of the table: the entry, times the unit's credit when points are per credit. */
    public static BigDecimal worth(BigDecimal points, BigDecimal credit, boolean perCredit) {
        return perCredit ? points.multiply(credit == null ? BigDecimal.ZERO : credit) : points;
    }

    /** Whether the engine keeps {@code worth} exactly (to a thousandth of a point). */
    public static boolean exact(BigDecimal worth) {
        return worth.stripTrailingZeros().scale() <= IrFormat.DECIMALS;
    }
}
