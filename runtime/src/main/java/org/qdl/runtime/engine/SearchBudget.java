package org.qdl.runtime.engine;

/**
 * How many steps the exact search may take for one candidate, across every solve its evaluation needs. A step is
 * one combination of a unit type's count and assignment tried, so the budget is the same on every machine and
 * under any load: a learner is decided, or not, whatever else the computer is doing. Not shared between threads:
 * each evaluation has its own.
 */
final class SearchBudget {
    private final long limit;
    private long left;

    SearchBudget(long steps) {
        this.limit = steps;
        this.left = steps;
    }

    /** Takes one step, or ends the search when none is left. */
    void spend() {
        if (--left < 0) {
            throw new UndecidedException(limit);
        }
    }

    /** Takes {@code steps} steps at once (a whole solve's worth), or ends the search when they are not left. */
    void spend(long steps) {
        left -= steps;
        if (left < 0) {
            throw new UndecidedException(limit);
        }
    }
}
