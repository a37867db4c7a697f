package org.qdl.runtime.engine;

import java.util.Arrays;
import java.util.Comparator;

/**
 * What the matching solver needs to know of a set of requirements, worked out once: whether they only count
 * units, which of them are slots (and how many units each needs), and for every unit of the qualification the
 * slots it can fill, narrow slots first. Immutable, so a compiled qualification shares it between threads.
 */
final class FlowPlan {
    /** Every requirement only counts units: slots with a number of units, sums of units with no weights. */
    final boolean countsOnly;
    /** Positions of the slots among the requirements, and the units each needs. */
    final int[] slotRequirement;
    final int[] capacity;
    final int demand;
    /** Where each slot's units start in a flat array of all slots' units. */
    final int[] start;
    /** Per unit index: the slots (indices into {@link #slotRequirement}) it can fill, narrow slots first. */
    final int[][] eligible;
    /**
     * Per slot, the units that can fill it as the bits of a word (unit u at bit u), when the qualification has at most
     * 64 units; else null.
     */
    final long[] slotPool;
    /** Per unit index: whether every sum counts it (matching decides sums only over units all of them count). */
    final boolean[] inEverySum;
    /** Every sum counts every unit (as totals do). */
    final boolean everyUnitInEverySum;
    /** Whether some requirement has a maximum (see {@link NonBindingMaximums}). */
    final boolean hasMaximum;
    /**
     * Per unit index, the requirement a unit counted freely (for no slot) is said to count for: the first with a minimum
     * on a sum it adds to, else the first sum it adds to; -1 for none. (A unit adds to a sum whatever its credit, so this
     * depends on the requirements alone.)
     */
    final int[] freeRule;
    /** The tightest minimum and maximum over the sums. */
    final long lo;
    final long hi;

    private FlowPlan(Requirement[] requirements, int unitCount) {
        boolean counts = true;
        boolean anyMaximum = false;
        long low = 0;
        long high = Long.MAX_VALUE;
        boolean[] everySum = new boolean[unitCount];
        Arrays.fill(everySum, true);
        int slots = 0;
        for (Requirement r : requirements) {
            anyMaximum |= r.hi != Requirement.NO_MAX;
            if (r.assigned && (r.minCredits > 0 || r.inclusions.length > 0)) {
                counts = false;
            }
            if (r.hasSum()) {
                if (r.weights != null || r.weighs() || r.lo < 0) {
                    counts = false;
                }
                for (int u = 0; u < unitCount; u++) {
                    everySum[u] &= r.member[u];
                }
                low = Math.max(low, r.lo);
                high = Math.min(high, r.hi);
            }
            if (r.hasDemand()) {
                slots++;
            }
        }
        this.countsOnly = counts;
        this.hasMaximum = anyMaximum;
        this.inEverySum = everySum;
        boolean all = true;
        for (boolean b : everySum) {
            all &= b;
        }
        this.everyUnitInEverySum = all;
        this.lo = low;
        this.hi = high;
        this.slotRequirement = new int[slots];
        this.capacity = new int[slots];
        int j = 0;
        int total = 0;
        for (int r = 0; r < requirements.length; r++) {
            if (requirements[r].hasDemand()) {
                slotRequirement[j] = r;
                capacity[j] = requirements[r].minUnits;
                total += capacity[j];
                j++;
            }
        }
        this.demand = total;
        this.start = new int[slots];
        for (int s = 1; s < slots; s++) {
            start[s] = start[s - 1] + capacity[s - 1];
        }
        Integer[] order = new Integer[slots];
        for (int s = 0; s < slots; s++) {
            order[s] = s;
        }
        // narrow slots first: a unit that can fill a specific group does so, leaving broad "further" slots for
        // whatever is missing (matching is exact in any order; this order just finds it with fewer moves)
        Arrays.sort(order, Comparator.comparingInt((Integer s) -> requirements[slotRequirement[s]].pool.length)
                .thenComparingInt(s -> s));
        this.eligible = new int[unitCount][];
        for (int u = 0; u < unitCount; u++) {
            int[] el = new int[slots];
            int count = 0;
            for (int s : order) {
                if (requirements[slotRequirement[s]].member[u]) {
                    el[count++] = s;
                }
            }
            eligible[u] = Arrays.copyOf(el, count);
        }
        this.freeRule = new int[unitCount];
        for (int u = 0; u < unitCount; u++) {
            freeRule[u] = freeRule(requirements, u);
        }
        this.slotPool = unitCount <= Long.SIZE ? new long[slots] : null;
        for (int u = 0; slotPool != null && u < unitCount; u++) {
            for (int s : eligible[u]) {
                slotPool[s] |= 1L << u;
            }
        }
    }

    private static int freeRule(Requirement[] requirements, int u) {
        int fallback = -1;
        for (int r = 0; r < requirements.length; r++) {
            Requirement req = requirements[r];
            // a unit's credit for this is at least 1 (an exempt unit still counts), and any positive credit weighs alike
            if (!req.hasSum() || req.weights != null || req.weight(u, 1) <= 0) {
                continue;
            }
            if (req.lo > 0) {
                return r;
            }
            if (fallback < 0) {
                fallback = r;
            }
        }
        return fallback;
    }

    static FlowPlan of(Requirement[] requirements, int unitCount) {
        return new FlowPlan(requirements, unitCount);
    }
}
