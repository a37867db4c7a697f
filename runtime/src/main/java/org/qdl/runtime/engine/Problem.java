package org.qdl.runtime.engine;

import java.util.Arrays;

/**
 * One question for a solver: which of these units to count, and for which requirement, so that every
 * requirement holds and the objective is as large as possible. Units marked virtual are not achieved: the
 * solver may use them (to work out what is missing) at the cost the objective gives them.
 */
final class Problem {
    final Requirement[] requirements;
    /** Candidate units by unit index, in increasing order. */
    final int[] units;
    final boolean[] virtual;
    /** Per unit index: the credit it brings for this candidate (exempt units bring none). */
    final long[] credit;
    /** What counting an achieved unit is worth when nothing else makes it worth more. */
    static final long PER_UNIT = 1;
    /** What counting a virtual unit costs: more than any number of achieved units is worth. */
    static final long VIRTUAL_COST = 1L << 20;

    /**
     * Per position in {@link #units}: what counting the unit is worth; null for {@link #PER_UNIT} for an achieved
     * unit and minus {@link #VIRTUAL_COST} for a virtual one. An achieved unit is worth something (at least 0); a
     * virtual unit costs (less than 0) more than all achieved units together are worth.
     */
    private final long[] value;
    /** Stop at the first valid combination instead of looking for the best one. */
    final boolean anyWillDo;
    private FlowPlan plan;
    private int[] achieved;
    private int[] missing;
    /** The virtual positions as the bits of a word (at most 64 positions), once known. */
    private long virtualBits;
    private boolean virtualBitsKnown;

    Problem(Requirement[] requirements, int[] units, boolean[] virtual, long[] credit, long[] value, boolean anyWillDo) {
        this(requirements, null, units, virtual, credit, value, anyWillDo);
    }

    /** A problem over requirements whose matching plan is already known (a variant's). */
    Problem(Requirement[] requirements, FlowPlan plan, int[] units, boolean[] virtual, long[] credit, long[] value,
            boolean anyWillDo) {
        this.requirements = requirements;
        this.plan = plan;
        this.units = units;
        this.virtual = virtual;
        this.credit = credit;
        this.value = value;
        this.anyWillDo = anyWillDo;
    }

    /** Positions of the achieved (not virtual) units, in increasing order. */
    int[] achievedPositions() {
        if (achieved == null) {
            int[] out = new int[virtual.length + 1];
            int k = 0;
            for (int i = 0; i < virtual.length; i++) {
                out[k] = i;
                k += virtual[i] ? 0 : 1;
            }
            achieved = Arrays.copyOf(out, k);
        }
        return achieved;
    }

    /** Positions of the virtual units, in increasing order: those between the achieved ones. */
    int[] virtualPositions() {
        if (missing == null) {
            int[] achievedAt = achievedPositions();
            int[] out = new int[virtual.length - achievedAt.length];
            int k = 0;
            int from = 0;
            for (int a = 0; a <= achievedAt.length; a++) {
                int to = a < achievedAt.length ? achievedAt[a] : virtual.length;
                for (int i = from; i < to; i++) {
                    out[k++] = i;
                }
                from = to + 1;
            }
            missing = out;
        }
        return missing;
    }

    /**
     * The virtual positions as the bits of a word, lowest position lowest; only for a problem of at most 64 positions.
     */
    long virtualBits() {
        if (!virtualBitsKnown) {
            long bits = 0;
            for (int i = 0; i < virtual.length; i++) {
                bits |= virtual[i] ? 1L << i : 0L;
            }
            virtualBits = bits;
            virtualBitsKnown = true;
        }
        return virtualBits;
    }

    /** Gives the virtual positions as bits (see {@link #virtualBits}) when the caller knows them already. */
    Problem withVirtualBits(long bits) {
        this.virtualBits = bits;
        this.virtualBitsKnown = true;
        return this;
    }

    /** Gives the achieved positions when the caller knows them already. */
    Problem withAchievedPositions(int[] positions) {
        this.achieved = positions;
        return this;
    }

    /** The same question over other requirements at the same positions (a solution means the same in both). */
    Problem withRequirements(Requirement[] others) {
        Problem p = new Problem(others, null, units, virtual, credit, value, anyWillDo).withAchievedPositions(achieved);
        p.virtualBits = virtualBits;
        p.virtualBitsKnown = virtualBitsKnown;
        return p;
    }

    /** Whether every achieved unit is worth {@link #PER_UNIT} and every virtual one costs {@link #VIRTUAL_COST}. */
    boolean unitsValuedAlike() {
        return value == null;
    }

    long value(int position) {
        return value != null ? value[position] : virtual[position] ? -VIRTUAL_COST : PER_UNIT;
    }

    /** The matching plan when known already (a variant's, or worked out), else null: never works it out. */
    FlowPlan knownPlan() {
        return plan;
    }

    FlowPlan plan() {
        if (plan == null) {
            plan = FlowPlan.of(requirements, credit.length);
        }
        return plan;
    }
}
