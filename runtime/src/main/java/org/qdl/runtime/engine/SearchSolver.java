package org.qdl.runtime.engine;

import java.util.ArrayList;
import java.util.Arrays;
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
    /** Problems with this many units are searched on a thread with a deep stack. */
    private static final int DEEP = 400;
    /** A floor below every value, NONE included: what the search starts from. */
    private static final long BELOW_ANYTHING = Long.MIN_VALUE / 2;

    private final Problem problem;
    private final Requirement[] slots;
    private final Requirement[] sums;
    private final int inclusionCount;
    private final int[] inclusionSlot;
    private final Requirement.Inclusion[] inclusionOf;

    // types
    private int typeCount;
    private int[] size;
    private int[][] eligible;
    private long[] slotCredit;
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
    /** What types t.. are worth at most: every unit of positive value counted. */
    private long[] sufValue;
    private final Map<Key, Bound> memo = new HashMap<>();
    /** States from which no valid combination can be completed, in any-will-do mode. */
    private final Set<Key> dead = new HashSet<>();

    // the path of the first valid combination, in any-will-do mode
    private int[] pathCount;
    private int[][] pathAssign;

    private SearchSolver(Problem problem) {
        this.problem = problem;
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

    /** The best valid combination (or any, if the problem says any will do), or empty if there is none. */
    static Optional<Solution> solve(Problem problem) {
        SearchSolver solver = new SearchSolver(problem);
        if (problem.units.length < DEEP) {
            return solver.run();
        }
        // the search recurses once per unit type: give very large structures a stack to match
        Object[] result = new Object[1];
        Thread worker = new Thread(null, () -> {
            try {
                result[0] = solver.run();
            } catch (RuntimeException | Error e) {
                result[0] = e;
            }
        }, "qdl-search", 1L << 30);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while searching", e);
        }
        if (result[0] instanceof RuntimeException e) {
            throw e;
        }
        if (result[0] instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        Optional<Solution> solution = (Optional<Solution>) result[0];
        return solution;
    }

    private Optional<Solution> run() {
        buildTypes();
        buildSuffixes();
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
            long[] sig = new long[slots.length + 3 + inclusionCount + sums.length];
            int at = 0;
            boolean relevant = false;
            boolean anyCredit = false;
            for (int j = 0; j < slots.length; j++) {
                if (slots[j].member[u]) {
                    sig[at++] = j;
                    relevant = true;
                    anyCredit |= creditMatters[j];
                }
            }
            sig[at++] = -1;
            sig[at++] = anyCredit ? credit : 0;
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
        slotCredit = new long[typeCount];
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
            slotCredit[t] = credit;
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
                sufCredits[t][j] += size[t] * slotCredit[t];
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

    /** Whether some valid combination can be completed from state {@code st} at type {@code t}. */
    private boolean feasible(int t, long[] st) {
        if (hopeless(t, st)) {
            return false;
        }
        if (t == typeCount) {
            return true;
        }
        Key key = new Key(t, st);
        if (dead.contains(key)) {
            return false;
        }
        boolean[] ok = {false};
        forEachChoice(t, st, (n, assign, next) -> {
            if (feasible(t + 1, next)) {
                pathCount[t] = n;
                pathAssign[t] = assign.clone();
                ok[0] = true;
            }
            return ok[0];
        });
        if (!ok[0]) {
            dead.add(key);
        }
        return ok[0];
    }

    /**
     * The best value reachable from state {@code st} at type {@code t} (NONE if no valid combination can be
     * completed), exactly if it is above {@code floor}; otherwise some value at most {@code floor}. Branches that
     * cannot beat the floor or the best found so far, even if every unit left counted, are not explored (branch and
     * bound); the memo keeps exact values, and for states cut short the bound they were found not to beat.
     */
    private long best(int t, long[] st, long floor) {
        if (hopeless(t, st)) {
            return NONE;
        }
        if (t == typeCount) {
            return 0;
        }
        if (sufValue[t] <= floor) {
            return sufValue[t];
        }
        Key key = new Key(t, st);
        Bound known = memo.get(key);
        if (known != null && (known.exact() || known.value() <= floor)) {
            return known.value();
        }
        long[] best = {NONE};
        forEachChoice(t, st, (n, assign, next) -> {
            long gain = n * value[t];
            long bar = Math.max(floor, best[0]);
            if (gain + sufValue[t + 1] <= bar) {
                // choices come with falling gain: no later one can beat the bar either
                return true;
            }
            long child = best(t + 1, next, bar - gain);
            if (child != NONE && child + gain > best[0]) {
                best[0] = child + gain;
            }
            return false;
        });
        boolean exact = best[0] > floor;
        memo.put(key, new Bound(exact ? best[0] : floor, exact));
        return exact ? best[0] : Math.min(best[0], floor);
    }

    /** A memoised result: the exact best value of a state, or a value the state was found not to beat. */
    private record Bound(long value, boolean exact) {
    }

    private void reconstruct(long[] start, long best, int[] counts, int[][] assigns) {
        long[] st = start;
        long remaining = best;
        for (int t = 0; t < typeCount; t++) {
            final int type = t;
            final long target = remaining;
            long[][] nextHolder = new long[1][];
            forEachChoice(t, st, (n, assign, next) -> {
                long gain = n * value[type];
                long child = best(type + 1, next, target - gain - 1);
                if (child != NONE && child + gain == target) {
                    counts[type] = n;
                    assigns[type] = assign.clone();
                    nextHolder[0] = next;
                    return true;
                }
                return false;
            });
            remaining -= counts[t] * value[t];
            st = nextHolder[0];
        }
    }

    private interface ChoiceVisitor {
        /** Returns true to stop. */
        boolean visit(int count, int[] assign, long[] next);
    }

    /** Every (how many units of type t, how many to each eligible slot) worth trying, best guesses first. */
    private void forEachChoice(int t, long[] st, ChoiceVisitor visitor) {
        int s = slots.length;
        int base = 2 * s + inclusionCount;
        int max = size[t];
        for (int k = 0; k < sums.length; k++) {
            long w = weight[t][k];
            if (w > 0 && sums[k].hi != Requirement.NO_MAX) {
                long room = sums[k].hi - st[base + k] - sufNegative[t + 1][k];
                max = (int) Math.min(max, Math.max(-1, room / w));
            }
        }
        if (max < 0) {
            return;
        }
        boolean fewFirst = value[t] < 0;
        int[] elig = eligible[t];
        int[] useful = new int[elig.length];
        int totalUseful = 0;
        for (int e = 0; e < elig.length; e++) {
            useful[e] = useful(t, elig[e], st);
            totalUseful += useful[e];
        }
        int[] assign = new int[elig.length];
        int tries = takeAll[t] && max == size[t] ? 0 : max;
        for (int i = 0; i <= tries; i++) {
            int n = fewFirst ? i : max - i;
            int toAssign = Math.min(n, totalUseful);
            if (distribute(t, n, st, elig, useful, 0, toAssign, assign, visitor)) {
                return;
            }
        }
    }

    private int useful(int t, int j, long[] st) {
        int s = slots.length;
        long need = st[j];
        if (st[s + j] > 0 && slotCredit[t] > 0) {
            need = Math.max(need, (st[s + j] + slotCredit[t] - 1) / slotCredit[t]);
        }
        for (int q = 0; q < inclusionCount; q++) {
            if (inclusionSlot[q] == j && inInclusion[t][q]) {
                need = Math.max(need, st[2 * s + q]);
            }
        }
        return (int) Math.min(need, size[t]);
    }

    /** Splits {@code remaining} units among the eligible slots, each at most what it can use. */
    private boolean distribute(int t, int n, long[] st, int[] elig, int[] useful, int e, int remaining,
            int[] assign, ChoiceVisitor visitor) {
        if (e == elig.length) {
            if (remaining != 0) {
                return false;
            }
            // the next state: sums with n more units of type t (capped where more no longer matters), and the
            // assigned units taken off their slots' demands
            long[] next = st.clone();
            int base = 2 * slots.length + inclusionCount;
            for (int k = 0; k < sums.length; k++) {
                next[base + k] = Math.min(next[base + k] + n * weight[t][k], sumCap[k]);
            }
            int s = slots.length;
            for (int x = 0; x < elig.length; x++) {
                int j = elig[x];
                int a = assign[x];
                if (a == 0) {
                    continue;
                }
                next[j] = Math.max(0, next[j] - a);
                next[s + j] = Math.max(0, next[s + j] - a * slotCredit[t]);
                for (int q = 0; q < inclusionCount; q++) {
                    if (inclusionSlot[q] == j && inInclusion[t][q]) {
                        next[2 * s + q] = Math.max(0, next[2 * s + q] - a);
                    }
                }
            }
            return visitor.visit(n, assign, next);
        }
        int restUseful = 0;
        for (int x = e + 1; x < elig.length; x++) {
            restUseful += useful[x];
        }
        int hi = Math.min(useful[e], remaining);
        int lo = Math.max(0, remaining - restUseful);
        for (int a = hi; a >= lo; a--) {
            assign[e] = a;
            if (distribute(t, n, st, elig, useful, e + 1, remaining - a, assign, visitor)) {
                return true;
            }
        }
        assign[e] = 0;
        return false;
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
