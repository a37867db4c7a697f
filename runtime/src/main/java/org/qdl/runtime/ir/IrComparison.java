package org.qdl.runtime.ir;

/** How a rank (a level, a grade on its scale) compares with a bound: exactly, at or above, at or below. */
public enum IrComparison {
    EQ, GE, LE;

    public boolean test(int rank, int bound) {
        return switch (this) {
            case EQ -> rank == bound;
            case GE -> rank >= bound;
            case LE -> rank <= bound;
        };
    }
}
