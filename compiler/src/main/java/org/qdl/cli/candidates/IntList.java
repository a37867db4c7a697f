package org.qdl.cli.candidates;

import java.util.Arrays;

/** A growable array of ints: one per CSV row, without a boxed Integer each. */
final class IntList {
    private int[] values = new int[1024];
    private int size;

    void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1));
        }
        values[size++] = v;
    }

    int get(int i) {
        return values[i];
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }

    int size() {
        return size;
    }
}
