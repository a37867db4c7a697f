package org.qdl.runtime.engine;

import java.util.List;
import org.qdl.runtime.ir.IrRule;
import org.qdl.runtime.result.Counted;
import org.qdl.runtime.result.Shortfall;

/**
 * A rule of combination as the solvers see it.
 *
 * <p>An <em>assigned</em> requirement (a slot) takes units for itself: its minimums ({@link #minUnits},
 * {@link #minCredits}, {@link #inclusions}) are met by units assigned to it, and a unit is assigned to at most
 * one slot. Every requirement also bounds a sum over <em>all</em> counted units: each counted unit of the
 * requirement's pool adds 1 (or its credit, when {@link #measuresCredits}), or the explicit weight given, and
 * the sum must lie within [{@link #lo}, {@link #hi}]. That is how totals, level rules, caps, barred units and
 * equivalent units are said, and how grade conditions are added for one candidate.
 *
 * <p>A requirement on hours ({@link #amounts}: guided learning hours or total qualification time) counts each
 * unit's own hours wherever a credit requirement counts its credit: toward {@link #minCredits} when assigned, and in
 * its sum.
 */
final class Requirement {
    static final long NO_MAX = Long.MAX_VALUE;

    final String id;
    /** What a unit counted for this requirement counts for: a rule, or an equivalence class. */
    final Counted.Kind kind;
    final List<String> groups;
    final boolean further;
    /** Units the requirement looks at, by unit index. */
    final boolean[] member;
    final int[] pool;
    /** The pool as the bits of a word (unit u at bit u) when the qualification has at most 64 units; else 0. */
    final long poolBits;
    /**
     * One more unit from all of the pool, the shortfall of every learner who holds none of it: made once when the
     * qualification is compiled (before it is shared), null for a requirement made for one evaluation.
     */
    Shortfall oneMore;
    final boolean assigned;
    final int minUnits;
    final long minCredits;
    final Inclusion[] inclusions;
    final boolean measuresCredits;
    /** Explicit per-unit weights (grade conditions), or null to count units or credits of the pool. */
    final long[] weights;
    final long lo;
    final long hi;
    /**
     * Per unit index, what the unit brings to this requirement's minimum and sum in place of its credit (its GLH or
     * TQT, in the credit unit's scale), or null when the requirement counts units or credits.
     */
    final long[] amounts;
    /** Which hours {@link #amounts} holds, or null. */
    final Shortfall.Hours hoursOf;
    /**
     * Only units graded so count for it ("a pass in at least 105 credits"), or null. The compiled requirement's
     * members are the units that can be graded so at all; each evaluation narrows them to the candidate's units
     * graded so ({@link #forGrades}), a unit not held staying in as it could still be achieved at that grade.
     */
    final Graded graded;
    /** Whether some unit takes the sum down: then even a minimum of 0 constrains. */
    private final boolean signed;
    /**
     * Only units passed, or only those counted but not passed, for one candidate (null: any unit of the pool);
     * {@link #member} is then the pool for the candidate, {@code unfiltered} the pool before its units' outcomes.
     */
    final IrRule.Outcome outcome;
    private final boolean[] unfiltered;

    /** A grade a unit must have, compared in the order of the unit's own grades. */
    record Graded(String label, Direction direction) {
    }

    Requirement(String id, Counted.Kind kind, List<String> groups, boolean further, boolean[] member, boolean assigned,
            int minUnits, long minCredits, Inclusion[] inclusions, boolean measuresCredits, long[] weights, long lo,
            long hi) {
        this(id, kind, groups, further, member, assigned, minUnits, minCredits, inclusions, measuresCredits, weights, lo,
                hi, null, null);
    }

    Requirement(String id, Counted.Kind kind, List<String> groups, boolean further, boolean[] member, boolean assigned,
            int minUnits, long minCredits, Inclusion[] inclusions, boolean measuresCredits, long[] weights, long lo,
            long hi, Shortfall.Hours hoursOf, long[] amounts) {
        this(id, kind, groups, further, member, assigned, minUnits, minCredits, inclusions, measuresCredits, weights, lo,
                hi, hoursOf, amounts, null, null, member);
    }

    private Requirement(String id, Counted.Kind kind, List<String> groups, boolean further, boolean[] member,
            boolean assigned, int minUnits, long minCredits, Inclusion[] inclusions, boolean measuresCredits,
            long[] weights, long lo, long hi, Shortfall.Hours hoursOf, long[] amounts, Graded graded,
            IrRule.Outcome outcome, boolean[] unfiltered) {
        this.outcome = outcome;
        this.unfiltered = unfiltered;
        this.id = id;
        this.graded = graded;
        this.amounts = amounts;
        this.hoursOf = hoursOf;
        this.kind = kind;
        this.groups = List.copyOf(groups);
        this.further = further;
        this.member = member;
        this.pool = indices(member);
        long bits = 0;
        for (int i = 0; member.length <= Long.SIZE && i < pool.length; i++) {
            bits |= 1L << pool[i];
        }
        this.poolBits = bits;
        this.assigned = assigned;
        this.minUnits = minUnits;
        this.minCredits = minCredits;
        this.inclusions = inclusions;
        this.measuresCredits = measuresCredits;
        this.weights = weights;
        this.lo = lo;
        this.hi = hi;
        this.signed = weights != null && java.util.Arrays.stream(weights).anyMatch(w -> w < 0);
    }

    /** A requirement over every counted unit with explicit weights, for one evaluation. */
    static Requirement sum(String id, long[] weights, long lo, long hi) {
        boolean[] member = new boolean[weights.length];
        for (int i = 0; i < weights.length; i++) {
            member[i] = weights[i] != 0;
        }
        return new Requirement(id, Counted.Kind.RULE, List.of(), false, member, false, 0, 0, new Inclusion[0], false, weights, lo,
                hi);
    }

    /** The same requirement with no maximum, for a candidate whose units can never reach it. */
    Requirement withoutMaximum() {
        return new Requirement(id, kind, groups, further, member, assigned, minUnits, minCredits, inclusions,
                measuresCredits, weights, lo, NO_MAX, hoursOf, amounts, graded, outcome, unfiltered);
    }

    /** The same requirement with no minimum on its sum (what is short of it is then measured, not required). */
    Requirement withoutMinimum() {
        return new Requirement(id, kind, groups, further, member, assigned, minUnits, minCredits, inclusions,
                measuresCredits, weights, 0, hi, hoursOf, amounts, graded, outcome, unfiltered);
    }

    /** The same requirement counting only units graded so, among those {@code member} keeps. */
    Requirement onlyGraded(Graded g, boolean[] member) {
        return new Requirement(id, kind, groups, further, member, assigned, minUnits, minCredits, inclusions,
                measuresCredits, weights, lo, hi, hoursOf, amounts, g, outcome, outcome == null ? member : unfiltered);
    }

    /**
     * For one candidate: a requirement on graded units keeps, of its members, the units the candidate holds graded
     * so ({@code gradedSo}) and those not held ({@code held} false), which could still be achieved at that grade.
     */
    Requirement forGrades(boolean[] held, boolean[] gradedSo) {
        boolean[] m = member.clone();
        for (int u = 0; u < m.length; u++) {
            m[u] &= !held[u] | gradedSo[u];
        }
        return onlyGraded(graded, m);
    }

    /** The same requirement over only the units passed, or only those counted but not passed. */
    Requirement keeping(IrRule.Outcome kept) {
        return new Requirement(id, kind, groups, further, member, assigned, minUnits, minCredits, inclusions,
                measuresCredits, weights, lo, hi, hoursOf, amounts, graded, kept, member);
    }

    /**
     * The requirement for one candidate's units: with an outcome, its pool keeps the units it is about, given which
     * units count without being passed (a unit not held is passed when it is added); otherwise itself.
     */
    Requirement judged(boolean[] notPassed) {
        if (outcome == null) {
            return this;
        }
        boolean wanted = outcome == IrRule.Outcome.NOT_PASSED;
        boolean[] kept = new boolean[unfiltered.length];
        for (int u = 0; u < kept.length; u++) {
            // a rule on graded units as well keeps of them only those graded so (its members for the candidate)
            kept[u] = unfiltered[u] && notPassed[u] == wanted && (graded == null || member[u]);
        }
        return new Requirement(id, kind, groups, further, kept, assigned, minUnits, minCredits, inclusions,
                measuresCredits, weights, lo, hi, hoursOf, amounts, graded, outcome, unfiltered);
    }

    boolean hasSum() {
        return lo > 0 || hi != NO_MAX || signed;
    }

    boolean hasDemand() {
        return assigned && (minUnits > 0 || minCredits > 0 || inclusions.length > 0);
    }

    /** What a counted unit adds to the sum, given its credit for this candidate. */
    long weight(int unit, long credit) {
        if (weights != null) {
            return weights[unit];
        }
        if (!member[unit]) {
            return 0;
        }
        if (amounts != null) {
            return amounts[unit];
        }
        return measuresCredits ? credit : 1;
    }

    /**
     * A unit counted for this requirement, as the result says it: the same record for every candidate, so made once
     * per unit (lazily; a race only makes one twice, and records are safely published).
     */
    Counted counted(int unit, String ref) {
        Counted[] known = countedAs;
        if (known == null) {
            if (member.length > MOST_REMEMBERED) {
                return new Counted(ref, id, kind);
            }
            known = new Counted[member.length];
            countedAs = known;
        }
        Counted c = known[unit];
        if (c == null) {
            c = new Counted(ref, id, kind);
            known[unit] = c;
        }
        return c;
    }

    /** Counted records are remembered for qualifications up to this many units (a reference an entry). */
    private static final int MOST_REMEMBERED = 4096;
    private Counted[] countedAs;

    /** What a unit assigned to this requirement brings to {@link #minCredits}: its credit, or its hours. */
    long slotAmount(int unit, long credit) {
        return amounts != null ? amounts[unit] : credit;
    }

    /** Whether the requirement sums a measure of the units (credits or hours) rather than counting them. */
    boolean weighs() {
        return measuresCredits || amounts != null;
    }

    private static int[] indices(boolean[] member) {
        int n = 0;
        for (boolean b : member) {
            if (b) {
                n++;
            }
        }
        int[] out = new int[n];
        int j = 0;
        for (int i = 0; i < member.length; i++) {
            if (member[i]) {
                out[j++] = i;
            }
        }
        return out;
    }

    /** At least {@code min} of the units must be assigned to the requirement ("including 4427-301"). */
    record Inclusion(boolean[] member, int min) {
    }
}
