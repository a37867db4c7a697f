package org.qdl.runtime.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The exact solver for structures where credits, levels, caps, barred units and inclusions interact.
 *
 * <p>Units that no requirement can tell apart (same slots, same credit where credit matters, same weight in
 * every sum, same value) form one <em>type</em>; the search decides how many units of each type to count and
 * how many of those to assign to each slot. Residual slot demands and requirement sums, capped where more no
 * longer matters, make the state of a depth-first search whose results are memoised, so equal states are solved
 * once. Within a type only maximal assignments are tried (assigning a unit to a slot that still needs it never
 * hurts), and a branch stops as soon as what is left cannot meet some minimum or a maximum is passed. The search
 * is exhaustive: if any valid combination exists it is found, and in optimising mode the best one is.
 */
final class SearchSolver {
    private static final long NONE = Long.MIN_VALUE / 4;
    /** A floor below every value, NONE included: what the search starts from. */
    private static final long BELOW_ANYTHING = Long.MIN_VALUE / 2;

    private final Problem problem;
    private final SearchBudget budget;
    private final Requirement[] slots;
    private final Requirement[] sums;
    private final int inclusionCount;
    private final int[] inclusionSlot;
    private final Requirement.Inclusion[] inclusionOf;

    // types
    private int typeCount;
    private int[] size;
    private int[][] eligible;
    /** Per type and slot: what a unit of the type brings to the slot's credit demand (its credit, or its hours). */
    private long[][] slotCredit;
    private boolean[][] inInclusion;
    private long[][] weight;
    private long[] value;
    private int[][] positions;
    /**
     * Types whose every unit is best counted: achieved, worth something, and in no sum with a maximum. Counting
     * more of them never breaks a rule and never lowers the value, so the search does not try fewer.
     */
    private boolean[] takeAll;
    /** Per position: whether any requirement looks at the unit (the others are left out of the search). */
    private boolean[] relevant;

    // suffix bounds: what types t.. can still contribute at most
    private int[][] sufUnits;
    private long[][] sufCredits;
    private int[][] sufInclusion;
    private long[][] sufPositive;
    private long[][] sufNegative;

    private long[] sumCap;
    /**
     * Per type t and sum: whether some type t.. still adds to the sum. A sum no later type adds to is settled: once
     * within its bounds it can no longer matter, and the state carries it at one fixed value (its minimum), so that
     * states differing only in settled sums are one state. Without this, the memo told apart every finished group's
     * credit total, and a structure with a maximum on each of 50 groups never met the same state twice.
     */
    private boolean[][] liveSum;
    /** What types t.. are worth at most: every unit of positive value counted. */
    private long[] sufValue;
    // the matching relaxation: the largest credit a unit brings each slot, which types are worth something, and
    // the least a costly unit of types t.. costs (NONE if there is none)
    private MatchingRelaxation relaxation;
    private int[] outstanding;
    private long[] maxSlotCredit;
    private boolean[] valuable;
    private long[] sufLeastCost;
    private final Map<Key, Bound> memo = new HashMap<>();
    /** States from which no valid combination can be completed, in any-will-do mode. */
    private final Set<Key> dead = new HashSet<>();

    // the path of the first valid combination, in any-will-do mode
    private int[] pathCount;
    private int[][] pathAssign;

    private SearchSolver(Problem problem, SearchBudget budget) {
        this.problem = problem;
        this.budget = budget;
        List<Requirement> slotList = new ArrayList<>();
        List<Requirement> sumList = new ArrayList<>();
        for (Requirement r : problem.requirements) {
            if (r.hasDemand()) {
                slotList.add(r);
            }
            if (r.hasSum()) {
                sumList.add(r);
            }
        }
        slots = slotList.toArray(new Requirement[0]);
        sums = sumList.toArray(new Requirement[0]);
        List<Integer> owner = new ArrayList<>();
        List<Requirement.Inclusion> incl = new ArrayList<>();
        for (int j = 0; j < slots.length; j++) {
            for (Requirement.Inclusion i : slots[j].inclusions) {
                owner.add(j);
                incl.add(i);
            }
        }
        inclusionCount = incl.size();
        inclusionSlot = owner.stream().mapToInt(Integer::intValue).toArray();
        inclusionOf = incl.toArray(new Requirement.Inclusion[0]);
    }

    /**
     * The best valid combination (or any, if the problem says any will do), or empty if there is none.
     *
     * @throws UndecidedException when the budget runs out first
     */
    static Optional<Solution> solve(Problem problem, SearchBudget budget) {
        return new SearchSolver(problem, budget).run();
    }

    private Optional<Solution> run() {
        buildTypes();
        buildSuffixes();
        buildRelaxation();
        long[] start = initialState();
        if (problem.anyWillDo) {
            pathCount = new int[typeCount];
            pathAssign = new int[typeCount][];
            return feasible(0, start) ? Optional.of(solution(pathCount, pathAssign, 0)) : Optional.empty();
        }
        long best = best(0, start, BELOW_ANYTHING);
        if (best == NONE) {
            return Optional.empty();
        }
        int[] counts = new int[typeCount];
        int[][] assigns = new int[typeCount][];
        reconstruct(start, best, counts, assigns);
        return Optional.of(solution(counts, assigns, best));
    }

    // ----------------------------------------------------------------------------------------- types

    private void buildTypes() {
        relevant = new boolean[problem.units.length];
        Map<Key, List<Integer>> byKey = new LinkedHashMap<>();
        boolean[] creditMatters = new boolean[slots.length];
        for (int j = 0; j < slots.length; j++) {
            creditMatters[j] = slots[j].minCredits > 0;
        }
        for (int i = 0; i < problem.units.length; i++) {
            int u = problem.units[i];
            long credit = problem.credit[u];
            // what tells units apart: the slots they can fill, their credit where a slot counts credits, the
            // inclusions they are in, their weight in every sum, their value
            long[] sig = new long[2 * slots.length + 3 + inclusionCount + sums.length];
            int at = 0;
            boolean relevant = false;
            for (int j = 0; j < slots.length; j++) {
                if (slots[j].member[u]) {
                    sig[at++] = j;
                    relevant = true;
                }
            }
            sig[at++] = -1;
            for (int j = 0; j < slots.length; j++) {
                if (slots[j].member[u] && creditMatters[j]) {
                    sig[at++] = slots[j].slotAmount(u, credit);
                }
            }
            sig[at++] = -1;
            for (int q = 0; q < inclusionCount; q++) {
                sig[at++] = inclusionOf[q].member()[u] && slots[inclusionSlot[q]].member[u] ? 1 : 0;
            }
            for (Requirement s : sums) {
                long w = s.weight(u, credit);
                relevant |= w != 0;
                sig[at++] = w;
            }
            sig[at++] = problem.value(i);
            this.relevant[i] = relevant;
            if (!relevant) {
                continue;
            }
            byKey.computeIfAbsent(new Key(Arrays.copyOf(sig, at)), x -> new ArrayList<>()).add(i);
        }
        typeCount = byKey.size();
        size = new int[typeCount];
        eligible = new int[typeCount][];
        slotCredit = new long[typeCount][slots.length];
        inInclusion = new boolean[typeCount][inclusionCount];
        weight = new long[typeCount][sums.length];
        value = new long[typeCount];
        positions = new int[typeCount][];
        takeAll = new boolean[typeCount];
        int t = 0;
        for (List<Integer> members : byKey.values()) {
            int first = members.get(0);
            int u = problem.units[first];
            long credit = problem.credit[u];
            size[t] = members.size();
            positions[t] = members.stream().mapToInt(Integer::intValue).toArray();
            List<Integer> el = new ArrayList<>();
            for (int j = 0; j < slots.length; j++) {
                if (slots[j].member[u]) {
                    el.add(j);
                }
            }
            eligible[t] = el.stream().mapToInt(Integer::intValue).toArray();
            for (int j : eligible[t]) {
                slotCredit[t][j] = slots[j].slotAmount(u, credit);
            }
            for (int q = 0; q < inclusionCount; q++) {
                inInclusion[t][q] = inclusionOf[q].member()[u] && slots[inclusionSlot[q]].member[u];
            }
            for (int k = 0; k < sums.length; k++) {
                weight[t][k] = sums[k].weight(u, credit);
            }
            value[t] = problem.value(first);
            boolean free = !problem.virtual[first] && value[t] >= 0;
            for (int k = 0; k < sums.length; k++) {
                free &= weight[t][k] >= 0 && (weight[t][k] == 0 || sums[k].hi == Requirement.NO_MAX);
            }
            takeAll[t] = free;
            t++;
        }
    }

    private void buildSuffixes() {
        int s = slots.length;
        sufUnits = new int[typeCount + 1][s];
        sufCredits = new long[typeCount + 1][s];
        sufInclusion = new int[typeCount + 1][inclusionCount];
        sufPositive = new long[typeCount + 1][sums.length];
        sufNegative = new long[typeCount + 1][sums.length];
        for (int t = typeCount - 1; t >= 0; t--) {
            sufUnits[t] = sufUnits[t + 1].clone();
            sufCredits[t] = sufCredits[t + 1].clone();
            sufInclusion[t] = sufInclusion[t + 1].clone();
            sufPositive[t] = sufPositive[t + 1].clone();
            sufNegative[t] = sufNegative[t + 1].clone();
            for (int j : eligible[t]) {
                sufUnits[t][j] += size[t];
                sufCredits[t][j] += size[t] * slotCredit[t][j];
            }
            for (int q = 0; q < inclusionCount; q++) {
                if (inInclusion[t][q]) {
                    sufInclusion[t][q] += size[t];
                }
            }
            for (int k = 0; k < sums.length; k++) {
                long w = weight[t][k] * size[t];
                if (w > 0) {
                    sufPositive[t][k] += w;
                } else {
                    sufNegative[t][k] += w;
                }
            }
        }
        liveSum = new boolean[typeCount + 1][sums.length];
        for (int t = typeCount - 1; t >= 0; t--) {
            for (int k = 0; k < sums.length; k++) {
                liveSum[t][k] = liveSum[t + 1][k] || weight[t][k] != 0;
            }
        }
        sufValue = new long[typeCount + 1];
        for (int t = typeCount - 1; t >= 0; t--) {
            sufValue[t] = sufValue[t + 1] + size[t] * Math.max(0, value[t]);
        }
        sumCap = new long[sums.length];
        for (int k = 0; k < sums.length; k++) {
            boolean nonNegative = true;
            for (int t = 0; t < typeCount; t++) {
                nonNegative &= weight[t][k] >= 0;
            }
            sumCap[k] = sums[k].hi == Requirement.NO_MAX && nonNegative ? Math.max(0, sums[k].lo) : Long.MAX_VALUE;
        }
    }

    private void buildRelaxation() {
        relaxation = new MatchingRelaxation(size, eligible, slots.length);
        outstanding = new int[slots.length];
        maxSlotCredit = new long[slots.length];
        valuable = new boolean[typeCount];
        sufLeastCost = new long[typeCount + 1];
        sufLeastCost[typeCount] = NONE;
        for (int t = typeCount - 1; t >= 0; t--) {
            for (int j : eligible[t]) {
                maxSlotCredit[j] = Math.max(maxSlotCredit[j], slotCredit[t][j]);
            }
            valuable[t] = value[t] > 0;
            sufLeastCost[t] = valuable[t] ? sufLeastCost[t + 1] : Math.max(sufLeastCost[t + 1], value[t]);
        }
    }

    // ----------------------------------------------------------------------------------------- state
    // layout: [unit demand per slot][credit demand per slot][inclusion demand][sum per requirement]

    private long[] initialState() {
        long[] st = new long[2 * slots.length + inclusionCount + sums.length];
        for (int j = 0; j < slots.length; j++) {
            st[j] = slots[j].minUnits;
            st[slots.length + j] = slots[j].minCredits;
        }
        for (int q = 0; q < inclusionCount; q++) {
            st[2 * slots.length + q] = inclusionOf[q].min();
        }
        return st;
    }

    private boolean hopeless(int t, long[] st) {
        int s = slots.length;
        for (int j = 0; j < s; j++) {
            if (st[j] > sufUnits[t][j] || st[s + j] > sufCredits[t][j]) {
                return true;
            }
        }
        for (int q = 0; q < inclusionCount; q++) {
            if (st[2 * s + q] > sufInclusion[t][q]) {
                return true;
            }
        }
        int base = 2 * s + inclusionCount;
        for (int k = 0; k < sums.length; k++) {
            long sum = st[base + k];
            if (sum + sufPositive[t][k] < sums[k].lo || sum + sufNegative[t][k] > sums[k].hi) {
                return true;
            }
        }
        return false;
    }

    // ----------------------------------------------------------------------------------------- relaxation

    /**
     * The outstanding places of each slot in state {@code st} (into {@link #outstanding}): the units it still
     * needs, or more where its credits (at the largest credit any unit brings it) or an inclusion need more.
     * Returns their total.
     */
    private int outstanding(long[] st) {
        int s = slots.length;
        long total = 0;
        for (int j = 0; j < s; j++) {
            long need = st[j];
            if (st[s + j] > 0 && maxSlotCredit[j] > 0) {
                need = Math.max(need, (st[s + j] + maxSlotCredit[j] - 1) / maxSlotCredit[j]);
            }
            outstanding[j] = (int) Math.min(need, problem.units.length);
            total += outstanding[j];
        }
        for (int q = 0; q < inclusionCount; q++) {
            int j = inclusionSlot[q];
            outstanding[j] = (int) Math.max(outstanding[j], Math.min(st[2 * s + q], problem.units.length));
        }
        total = 0;
        for (int j = 0; j < s; j++) {
            total += outstanding[j];
        }
        return (int) total;
    }

    /** Whether types t.. cannot fill the slots' outstanding places even when nothing else counted. */
    private boolean starved(int t, long[] st) {
        int places = outstanding(st);
        return places > 0 && relaxation.maxFill(t, outstanding, null) < places;
    }

    /**
     * At least what types t.. are worth in any valid completion of state {@code st}, at most: every valuable unit
     * counted, and the places valuable units cannot fill filled by the least costly of the others. NONE when no
     * completion exists even so.
     */
    private long valueBound(int t, long[] st) {
        int places = outstanding(st);
        if (places == 0) {
            return sufValue[t];
        }
        int deficit = places - relaxation.maxFill(t, outstanding, valuable);
        if (deficit == 0) {
            return sufValue[t];
        }
        if (sufLeastCost[t] == NONE || relaxation.maxFill(t, outstanding, null) < places) {
            return NONE;
        }
        return sufValue[t] + deficit * sufLeastCost[t];
    }

    // ----------------------------------------------------------------------------------------- search

    /**
     * Whether some valid combination can be completed from state {@code st} at type {@code t}; if so, the path to
     * it is left in {@link #pathCount} and {@link #pathAssign}. Depth first over an explicit stack (one frame per
     * type decided), so the depth of the Java stack never grows with the problem.
     */
    private boolean feasible(int t, long[] st) {
        Deque<Frame> stack = new ArrayDeque<>();
        Frame root = enterFeasible(t, st);
        if (root != null) {
            stack.push(root);
        } else {
            return reached;
        }
        while (!stack.isEmpty()) {
            Frame f = stack.peek();
            Frame child = null;
            while (child == null && f.choices.next()) {
                budget.spend();
                pathCount[f.t] = f.choices.count;
                pathAssign[f.t] = f.choices.assign.clone();
                child = enterFeasible(f.t + 1, f.choices.next);
                if (child == null && reached) {
                    return true;
                }
            }
            if (child != null) {
                stack.push(child);
            } else {
                dead.add(f.key);
                stack.pop();
            }
        }
        return false;
    }

    /** Set by {@link #enterFeasible} when it answers at once: whether a valid combination was reached. */
    private boolean reached;

    /** A frame to search from state st at type t, or null with {@link #reached} saying the answer. */
    private Frame enterFeasible(int t, long[] st) {
        reached = false;
        if (hopeless(t, st)) {
            return null;
        }
        if (t == typeCount) {
            reached = true;
            return null;
        }
        Key key = new Key(t, st);
        if (dead.contains(key)) {
            return null;
        }
        if (starved(t, st)) {
            dead.add(key);
            return null;
        }
        return new Frame(t, st, key, 0, new Choices(t, st));
    }

    /**
     * The best value reachable from state {@code st} at type {@code t} (NONE if no valid combination can be
     * completed), exactly if it is above {@code floor}; otherwise some value at most {@code floor}. Branches that
     * cannot beat the floor or the best found so far, even if every unit left counted, are not explored (branch and
     * bound); the memo keeps exact values, and for states cut short the bound they were found not to beat. Depth
     * first over an explicit stack, as {@link #feasible}.
     */
    private long best(int t, long[] st, long floor) {
        Deque<Frame> stack = new ArrayDeque<>();
        Frame root = enterBest(t, st, floor);
        if (root == null) {
            return answer;
        }
        stack.push(root);
        while (true) {
            Frame f = stack.peek();
            Frame child = null;
            while (child == null && f.choices.next()) {
                long gain = f.choices.count * value[f.t];
                long bar = Math.max(f.floor, f.best);
                if (gain + sufValue[f.t + 1] <= bar) {
                    // choices come with falling gain: no later one can beat the bar either
                    break;
                }
                budget.spend();
                f.gain = gain;
                child = enterBest(f.t + 1, f.choices.next, bar - gain);
                if (child == null) {
                    f.offer(answer);
                }
            }
            if (child != null) {
                stack.push(child);
                continue;
            }
            boolean exact = f.best > f.floor;
            memo.put(f.key, new Bound(exact ? f.best : f.floor, exact));
            long result = exact ? f.best : Math.min(f.best, f.floor);
            stack.pop();
            if (stack.isEmpty()) {
                return result;
            }
            stack.peek().offer(result);
        }
    }

    /** Set by {@link #enterBest} when it answers at once. */
    private long answer;

    /** A frame to search from state st at type t above floor, or null with {@link #answer} the answer. */
    private Frame enterBest(int t, long[] st, long floor) {
        if (hopeless(t, st)) {
            answer = NONE;
            return null;
        }
        if (t == typeCount) {
            answer = 0;
            return null;
        }
        if (sufValue[t] <= floor) {
            answer = sufValue[t];
            return null;
        }
        Key key = new Key(t, st);
        Bound known = memo.get(key);
        if (known != null && (known.exact() || known.value() <= floor)) {
            answer = known.value();
            return null;
        }
        long bound = valueBound(t, st);
        if (bound == NONE || bound <= floor) {
            memo.put(key, new Bound(bound, bound == NONE));
            answer = bound;
            return null;
        }
        return new Frame(t, st, key, floor, new Choices(t, st));
    }

    /** A memoised result: the exact best value of a state, or a value the state was found not to beat. */
    private record Bound(long value, boolean exact) {
    }

    /** One state being searched: its choices, the best found from it so far, and the gain of the choice tried. */
    private static final class Frame {
        final int t;
        final Key key;
        final long floor;
        final Choices choices;
        long best = NONE;
        long gain;

        Frame(int t, long[] st, Key key, long floor, Choices choices) {
            this.t = t;
            this.key = key;
            this.floor = floor;
            this.choices = choices;
        }

        /** What the choice tried led to. */
        void offer(long child) {
            if (child != NONE && child + gain > best) {
                best = child + gain;
            }
        }
    }

    private void reconstruct(long[] start, long best, int[] counts, int[][] assigns) {
        long[] st = start;
        long remaining = best;
        for (int t = 0; t < typeCount; t++) {
            Choices choices = new Choices(t, st);
            long[] next = null;
            while (next == null && choices.next()) {
                long gain = choices.count * value[t];
                long child = best(t + 1, choices.next, remaining - gain - 1);
                if (child != NONE && child + gain == remaining) {
                    counts[t] = choices.count;
                    assigns[t] = choices.assign.clone();
                    next = choices.next;
                }
            }
            remaining -= counts[t] * value[t];
            st = next;
        }
    }

    /**
     * Every (how many units of type t, how many to each eligible slot) worth trying from a state, best guesses
     * first, one at a time: {@link #next()} moves to the next choice and makes its state. The split among slots
     * is enumerated like an odometer, each slot at most what it can use, the last digit turning fastest.
     */
    private final class Choices {
        private final int t;
        private final long[] st;
        private final int max;
        private final int tries;
        private final boolean fewFirst;
        private final int[] elig;
        private final int[] useful;
        /** Per eligible slot: what the slots after it can use together. */
        private final int[] restUseful;
        private final int totalUseful;
        /** Per eligible slot: the units left to split when its digit is set. */
        private final int[] left;
        private int i = -1;
        private boolean turning;
        int count;
        final int[] assign;
        long[] next;

        Choices(int t, long[] st) {
            this.t = t;
            this.st = st;
            int s = slots.length;
            int base = 2 * s + inclusionCount;
            int m = size[t];
            for (int k = 0; k < sums.length; k++) {
                long w = weight[t][k];
                if (w > 0 && sums[k].hi != Requirement.NO_MAX) {
                    long room = sums[k].hi - st[base + k] - sufNegative[t + 1][k];
                    m = (int) Math.min(m, Math.max(-1, room / w));
                }
            }
            this.max = m;
            this.fewFirst = value[t] < 0;
            this.elig = eligible[t];
            this.useful = new int[elig.length];
            this.restUseful = new int[elig.length];
            this.left = new int[elig.length + 1];
            this.assign = new int[elig.length];
            int total = 0;
            for (int e = 0; e < elig.length; e++) {
                useful[e] = useful(t, elig[e], st);
                total += useful[e];
            }
            int rest = 0;
            for (int e = elig.length - 1; e >= 0; e--) {
                restUseful[e] = rest;
                rest += useful[e];
            }
            this.totalUseful = total;
            this.tries = m < 0 ? -1 : takeAll[t] && m == size[t] ? 0 : m;
        }

        /** Moves to the next choice; false when there is none left. */
        boolean next() {
            while (true) {
                if (turning && turn()) {
                    if (made()) {
                        return true;
                    }
                    continue;
                }
                turning = false;
                if (++i > tries) {
                    return false;
                }
                count = fewFirst ? i : max - i;
                left[0] = Math.min(count, totalUseful);
                turning = true;
                if (settle(0) && made()) {
                    return true;
                }
            }
        }

        /** Sets digits from {@code e} on to the most they can take; false (digits cleared) when they cannot. */
        private boolean settle(int e) {
            for (int x = e; x < elig.length; x++) {
                int hi = Math.min(useful[x], left[x]);
                int lo = Math.max(0, left[x] - restUseful[x]);
                if (hi < lo) {
                    Arrays.fill(assign, x, elig.length, 0);
                    return false;
                }
                assign[x] = hi;
                left[x + 1] = left[x] - hi;
            }
            return left[elig.length] == 0;
        }

        /** The next split of the same count: the rightmost digit that can go down does, the ones after it reset. */
        private boolean turn() {
            int e = elig.length - 1;
            while (e >= 0) {
                int lo = Math.max(0, left[e] - restUseful[e]);
                if (assign[e] > lo) {
                    assign[e]--;
                    left[e + 1] = left[e] - assign[e];
                    if (settle(e + 1)) {
                        return true;
                    }
                    continue;
                }
                e--;
            }
            return false;
        }

        /**
         * The state after this choice: sums with the units of type t counted (capped where more no longer
         * matters; settled ones, if within their bounds, at their minimum), and the assigned units taken off their
         * slots' demands. False when the choice leaves a settled sum out of its bounds.
         */
        private boolean made() {
            long[] n = st.clone();
            int base = 2 * slots.length + inclusionCount;
            boolean[] live = liveSum[t + 1];
            for (int k = 0; k < sums.length; k++) {
                long sum = Math.min(n[base + k] + count * weight[t][k], sumCap[k]);
                if (!live[k]) {
                    if (sum < sums[k].lo || sum > sums[k].hi) {
                        return false;
                    }
                    sum = sums[k].lo;
                }
                n[base + k] = sum;
            }
            int s = slots.length;
            for (int x = 0; x < elig.length; x++) {
                int j = elig[x];
                int a = assign[x];
                if (a == 0) {
                    continue;
                }
                n[j] = Math.max(0, n[j] - a);
                n[s + j] = Math.max(0, n[s + j] - a * slotCredit[t][j]);
                for (int q = 0; q < inclusionCount; q++) {
                    if (inclusionSlot[q] == j && inInclusion[t][q]) {
                        n[2 * s + q] = Math.max(0, n[2 * s + q] - a);
                    }
                }
            }
            next = n;
            return true;
        }
    }

    private int useful(int t, int j, long[] st) {
        int s = slots.length;
        long need = st[j];
        if (st[s + j] > 0 && slotCredit[t][j] > 0) {
            need = Math.max(need, (st[s + j] + slotCredit[t][j] - 1) / slotCredit[t][j]);
        }
        for (int q = 0; q < inclusionCount; q++) {
            if (inclusionSlot[q] == j && inInclusion[t][q]) {
                need = Math.max(need, st[2 * s + q]);
            }
        }
        return (int) Math.min(need, size[t]);
    }

    // ----------------------------------------------------------------------------------------- result

    private Solution solution(int[] counts, int[][] assigns, long best) {
        int[] assignment = new int[problem.units.length];
        Arrays.fill(assignment, Solution.UNUSED);
        Map<Requirement, Integer> index = new HashMap<>();
        for (int r = 0; r < problem.requirements.length; r++) {
            index.put(problem.requirements[r], r);
        }
        for (int t = 0; t < typeCount; t++) {
            int taken = counts[t];
            int p = 0;
            int[] a = assigns[t] == null ? new int[eligible[t].length] : assigns[t];
            for (int x = 0; x < eligible[t].length; x++) {
                for (int c = 0; c < a[x]; c++) {
                    assignment[positions[t][p++]] = index.get(slots[eligible[t][x]]);
                }
            }
            while (p < taken) {
                assignment[positions[t][p++]] = Solution.FREE;
            }
        }
        if (!problem.anyWillDo) {
            // a unit no rule looks at changes nothing, and the best combination counts as many units as it can
            for (int i = 0; i < assignment.length; i++) {
                if (!relevant[i] && problem.value(i) > 0) {
                    assignment[i] = Solution.FREE;
                    best += problem.value(i);
                }
            }
        }
        return new Solution(assignment, best);
    }

    /**
     * A memo key: the type index and the state vector. States are never changed once made (each choice makes a
     * new one), so the key keeps the vector itself.
     */
    private static final class Key {
        private final int type;
        private final long[] values;
        private final int hash;

        Key(long[] values) {
            this(-1, values);
        }

        Key(int type, long[] values) {
            this.type = type;
            this.values = values;
            this.hash = 31 * Arrays.hashCode(values) + type;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && k.type == type && Arrays.equals(k.values, values);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
