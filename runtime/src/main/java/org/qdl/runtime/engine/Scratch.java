package org.qdl.runtime.engine;

/**
 * Working memory one thread reuses from one evaluation of a qualification to the next, sized once for the
 * qualification: per unit whether it is usable and how it was listed ({@link Judgement}). An evaluation takes it
 * whole, and gives it back clean (only the entries of the units it listed are cleared); nothing of it outlives the
 * evaluation (the result copies what it keeps).
 */
final class Scratch {
    /** Per unit: usable in this evaluation (all false between evaluations). */
    final boolean[] usable;
    /** Per unit: how it was listed (all 0 between evaluations). */
    final byte[] flags;
    /** Where a result's lists are gathered before they are made ({@link #items}). */
    static final int COUNTED = 0;
    static final int SURPLUS = 1;
    static final int CERTIFICATE = 2;
    static final int UNIT_RESULTS = 3;
    static final int SHORTFALLS = 4;
    static final int OPTIONS = 5;
    static final int NOT_COUNTED = 6;
    private final Object[][] items = {new Object[16], new Object[16], new Object[16], new Object[16], new Object[16],
        new Object[16], new Object[16]};
    /** The shortfalls' tallies per rule ({@code Shortfalls}): how many units, and what they bring, all and own. */
    private final int[][] counts = {new int[16], new int[16]};
    private final long[][] sums = {new long[16], new long[16]};
    /**
     * The matching's working memory ({@code FlowSolver}): one array serves every solve of the thread, as a solve never
     * calls another; it grows as needed.
     */
    int[] matching = new int[64];
    /** The thread's matching solver, which takes up one problem at a time (a solve never calls another). */
    final FlowSolver solver = new FlowSolver();
    /** Per slot, the positions that can fill it, as bits ({@code FlowSolver}'s, for a problem over some units). */
    private long[] pools = new long[16];
    /**
     * Whether matching may work on bits (a problem of at most 64 positions): always, but where a test compares the two
     * ways (both make the same moves, so give the same results).
     */
    boolean bitSets = true;
    /**
     * One assignment over every unit ({@code FlowSolver}'s, which becomes its solution's): lent to the first solve of
     * an evaluation over every unit (the nearest combination's), which keeps it until the evaluation ends; later solves
     * make their own. Nothing of a solution outlives the evaluation (the result copies what it keeps).
     */
    private final int[] assignment;
    private boolean assignmentLent;
    /** Likewise the virtual marks of the evaluation's first nearest combination (which units are not held). */
    private final boolean[] virtual;
    private boolean virtualLent;
    private boolean taken;
    /** The units the evaluation listed: their entries to clear when it gives the memory back. */
    private int[] listed;

    Scratch(int units) {
        this.usable = new boolean[units];
        this.flags = new byte[units];
        this.assignment = new int[units];
        this.virtual = new boolean[units];
    }

    /** Takes the memory for an evaluation; false when an evaluation on this thread holds it already. */
    boolean take() {
        if (taken) {
            return false;
        }
        taken = true;
        return true;
    }

    /**
     * Room for {@code size} items of one of a result's lists, to be gathered and then made into the list (which
     * copies them): what it held before is overwritten, never read.
     */
    Object[] items(int which, int size) {
        if (items[which].length < size) {
            items[which] = new Object[Math.max(size, 2 * items[which].length)];
        }
        return items[which];
    }

    /** Likewise, keeping the items gathered so far when it grows. */
    Object[] grown(int which, int size) {
        if (items[which].length < size) {
            items[which] = java.util.Arrays.copyOf(items[which], Math.max(size, 2 * items[which].length));
        }
        return items[which];
    }

    /** Room for {@code size} counts of one kind (0 or 1), zeroed. */
    int[] counts(int which, int size) {
        if (counts[which].length < size) {
            counts[which] = new int[Math.max(size, 2 * counts[which].length)];
        } else {
            java.util.Arrays.fill(counts[which], 0, size, 0);
        }
        return counts[which];
    }

    /** Room for {@code size} sums of one kind (0 or 1), zeroed. */
    long[] sums(int which, int size) {
        if (sums[which].length < size) {
            sums[which] = new long[Math.max(size, 2 * sums[which].length)];
        } else {
            java.util.Arrays.fill(sums[which], 0, size, 0L);
        }
        return sums[which];
    }

    /** Room for {@code size} slots' pools, zeroed. */
    long[] pools(int size) {
        if (pools.length < size) {
            pools = new long[Math.max(size, 2 * pools.length)];
        } else {
            java.util.Arrays.fill(pools, 0, size, 0L);
        }
        return pools;
    }

    /**
     * An array of {@code size} for a solve's assignment, zeros when {@code zeroed} (else the thread's own may hold what
     * it held before): the thread's own when it is over every unit and not lent already in this evaluation, else a new
     * one.
     */
    int[] assignment(int size, boolean zeroed) {
        if (assignmentLent || size != assignment.length) {
            return new int[size];
        }
        assignmentLent = true;
        if (zeroed) {
            java.util.Arrays.fill(assignment, 0);
        }
        return assignment;
    }

    /** A copy of {@code every} (a mark per unit, all true): the thread's own when not lent already, else a new one. */
    boolean[] virtualMarks(boolean[] every) {
        if (virtualLent || every.length != virtual.length) {
            return every.clone();
        }
        virtualLent = true;
        System.arraycopy(every, 0, virtual, 0, every.length);
        return virtual;
    }

    /** The units listed, whose entries {@link #release} clears. */
    void listed(int[] units) {
        this.listed = units;
    }

    /** Gives the memory back, clean. */
    void release() {
        if (listed != null) {
            for (int u : listed) {
                usable[u] = false;
                flags[u] = 0;
            }
            listed = null;
        }
        // the gathered items are left: overwritten before they are read, and only units' records and references
        assignmentLent = false;
        virtualLent = false;
        taken = false;
    }
}
