package org.qdl.runtime.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The solver for structures that only count units: slots that each need a number of units from a pool, and
 * bounds on the total number of units counted. Assigning units to slots is then a bipartite b-matching, solved
 * exactly by augmenting paths (Kuhn's algorithm): a unit claimed by one slot is moved to another whenever that
 * lets a further unit in, so no valid combination is ever missed, whatever order the units come in.
 *
 * <p>Achieved units are matched first; units not yet achieved (virtual) are matched only to fill what is still
 * missing, so their number is the least that completes the structure. Every other achieved unit is counted
 * too, up to the total's maximum.
 */
final class FlowSolver {
    private final Problem problem;
    private final Requirement[] slots;
    private final int[] slotIndex;
    private final int[] capacity;
    private final int[][] eligible;
    private final List<List<Integer>> held;
    private final int[] assignedTo;
    private boolean[] visited;

    private FlowSolver(Problem problem, List<Integer> slotPositions) {
        this.problem = problem;
        int s = slotPositions.size();
        this.slots = new Requirement[s];
        this.slotIndex = new int[s];
        this.capacity = new int[s];
        for (int j = 0; j < s; j++) {
            slotIndex[j] = slotPositions.get(j);
            slots[j] = problem.requirements[slotIndex[j]];
            capacity[j] = slots[j].minUnits;
        }
        Integer[] order = new Integer[s];
        for (int j = 0; j < s; j++) {
            order[j] = j;
        }
        // narrow slots first: a unit that can fill a specific group does so, leaving broad "further" slots
        // for whatever is missing
        Arrays.sort(order, Comparator.comparingInt((Integer j) -> slots[j].pool.length).thenComparingInt(j -> j));
        int n = problem.units.length;
        this.eligible = new int[n][];
        for (int i = 0; i < n; i++) {
            int u = problem.units[i];
            int count = 0;
            int[] el = new int[s];
            for (int j : order) {
                if (slots[j].member[u]) {
                    el[count++] = j;
                }
            }
            eligible[i] = Arrays.copyOf(el, count);
        }
        this.held = new ArrayList<>(s);
        for (int j = 0; j < s; j++) {
            held.add(new ArrayList<>());
        }
        this.assignedTo = new int[n];
        Arrays.fill(assignedTo, -1);
    }

    /** True when a problem only counts units, so that matching decides it exactly. */
    static boolean applies(Problem problem) {
        for (Requirement r : problem.requirements) {
            if (r.assigned && (r.minCredits > 0 || r.inclusions.length > 0)) {
                return false;
            }
            if (r.hasSum()) {
                if (r.weights != null || r.measuresCredits || r.lo < 0) {
                    return false;
                }
                for (int u : problem.units) {
                    if (!r.member[u]) {
                        return false;
                    }
                }
            }
        }
        boolean capped = false;
        for (Requirement r : problem.requirements) {
            capped |= r.hasSum() && r.hi != Requirement.NO_MAX;
        }
        long achievedValue = 0;
        for (int i = 0; i < problem.units.length; i++) {
            if (problem.virtual[i] ? problem.value[i] >= 0 : problem.value[i] < 0) {
                return false;
            }
            // under a maximum, which achieved units to count matters when they are worth different amounts
            if (capped && !problem.anyWillDo && !problem.virtual[i]) {
                if (achievedValue != 0 && problem.value[i] != achievedValue) {
                    return false;
                }
                achievedValue = problem.value[i];
            }
        }
        return true;
    }

    static Optional<Solution> solve(Problem problem) {
        List<Integer> slotPositions = new ArrayList<>();
        for (int r = 0; r < problem.requirements.length; r++) {
            if (problem.requirements[r].hasDemand()) {
                slotPositions.add(r);
            }
        }
        return new FlowSolver(problem, slotPositions).run();
    }

    private Optional<Solution> run() {
        int n = problem.units.length;
        int demand = 0;
        for (int c : capacity) {
            demand += c;
        }
        int matched = 0;
        for (int pass = 0; pass < 2 && matched < demand; pass++) {
            boolean virtualPass = pass == 1;
            for (int i = 0; i < n && matched < demand; i++) {
                if (problem.virtual[i] != virtualPass || eligible[i].length == 0) {
                    continue;
                }
                visited = new boolean[slots.length];
                if (augment(i)) {
                    matched++;
                }
            }
        }
        if (matched < demand) {
            return Optional.empty();
        }

        long lo = 0;
        long hi = Long.MAX_VALUE;
        for (Requirement r : problem.requirements) {
            if (r.hasSum()) {
                lo = Math.max(lo, r.lo);
                hi = Math.min(hi, r.hi);
            }
        }
        if (matched > hi) {
            return Optional.empty();
        }
        int[] assignment = new int[n];
        Arrays.fill(assignment, Solution.UNUSED);
        long counted = 0;
        long value = 0;
        for (int i = 0; i < n; i++) {
            if (assignedTo[i] >= 0) {
                assignment[i] = slotIndex[assignedTo[i]];
                counted++;
                value += problem.value[i];
            }
        }
        // count the other achieved units too, as many as the maximum allows (they can only help a minimum, and the
        // best combination counts as many units as the rules allow), then virtual ones if still short
        for (int pass = 0; pass < 2; pass++) {
            boolean virtualPass = pass == 1;
            for (int i = 0; i < n && counted < hi; i++) {
                if (assignment[i] != Solution.UNUSED || problem.virtual[i] != virtualPass) {
                    continue;
                }
                if (virtualPass ? counted >= lo : problem.anyWillDo && counted >= lo) {
                    continue;
                }
                assignment[i] = Solution.FREE;
                counted++;
                value += problem.value[i];
            }
        }
        if (counted < lo) {
            return Optional.empty();
        }
        return Optional.of(new Solution(assignment, value));
    }

    private boolean augment(int i) {
        for (int j : eligible[i]) {
            if (visited[j]) {
                continue;
            }
            visited[j] = true;
            if (held.get(j).size() < capacity[j]) {
                take(i, j);
                return true;
            }
            List<Integer> holders = held.get(j);
            for (int h = 0; h < holders.size(); h++) {
                // an augmenting path only moves units between slots and never drops one, so it may pass through
                // achieved and missing units alike: the achieved units matched in the first pass stay matched
                int other = holders.get(h);
                if (augment(other)) {
                    take(i, j);
                    return true;
                }
            }
        }
        return false;
    }

    private void take(int i, int j) {
        if (assignedTo[i] >= 0) {
            held.get(assignedTo[i]).remove(Integer.valueOf(i));
        }
        assignedTo[i] = j;
        held.get(j).add(i);
    }
}
