package org.qdl.runtime.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.qdl.runtime.result.Advice;
import org.qdl.runtime.result.Shortfall;

/**
 * The minimal completions of a candidate not yet achieved: the sets of {@code k} further units (k the least
 * number that would do) whose addition achieves the qualification. Found by the exact engine, never guessed: a
 * unit is offered only when the qualification, re-solved with it added, needs one unit fewer (or when it takes
 * the place of a unit the nearest combination adds, with exactly the same part in every rule: then the same
 * combination holds with it). A set of k units each of which, added in turn, lowers what is needed by one is a
 * completion, and every completion is such a set; so the depth-first search below finds each completion once
 * (its units in increasing order), each verified by the solve or the exchange that found it.
 *
 * <p>The set of offered units (those in some minimal completion) is always worked out: the shortfalls offer
 * only them. Listing the completions themselves is {@code EvaluationOptions.advise}, bounded in the number found
 * and the number of solves.
 */
final class Completions {
    /** Completions listed at most; beyond, they are counted up to {@link #MOST_COUNTED}. */
    static final int MOST_LISTED = 48;
    static final int MOST_COUNTED = 10_000;
    /** Solves one candidate's advice may take (each at most the candidate's search budget). */
    static final int MOST_SOLVES = 600;
    static final int WAYS_SHOWN = 3;

    /** Per unit index: whether it lies in some minimal completion. */
    private final boolean[] offered;
    private final Advice advice;

    private Completions(boolean[] offered, Advice advice) {
        this.offered = offered;
        this.advice = advice;
    }

    Advice advice() {
        return advice;
    }

    /** The shortfalls with only the units that lie in some minimal completion as options. */
    List<Shortfall> offeredOnly(List<Shortfall> shortfalls, CompiledQualification q) {
        if (offered == null) {
            return shortfalls;
        }
        List<Shortfall> out = null;
        for (int i = 0; i < shortfalls.size(); i++) {
            Shortfall s = shortfalls.get(i);
            // read in order, not by index (a shortfall's options may be a list that is read best so: UnitRefs)
            List<String> offeredOptions = new ArrayList<>(s.options().size());
            for (String option : s.options()) {
                if (offered[q.refTable.get(option)]) {
                    offeredOptions.add(option);
                }
            }
            if (offeredOptions.size() < s.options().size()) {
                if (out == null) {
                    out = new ArrayList<>(shortfalls);
                }
                out.set(i, new Shortfall(s.requirement(), s.kind(), s.units(), s.credits(), offeredOptions, s.grade(),
                        s.points(), s.hours(), s.hoursOf()));
            }
        }
        return out == null ? shortfalls : List.copyOf(out);
    }

    // ----------------------------------------------------------------------------------------- finding them

    /** A state of the search: these units held, the nearest combination of this variant, k units still needed. */
    private record Level(Held held, Variant variant, int[] assignment, int k) {
    }

    static Completions find(Evaluation e, CompiledQualification q, Evaluation.Nearest nearest,
            List<Shortfall> shortfalls, boolean advise) {
        Finder f = new Finder(e, q);
        Level top = new Level(nearest.held(), nearest.variant(), nearest.solution().assignment, nearest.missing());
        boolean[] offered = new boolean[q.units.length];
        // the units the nearest combination adds are in a minimal completion, whatever else is
        for (int u = 0; u < offered.length; u++) {
            offered[u] = !top.held.usable()[u] && top.assignment[u] != Solution.UNUSED;
        }
        List<int[]> found = new ArrayList<>();
        try {
            if (advise) {
                for (Step s : f.steps(top, -1, null)) {
                    offered[s.unit] = true;
                }
                f.enumerate(top, -1, new int[top.k], 0, found);
            } else if (everyUnitOfAnAddedType(q, e, top, offered)) {
                // the commonest case: every unit not held plays the part of one the nearest combination adds
                return ALL_OFFERED;
            } else {
                // only the units the shortfalls name need deciding, and one solve decides every unit of a type
                boolean[] named = new boolean[q.units.length];
                for (Shortfall s : shortfalls) {
                    s.options().forEach(ref -> named[q.refTable.get(ref)] = true);
                }
                for (Step s : f.steps(top, -1, named)) {
                    offered[s.unit] = true;
                }
            }
        } catch (UndecidedException | Finder.Enough ex) {
            // too many ways, or too hard to try them all: what was found stands, marked as not exhaustive
            f.exhaustive = false;
        }
        Advice advice = advise ? Ways.of(q, found, f.counted, f.exhaustive, forCredit(q, e, nearest)) : null;
        return new Completions(offered, advice);
    }

    /** Every unit offered, and no advice: the shortfalls stay as they are. */
    static final Completions ALL_OFFERED = new Completions(null, null);

    /**
     * Whether every unit not held is of the type of a unit the nearest combination adds (a unit closed to the learner
     * is never offered: the shortfalls leave it out).
     */
    private static boolean everyUnitOfAnAddedType(CompiledQualification q, Evaluation e, Level top, boolean[] added) {
        int[] type = q.unitTypes();
        int[] addedTypes = new int[top.k];
        int count = 0;
        for (int v = 0; v < added.length && count < addedTypes.length; v++) {
            if (added[v]) {
                addedTypes[count++] = type[v];
            }
        }
        boolean[] usable = top.held.usable();
        for (int u = 0; u < added.length; u++) {
            if (usable[u] || e.closed(u)) {
                continue;
            }
            boolean found = false;
            for (int i = 0; i < count; i++) {
                found |= addedTypes[i] == type[u];
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Exempt units of the candidate's that the nearest combination takes again for their credit. */
    private static List<String> forCredit(CompiledQualification q, Evaluation e, Evaluation.Nearest nearest) {
        List<String> out = new ArrayList<>(0);
        for (int u : e.exemptUnits(e.own())) {
            if (!nearest.held().usable()[u]) {
                out.add(q.units[u].ref);
            }
        }
        return out;
    }

    /** One unit added to a level, and the level it leads to. */
    private record Step(int unit, Level next) {
    }

    private static final class Finder {
        private final Evaluation e;
        private final CompiledQualification q;
        private int solves;
        long counted;
        boolean exhaustive = true;

        /** Thrown to stop the search once enough is known. */
        static final class Enough extends RuntimeException {
            Enough() {
                super(null, null, false, false);
            }
        }

        Finder(Evaluation e, CompiledQualification q) {
            this.e = e;
            this.q = q;
        }

        /** Every completion that extends {@code prefix} with units after {@code last}. */
        void enumerate(Level level, int last, int[] prefix, int depth, List<int[]> found) {
            if (level.k == 0) {
                counted++;
                if (found.size() < MOST_LISTED) {
                    found.add(prefix.clone());
                }
                if (counted >= MOST_COUNTED) {
                    throw new Enough();
                }
                return;
            }
            for (Step s : steps(level, last, null)) {
                prefix[depth] = s.unit;
                enumerate(s.next, s.unit, prefix, depth + 1, found);
            }
        }

        /**
         * The units after {@code last} (and among {@code only}, when given) whose addition lowers what the level
         * needs by one, in increasing order, each with the level it leads to.
         */
        List<Step> steps(Level level, int last, boolean[] only) {
            int n = q.units.length;
            int[] type = q.unitTypes();
            boolean[] usable = level.held.usable();
            // per type: a unit the nearest combination adds; else the first unit of the type tried, and its level
            int[] addedOfType = new int[n];
            Arrays.fill(addedOfType, -1);
            for (int v = 0; v < n; v++) {
                if (!usable[v] && level.assignment[v] != Solution.UNUSED) {
                    addedOfType[type[v]] = v;
                }
            }
            int[] triedOfType = new int[n];
            Arrays.fill(triedOfType, -1);
            Level[] triedLevel = new Level[n];
            List<Step> out = new ArrayList<>();
            for (int u = last + 1; u < n; u++) {
                // a unit closed to the learner can be neither added nor taken again
                if (usable[u] || only != null && !only[u] || e.closed(u)) {
                    continue;
                }
                int v = level.assignment[u] != Solution.UNUSED ? u : addedOfType[type[u]];
                if (v < 0) {
                    v = replaceable(level, u);
                }
                if (v >= 0) {
                    // u is added by the nearest combination, or plays exactly the part of a unit it adds
                    out.add(new Step(u, only != null ? null : new Level(level.held.adding(u, q.nominalCredit[u]),
                            level.variant, swapped(level.assignment, u, v), level.k - 1)));
                    continue;
                }
                Held next = level.held.adding(u, q.nominalCredit[u]);
                int t = triedOfType[type[u]];
                if (t >= 0) {
                    // a unit of the same type was tried: u does just what it did, in its place
                    Level tried = triedLevel[type[u]];
                    if (tried != null) {
                        out.add(new Step(u, new Level(next, tried.variant, swapped(tried.assignment, u, t),
                                level.k - 1)));
                    }
                    continue;
                }
                triedOfType[type[u]] = u;
                if (++solves > MOST_SOLVES) {
                    throw new Enough();
                }
                Evaluation.Nearest m = e.nearest(next);
                if (m != null && m.missing() == level.k - 1) {
                    Level to = new Level(next, m.variant(), m.solution().assignment, level.k - 1);
                    triedLevel[type[u]] = to;
                    out.add(new Step(u, to));
                }
            }
            return out;
        }

        /**
         * A unit the level's nearest combination adds that u can take the place of, or -1: u is in the rule that
         * claims it (and in each of its inclusions the unit is in, with at least its credit when the rule counts
         * credits), and brings at least as much to every sum with a minimum and at most as much to every sum with a
         * maximum (caps, bars, equivalences). Then the combination with u in its place is valid and adds as many
         * units: u lies in a minimal completion, without a solve.
         */
        private int replaceable(Level level, int u) {
            Requirement[] reqs = level.variant.requirements();
            for (int v = 0; v < level.assignment.length; v++) {
                int r = level.assignment[v];
                if (level.held.usable()[v] || r == Solution.UNUSED) {
                    continue;
                }
                if (r >= 0 && !claimable(reqs[r], u, v)) {
                    continue;
                }
                boolean ok = true;
                for (Requirement q : reqs) {
                    if (!q.hasSum()) {
                        continue;
                    }
                    long wu = q.weight(u, this.q.nominalCredit[u]);
                    long wv = q.weight(v, this.q.nominalCredit[v]);
                    if (q.hi != Requirement.NO_MAX && wu > wv || (q.lo > 0 || q.weights != null) && wu < wv) {
                        ok = false;
                        break;
                    }
                }
                if (ok) {
                    return v;
                }
            }
            return -1;
        }

        private boolean claimable(Requirement r, int u, int v) {
            if (!r.member[u]
                    || r.minCredits > 0 && r.slotAmount(u, q.nominalCredit[u]) < r.slotAmount(v, q.nominalCredit[v])) {
                return false;
            }
            for (Requirement.Inclusion i : r.inclusions) {
                if (i.member()[v] && !i.member()[u]) {
                    return false;
                }
            }
            return true;
        }

        /** The combination with units u and v (of the same type) in each other's places. */
        private static int[] swapped(int[] assignment, int u, int v) {
            if (u == v) {
                return assignment;
            }
            int[] a = assignment.clone();
            a[u] = assignment[v];
            a[v] = assignment[u];
            return a;
        }
    }
}
