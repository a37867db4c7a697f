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
 * breadth-first augmenting paths: no recursion, working memory allocated once per search. The flow is kept per
 * edge (a type and a slot it is eligible for), and each slot knows the edges into it, so that one bound costs
 * time in proportion to the edges of the types left, not to types times slots: the search asks for a bound at
 * every state it enters, and a spec of thousands of types and hundreds of slots made a dense matrix the larger
 * part of {@code qdl check}.
 */
final class MatchingRelaxation {
    private final int[] size;
    private final int[][] eligible;
    /** Type t's edges are edgeStart[t] .. edgeStart[t + 1] - 1, the k-th of them to slot eligible[t][k]. */
    private final int[] edgeStart;
    /** The edges into slot j, by ascending type: intoType[j][i] is the type of edge intoEdge[j][i]. */
    private final int[][] intoType;
    private final int[][] intoEdge;
    /** flow[e]: units of edge e's type placed in its slot. */
    private final int[] flow;
    private final int[] supply;
    private final int[] need;
    // breadth-first search over types (0..T-1) and slots (T..T+S-1)
    private final int[] queue;
    private final int[] parent;
    /** The edge a node was reached by (from its parent). */
    private final int[] parentEdge;
    private final int[] seen;
    private int round;

    MatchingRelaxation(int[] size, int[][] eligible, int slots) {
        this.size = size;
        this.eligible = eligible;
        int types = size.length;
        this.edgeStart = new int[types + 1];
        int[] into = new int[slots];
        for (int t = 0; t < types; t++) {
            edgeStart[t + 1] = edgeStart[t] + eligible[t].length;
            for (int j : eligible[t]) {
                into[j]++;
            }
        }
        this.intoType = new int[slots][];
        this.intoEdge = new int[slots][];
        for (int j = 0; j < slots; j++) {
            intoType[j] = new int[into[j]];
            intoEdge[j] = new int[into[j]];
        }
        Arrays.fill(into, 0);
        for (int t = 0; t < types; t++) {
            for (int k = 0; k < eligible[t].length; k++) {
                int j = eligible[t][k];
                intoType[j][into[j]] = t;
                intoEdge[j][into[j]] = edgeStart[t] + k;
                into[j]++;
            }
        }
        this.flow = new int[edgeStart[types]];
        this.supply = new int[types];
        this.need = new int[slots];
        this.queue = new int[types + slots];
        this.parent = new int[types + slots];
        this.parentEdge = new int[types + slots];
        this.seen = new int[types + slots];
    }

    /**
     * The most places of {@code demand} (per slot) that types {@code from}.. can fill, using only the types
     * {@code use} admits (null: all of them).
     */
    int maxFill(int from, int[] demand, boolean[] use) {
        int types = size.length;
        Arrays.fill(flow, edgeStart[from], edgeStart[types], 0);
        System.arraycopy(demand, 0, need, 0, need.length);
        int filled = 0;
        // a first greedy pass places most units; augmenting paths then correct its choices
        for (int t = from; t < types; t++) {
            supply[t] = use == null || use[t] ? size[t] : 0;
            int[] to = eligible[t];
            for (int k = 0; k < to.length && supply[t] > 0; k++) {
                int j = to[k];
                int n = Math.min(supply[t], need[j]);
                if (n > 0) {
                    flow[edgeStart[t] + k] += n;
                    supply[t] -= n;
                    need[j] -= n;
                    filled += n;
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
                int[] to = eligible[node];
                for (int k = 0; k < to.length; k++) {
                    int j = to[k];
                    int s = types + j;
                    if (seen[s] == round) {
                        continue;
                    }
                    seen[s] = round;
                    parent[s] = node;
                    parentEdge[s] = edgeStart[node] + k;
                    if (need[j] > 0) {
                        apply(s, types);
                        return true;
                    }
                    queue[tail++] = s;
                }
            } else {
                int j = node - types;
                int[] byType = intoType[j];
                int[] edges = intoEdge[j];
                // by descending type, down to the first type still in play
                for (int i = byType.length - 1; i >= 0 && byType[i] >= from; i--) {
                    int t = byType[i];
                    int e = edges[i];
                    if (seen[t] != round && flow[e] > 0) {
                        seen[t] = round;
                        parent[t] = node;
                        parentEdge[t] = e;
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
            flow[parentEdge[node]]++;
            if (parent[t] < 0) {
                supply[t]--;
                return;
            }
            flow[parentEdge[t]]--;
            node = parent[t];
        }
    }
}
