package org.qdl.runtime.engine;

import java.util.Optional;

/**
 * The solver for structures that only count units: slots that each need a number of units from a pool, and
 * bounds on the total number of units counted. Assigning units to slots is then a bipartite b-matching, solved
 * exactly by augmenting paths (Kuhn's algorithm): a unit claimed by one slot is moved to another whenever that
 * lets a further unit in, so no valid combination is ever missed, whatever order the units come in.
 *
 * <p>Achieved units are matched first; units not yet achieved (virtual) are matched only to fill what is still
 * missing, so their number is the least that completes the structure. Every other achieved unit is counted
 * too, up to the total's maximum. This is the best combination for the objective every {@link Problem} has:
 * a virtual unit costs more than all achieved units are worth, and achieved units are worth something.
 */
final class FlowSolver {
    private final Problem problem;
    private final FlowPlan plan;
    /** Per position in the problem's units: 1 + the slot it fills, or 0. */
    private final int[] slotOf;
    /**
     * Working memory in one array: the positions filling each slot (slot j's from plan.start[j]), then per slot how
     * many fill it, then per slot the augmentation in which it was last visited.
     */
    private final int[] work;
    private final int countAt;
    private final int visitedAt;
    private int round;

    private FlowSolver(Problem problem, FlowPlan plan, Scratch scratch) {
        this.problem = problem;
        this.plan = plan;
        int s = plan.capacity.length;
        this.slotOf = scratch.assignment(problem.units.length);
        this.countAt = plan.demand;
        this.visitedAt = plan.demand + s;
        this.work = work(scratch, plan.demand + 2 * s, countAt);
    }

    /**
     * The thread's working memory for matching (in its {@link Scratch}), at least {@code size} long, with the counts
     * and visit marks (from {@code cleared}) zeroed: a solve never calls another, so one array per thread serves them
     * all; the positions before {@code cleared} are only read up to each slot's count, so need no clearing.
     */
    private static int[] work(Scratch scratch, int size, int cleared) {
        int[] w = scratch.matching;
        if (w.length < size) {
            w = new int[Math.max(size, 2 * w.length)];
            scratch.matching = w;
        } else {
            for (int i = cleared; i < size; i++) {
                w[i] = 0;
            }
        }
        return w;
    }

    private static final int[] NONE = new int[0];

    /** True when a problem only counts units, so that matching decides it exactly. */
    static boolean applies(Problem problem) {
        FlowPlan plan = problem.plan();
        if (!plan.countsOnly) {
            return false;
        }
        if (!plan.everyUnitInEverySum) {
            for (int u : problem.units) {
                if (!plan.inEverySum[u]) {
                    return false;
                }
            }
        }
        if (plan.hi == Long.MAX_VALUE || problem.anyWillDo) {
            return true;
        }
        // under a maximum, which achieved units to count matters when they are worth different amounts
        long achievedValue = 0;
        for (int i = 0; i < problem.units.length; i++) {
            if (!problem.virtual[i]) {
                if (achievedValue != 0 && problem.value(i) != achievedValue) {
                    return false;
                }
                achievedValue = problem.value(i);
            }
        }
        return true;
    }

    /** Solves the problem in the working memory of the evaluation's thread. */
    static Optional<Solution> solve(Problem problem, Scratch scratch) {
        return new FlowSolver(problem, problem.plan(), scratch).run();
    }

    private Optional<Solution> run() {
        int demand = plan.demand;
        int[] achieved = problem.achievedPositions();
        int matched = 0;
        // how many virtual positions the combination uses (an augmenting path never drops a matched unit)
        int added = 0;
        // achieved units first, then missing (virtual) units only while something is still unfilled; slots visited
        // by a failed search lead to no free place, and still do until the matching changes, so they are only
        // visited afresh after a success
        round++;
        for (int k = 0; k < achieved.length && matched < demand; k++) {
            if (eligible(achieved[k]).length > 0 && augment(achieved[k])) {
                matched++;
                round++;
            }
        }
        // missing units that fill a free place outright first (augmenting paths of length one, found without a
        // search), then the others by augmenting paths; the order never changes how many are needed
        // (the virtual positions in increasing order, read off the marks: not listed, as only a few are taken)
        boolean[] virtual = problem.virtual;
        int n = virtual.length;
        if (matched < demand) {
            for (int i = 0; i < n && matched < demand; i++) {
                if (virtual[i] && takeFreePlace(i)) {
                    matched++;
                    added++;
                }
            }
            round++;
            for (int i = 0; i < n && matched < demand; i++) {
                if (virtual[i] && slotOf[i] == 0 && eligible(i).length > 0 && augment(i)) {
                    matched++;
                    added++;
                    round++;
                }
            }
        }
        if (matched < demand || matched > plan.hi) {
            return Optional.empty();
        }
        // the matched units count; so do the other achieved units, as many as the maximum allows (they can only
        // help a minimum, and the best combination counts as many units as the rules allow); then virtual units
        // if still short of the minimum
        long lo = plan.lo;
        long hi = plan.hi;
        // the slots the positions fill become the assignment, in place: every position unused, then the matched
        // ones (listed by slot in the working memory) the requirement of their slot
        int[] assignment = slotOf;
        java.util.Arrays.fill(assignment, Solution.UNUSED);
        for (int j = 0; j < plan.capacity.length; j++) {
            int requirement = plan.slotRequirement[j];
            for (int h = plan.start[j], end = h + work[countAt + j]; h < end; h++) {
                assignment[work[h]] = requirement;
            }
        }
        long counted = matched;
        long value = 0;
        if (problem.unitsValuedAlike()) {
            // every achieved unit worth the same, every virtual one costing the same: by count
            value = (matched - added) * Problem.PER_UNIT - added * Problem.VIRTUAL_COST;
        } else {
            for (int j = 0; j < plan.capacity.length; j++) {
                for (int h = 0; h < work[countAt + j]; h++) {
                    value += problem.value(work[plan.start[j] + h]);
                }
            }
        }
        for (int k = 0; k < achieved.length && counted < hi && !(problem.anyWillDo && counted >= lo); k++) {
            int i = achieved[k];
            if (assignment[i] == Solution.UNUSED) {
                assignment[i] = Solution.FREE;
                counted++;
                value += problem.value(i);
            }
        }
        // the virtual positions assigned to a requirement, in increasing order (before any is counted freely)
        int[] claimed = added == 0 ? NONE : new int[added];
        for (int j = 0, c = 0; j < plan.capacity.length && added > 0; j++) {
            for (int h = plan.start[j], end = h + work[countAt + j]; h < end; h++) {
                int i = work[h];
                if (virtual[i]) {
                    int at = c++;
                    while (at > 0 && claimed[at - 1] > i) {
                        claimed[at] = claimed[at - 1];
                        at--;
                    }
                    claimed[at] = i;
                }
            }
        }
        if (counted < lo) {
            for (int i = 0; i < n && counted < lo && counted < hi; i++) {
                if (virtual[i] && assignment[i] == Solution.UNUSED) {
                    assignment[i] = Solution.FREE;
                    counted++;
                    added++;
                    value += problem.value(i);
                }
            }
        }
        if (counted < lo) {
            return Optional.empty();
        }
        return Optional.of(new Solution(assignment, value, true, added, claimed));
    }

    private int[] eligible(int position) {
        return plan.eligible[problem.units[position]];
    }

    private boolean takeFreePlace(int i) {
        for (int j : eligible(i)) {
            if (work[countAt + j] < plan.capacity[j]) {
                take(i, j);
                return true;
            }
        }
        return false;
    }

    private boolean augment(int i) {
        for (int j : eligible(i)) {
            if (work[visitedAt + j] == round) {
                continue;
            }
            work[visitedAt + j] = round;
            int held = work[countAt + j];
            if (held < plan.capacity[j]) {
                take(i, j);
                return true;
            }
            // an augmenting path only moves units between slots and never drops one, so it may pass through
            // achieved and missing units alike: the achieved units matched in the first pass stay matched
            for (int h = 0; h < held; h++) {
                if (augment(work[plan.start[j] + h])) {
                    take(i, j);
                    return true;
                }
            }
        }
        return false;
    }

    private void take(int i, int j) {
        int from = slotOf[i] - 1;
        if (from >= 0) {
            int first = plan.start[from];
            int last = first + --work[countAt + from];
            for (int h = first; h <= last; h++) {
                if (work[h] == i) {
                    work[h] = work[last];
                    break;
                }
            }
        }
        slotOf[i] = j + 1;
        work[plan.start[j] + work[countAt + j]++] = i;
    }
}
