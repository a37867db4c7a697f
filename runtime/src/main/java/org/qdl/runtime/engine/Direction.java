package org.qdl.runtime.engine;

/** How a rank compares with a bound: exactly, at or above, at or below. */
enum Direction {
    EQ, GE, LE;

    static Direction of(String word) {
        if (word == null) {
            return EQ;
        }
        return switch (word) {
            case "ge" -> GE;
            case "le" -> LE;
            default -> EQ;
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
