package org.qdl.runtime.engine;

import java.util.Arrays;

/**
 * The matching relaxation of what is left of a type search: how many of the slots' outstanding places the
 * remaining unit types could fill at most, if nothing but "a unit fills one slot, and only a slot it is eligible
 * for" held (sums, credits and maximums ignored). Every valid completion fills each slot's places from these
 * types, so when they cannot fill them all no completion exists, and the places they cannot fill from valuable
 * units must be filled by costly ones: bounds that cut a branch long before the search would find it barren.
 *
 * <p>A maximum flow from types (as many units as the type has) to slots (as many places as outstanding), found by
 * breadth-first augmenting paths: no recursion, working memory allocated once per search.
 */
final class MatchingRelaxation {
    private final int[] size;
    private final int[][] eligible;
    private final int slots;
    /** flow[t * slots + j]: units of type t placed in slot j. */
    private final int[] flow;
    private final int[] supply;
    private final int[] need;
    // breadth-first search over types (0..T-1) and slots (T..T+S-1)
    private final int[] queue;
    private final int[] parent;
    private final int[] seen;
    private int round;

    MatchingRelaxation(int[] size, int[][] eligible, int slots) {
        this.size = size;
        this.eligible = eligible;
        this.slots = slots;
        int types = size.length;
        this.flow = new int[types * slots];
        this.supply = new int[types];
        this.need = new int[slots];
        this.queue = new int[types + slots];
        this.parent = new int[types + slots];
        this.seen = new int[types + slots];
    }

    /**
     * The most places of {@code demand} (per slot) that types {@code from}.. can fill, using only the types
     * {@code use} admits (null: all of them).
     */
    int maxFill(int from, int[] demand, boolean[] use) {
        int types = size.length;
        Arrays.fill(flow, from * slots, types * slots, 0);
        System.arraycopy(demand, 0, need, 0, slots);
        int filled = 0;
        // a first greedy pass places most units; augmenting paths then correct its choices
        for (int t = from; t < types; t++) {
            supply[t] = use == null || use[t] ? size[t] : 0;
            for (int j : eligible[t]) {
                int k = Math.min(supply[t], need[j]);
                if (k > 0) {
                    flow[t * slots + j] += k;
                    supply[t] -= k;
                    need[j] -= k;
                    filled += k;
                }
            }
        }
        while (augment(from)) {
            filled++;
        }
        return filled;
    }

    /** One more place filled along a shortest augmenting path, if there is one. */
    private boolean augment(int from) {
        int types = size.length;
        round++;
        int head = 0;
        int tail = 0;
        for (int t = from; t < types; t++) {
            if (supply[t] > 0) {
                queue[tail++] = t;
                seen[t] = round;
                parent[t] = -1;
            }
        }
        while (head < tail) {
            int node = queue[head++];
            if (node < types) {
                for (int j : eligible[node]) {
                    int s = types + j;
                    if (seen[s] == round) {
                        continue;
                    }
                    seen[s] = round;
                    parent[s] = node;
                    if (need[j] > 0) {
                        apply(s, types);
                        return true;
                    }
                    queue[tail++] = s;
                }
            } else {
                int j = node - types;
                for (int t = from; t < types; t++) {
                    if (seen[t] != round && flow[t * slots + j] > 0) {
                        seen[t] = round;
                        parent[t] = node;
                        queue[tail++] = t;
                    }
                }
            }
        }
        return false;
    }

    /** Moves one unit along the path that ends at slot node {@code end}. */
    private void apply(int end, int types) {
        need[end - types]--;
        int node = end;
        while (true) {
            int t = parent[node];
            flow[t * slots + (node - types)]++;
            int back = parent[t];
            if (back < 0) {
                supply[t]--;
                return;
            }
            flow[t * slots + (back - types)]--;
            node = back;
        }
    }
}
