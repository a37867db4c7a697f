package org.qdl.runtime.engine;

/** How a rank compares with a bound: exactly, at or above, at or below. */
enum Direction {
    EQ, GE, LE;

    static Direction of(org.qdl.runtime.ir.IrComparison comparison) {
        if (comparison == null) {
            return EQ;
        }
        return switch (comparison) {
            case EQ -> EQ;
            case GE -> GE;
            case LE -> LE;
        };
    }

    boolean test(int rank, int bound) {
        return switch (this) {
            case EQ -> rank == bound;
            case GE -> rank >= bound;
            case LE -> rank <= bound;
        };
    }
}
