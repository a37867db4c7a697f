package org.qdl.runtime.engine;

/**
 * A valid combination: for each position in the problem's units, the requirement it is assigned to, or
 * {@link #FREE} (counted, towards the sums only), or {@link #UNUSED}; and the combination's value.
 */
final class Solution {
    static final int FREE = -1;
    static final int UNUSED = -2;

    final int[] assignment;
    final long value;
    /** Every slot has exactly the units it needs (never one it could do without), as matching makes them. */
    final boolean slotsExactlyFilled;
    /** How many virtual positions the combination uses, or {@link #NOT_COUNTED} when the solver did not count them. */
    final int virtualUsed;
    static final int NOT_COUNTED = -1;
    /**
     * The virtual positions assigned to a requirement (not those counted freely), in increasing order; null when the
     * solver did not list them.
     */
    final int[] virtualClaimed;

    Solution(int[] assignment, long value) {
        this(assignment, value, false, NOT_COUNTED, null);
    }

    Solution(int[] assignment, long value, boolean slotsExactlyFilled, int virtualUsed, int[] virtualClaimed) {
        this.assignment = assignment;
        this.value = value;
        this.slotsExactlyFilled = slotsExactlyFilled;
        this.virtualUsed = virtualUsed;
        this.virtualClaimed = virtualClaimed;
    }

    boolean uses(int position) {
        return assignment[position] != UNUSED;
    }
}
