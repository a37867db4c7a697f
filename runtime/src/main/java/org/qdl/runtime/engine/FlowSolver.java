package org.qdl.runtime.engine;

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
    private Problem problem;
    private FlowPlan plan;
    /** Per position in the problem's units: 1 + the slot it fills, or 0. */
    private int[] slotOf;
    /**
     * Working memory in one array: the positions filling each slot (slot j's from plan.start[j]), then per slot how
     * many fill it, then per slot the augmentation in which it was last visited.
     */
    private int[] work;
    private int countAt;
    private int visitedAt;
    private int round;
    /** The positions that fill some slot, as bits (used by {@link #runOnBits} only; positions never leave a slot). */
    private long slotted;
    /** Whether the solver runs on bits ({@link #runOnBits}). */
    private boolean onBits;

    /** A solver for one thread ({@link Scratch#solver}): it holds one problem at a time, as a solve never calls another. */
    FlowSolver() {
    }

    /** Takes up a problem: nothing of the one before is left. */
    private void start(Problem problem, FlowPlan plan, Scratch scratch, boolean onBits) {
        this.problem = problem;
        this.plan = plan;
        this.onBits = onBits;
        this.round = 0;
        this.slotted = 0;
        int s = plan.capacity.length;
        // on bits, a position's slot is read only once it has one (its bit in slotted): no zeros needed
        this.slotOf = scratch.assignment(problem.units.length, !onBits);
        this.countAt = plan.demand;
        this.visitedAt = plan.demand + s;
        this.work = work(scratch, plan.demand + 2 * s, countAt);
    }

    /** Lets go of the problem solved (its solution keeps what it needs). */
    private void finish() {
        this.problem = null;
        this.plan = null;
        this.slotOf = null;
        this.work = null;
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
            java.util.Arrays.fill(w, cleared, size, 0);
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

    /**
     * Solves the problem (null when it has no solution) in the working memory of the evaluation's thread: on bits when
     * it has at most 64 positions (and the thread's memory allows it: see {@link Scratch#bitSets}), which makes exactly
     * the moves of {@link #run}.
     */
    static Solution solution(Problem problem, Scratch scratch) {
        boolean onBits = scratch.bitSets && problem.units.length <= Long.SIZE;
        FlowSolver solver = scratch.solver;
        solver.start(problem, problem.plan(), scratch, onBits);
        Solution out = onBits ? solver.runOnBits(scratch) : solver.run();
        solver.finish();
        return out;
    }

    private Solution run() {
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
            return null;
        }
        // the matched units count; so do the other achieved units, as many as the maximum allows (they can only
        // help a minimum, and the best combination counts as many units as the rules allow); then virtual units
        // if still short of the minimum
        long lo = plan.lo;
        long hi = plan.hi;
        int[] assignment = slotsAsAssignment();
        long counted = matched;
        long value = matchedValue(matched, added);
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
            return null;
        }
        return new Solution(assignment, value, true, added, claimed);
    }

    /**
     * {@link #run} with the positions as the bits of a word: the same moves in the same order (the same solution), but
     * the positions that can take a free place found with {@code &} instead of a walk over every position, and the
     * positions to count freely, claimed or still virtual read off the bits. Augmenting paths are searched as in run.
     */
    private Solution runOnBits(Scratch scratch) {
        int demand = plan.demand;
        int n = problem.units.length;
        long[] pool = pools(scratch);
        long anyPool = 0;
        for (int j = 0; j < plan.capacity.length; j++) {
            anyPool |= pool[j];
        }
        long all = n == Long.SIZE ? -1L : (1L << n) - 1;
        long virtual = problem.virtualBits();
        long achieved = all & ~virtual;
        int matched = 0;
        int added = 0;
        round++;
        // achieved units first, in increasing order, as run takes them
        for (long b = achieved & anyPool; b != 0 && matched < demand; b &= b - 1) {
            if (takeFirstOrAugment(Long.numberOfTrailingZeros(b))) {
                matched++;
                round++;
            }
        }
        if (matched < demand) {
            // the lowest virtual position that some slot with room can take is the one run's walk would reach next: the
            // room only shrinks, so a position passed over before still finds none
            long room = room(pool);
            long open;
            while (matched < demand && (open = virtual & ~slotted & room) != 0) {
                int i = Long.numberOfTrailingZeros(open);
                int j = freePlace(i);
                take(i, j);
                matched++;
                added++;
                // the room changes only when a slot fills up
                room = work[countAt + j] < plan.capacity[j] ? room : room(pool);
            }
            round++;
            // an augmenting path only moves positions already in a slot, so the unmatched ones are known before it
            for (long b = virtual & ~slotted & anyPool; b != 0 && matched < demand; b &= b - 1) {
                if (augment(Long.numberOfTrailingZeros(b))) {
                    matched++;
                    added++;
                    round++;
                }
            }
        }
        if (matched < demand || matched > plan.hi) {
            return null;
        }
        long lo = plan.lo;
        long hi = plan.hi;
        int[] assignment = slotsAsAssignment();
        long counted = matched;
        long value = matchedValue(matched, added);
        for (long b = achieved & ~slotted; b != 0 && counted < hi && !(problem.anyWillDo && counted >= lo); b &= b - 1) {
            int i = Long.numberOfTrailingZeros(b);
            assignment[i] = Solution.FREE;
            counted++;
            value += problem.value(i);
        }
        // the virtual positions assigned to a requirement, in increasing order: the bits of both
        int[] claimed = added == 0 ? NONE : new int[added];
        int c = 0;
        for (long b = added == 0 ? 0 : virtual & slotted; b != 0; b &= b - 1) {
            claimed[c++] = Long.numberOfTrailingZeros(b);
        }
        for (long b = counted < lo ? virtual & ~slotted : 0; b != 0 && counted < lo && counted < hi; b &= b - 1) {
            int i = Long.numberOfTrailingZeros(b);
            assignment[i] = Solution.FREE;
            counted++;
            added++;
            value += problem.value(i);
        }
        if (counted < lo) {
            return null;
        }
        return new Solution(assignment, value, true, added, claimed);
    }

    /**
     * The slots the positions fill as the assignment, in place: every position unused, then the matched ones (listed by
     * slot in the working memory) the requirement of their slot.
     */
    private int[] slotsAsAssignment() {
        int[] assignment = slotOf;
        java.util.Arrays.fill(assignment, Solution.UNUSED);
        for (int j = 0; j < plan.capacity.length; j++) {
            int requirement = plan.slotRequirement[j];
            for (int h = plan.start[j], end = h + work[countAt + j]; h < end; h++) {
                assignment[work[h]] = requirement;
            }
        }
        return assignment;
    }

    /** What the matched positions are worth ({@code added} of them virtual). */
    private long matchedValue(int matched, int added) {
        if (problem.unitsValuedAlike()) {
            // every achieved unit worth the same, every virtual one costing the same: by count
            return (matched - added) * Problem.PER_UNIT - added * Problem.VIRTUAL_COST;
        }
        long value = 0;
        for (int j = 0; j < plan.capacity.length; j++) {
            for (int h = 0; h < work[countAt + j]; h++) {
                value += problem.value(work[plan.start[j] + h]);
            }
        }
        return value;
    }

    /**
     * {@link #augment}, its first step taken here: the position's first slot, when not visited in this round and with
     * room, takes it (most positions stop there, without a call).
     */
    private boolean takeFirstOrAugment(int i) {
        int j = eligible(i)[0];
        if (work[visitedAt + j] != round && work[countAt + j] < plan.capacity[j]) {
            work[visitedAt + j] = round;
            take(i, j);
            return true;
        }
        return augment(i);
    }

    /**
     * Per slot, the positions that can fill it, as bits: the plan's when the positions are the unit indices (a problem
     * over every unit), else worked out in the thread's memory.
     */
    private long[] pools(Scratch scratch) {
        if (problem.units.length == plan.eligible.length && plan.slotPool != null) {
            return plan.slotPool;
        }
        long[] pool = scratch.pools(plan.capacity.length);
        for (int i = 0; i < problem.units.length; i++) {
            for (int j : eligible(i)) {
                pool[j] |= 1L << i;
            }
        }
        return pool;
    }

    /** The positions that some slot with room could take. */
    private long room(long[] pool) {
        long out = 0;
        for (int j = 0; j < plan.capacity.length; j++) {
            out |= work[countAt + j] < plan.capacity[j] ? pool[j] : 0L;
        }
        return out;
    }

    private int[] eligible(int position) {
        return plan.eligible[problem.units[position]];
    }

    private boolean takeFreePlace(int i) {
        int j = freePlace(i);
        if (j >= 0) {
            take(i, j);
        }
        return j >= 0;
    }

    /** The first slot position i can fill that has room, or -1. */
    private int freePlace(int i) {
        for (int j : eligible(i)) {
            if (work[countAt + j] < plan.capacity[j]) {
                return j;
            }
        }
        return -1;
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
        int from = !onBits || (slotted >>> i & 1) != 0 ? slotOf[i] - 1 : -1;
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
        slotted |= 1L << i;
        work[plan.start[j] + work[countAt + j]++] = i;
    }
}
