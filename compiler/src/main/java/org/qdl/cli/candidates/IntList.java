package org.qdl.cli.candidates;

import java.util.Arrays;

/**
 * A growable list of ints: one per CSV row, without a boxed Integer each. Kept in blocks of 4 Ki ints, so that
 * growing to millions of rows never copies what is already there. Small blocks, so that a new one is begun within the
 * first few thousand rows, while the JIT is still profiling the reader, and room for a thousand of them from the
 * start: the optimising compiler turns a path it never saw taken into a trap, and the first block (or list of blocks)
 * grown after that would send the whole reading loop back to the interpreter.
 */
final class IntList {
    private static final int BITS = 12;
    private static final int BLOCK = 1 << BITS;

    private int[][] blocks = new int[1024][];
    private int[] last;
    private int size;

    void add(int v) {
        int offset = size & (BLOCK - 1);
        if (offset == 0) {
            int block = size >>> BITS;
            if (block == blocks.length) {
                blocks = Arrays.copyOf(blocks, block * 2);
            }
            last = new int[BLOCK];
            blocks[block] = last;
        }
        last[offset] = v;
        size++;
    }

    int get(int i) {
        return blocks[i >>> BITS][i & (BLOCK - 1)];
    }

    /** A list of {@code n} zeros, to be set in any order. */
    static IntList zeros(int n) {
        IntList out = new IntList();
        int count = (n + BLOCK - 1) >>> BITS;
        out.blocks = new int[Math.max(1, count)][];
        for (int b = 0; b < count; b++) {
            out.blocks[b] = new int[BLOCK];
        }
        out.last = count == 0 ? null : out.blocks[count - 1];
        out.size = n;
        return out;
    }

    void set(int i, int v) {
        blocks[i >>> BITS][i & (BLOCK - 1)] = v;
    }

    int size() {
        return size;
    }
}
