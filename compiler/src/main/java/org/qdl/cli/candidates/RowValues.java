package org.qdl.cli.candidates;

import java.util.Arrays;

/**
 * The distinct value tuples of CSV rows — (unit, result, status, date, criterion, rating), each an interned
 * string number — numbered in order of first sight. A class of learners repeats few tuples, so a row is stored
 * as three ints: its candidate, its tuple and its line.
 */
final class RowValues {
    static final int UNIT = 0;
    static final int RESULT = 1;
    static final int STATUS = 2;
    static final int DATE = 3;
    static final int CRITERION = 4;
    static final int RATING = 5;
    static final int ATTEMPT = 6;
    static final int REGISTERED = 7;
    static final int WIDTH = 8;

    private int[] data = new int[WIDTH * 64];
    private int size;
    private int[] slots = new int[128];

    RowValues() {
        Arrays.fill(slots, -1);
    }

    int intern(int[] tuple) {
        int mask = slots.length - 1;
        for (int i = hash(tuple, 0) & mask;; i = (i + 1) & mask) {
            int id = slots[i];
            if (id < 0) {
                if ((size + 1) * WIDTH > data.length) {
                    data = Arrays.copyOf(data, data.length * 2);
                }
                System.arraycopy(tuple, 0, data, size * WIDTH, WIDTH);
                slots[i] = size;
                if (++size * 2 > slots.length) {
                    grow();
                }
                return size - 1;
            }
            if (same(id, tuple)) {
                return id;
            }
        }
    }

    /** Whether tuple {@code id} is {@code tuple}: eight ints compared in a plain loop (see {@link Bytes}). */
    private boolean same(int id, int[] tuple) {
        int at = id * WIDTH;
        for (int f = 0; f < WIDTH; f++) {
            if (data[at + f] != tuple[f]) {
                return false;
            }
        }
        return true;
    }

    int get(int tuple, int field) {
        return data[tuple * WIDTH + field];
    }

    int size() {
        return size;
    }

    private void grow() {
        slots = new int[slots.length * 2];
        Arrays.fill(slots, -1);
        int mask = slots.length - 1;
        for (int id = 0; id < size; id++) {
            int i = hash(data, id * WIDTH) & mask;
            while (slots[i] >= 0) {
                i = (i + 1) & mask;
            }
            slots[i] = id;
        }
    }

    private static int hash(int[] a, int from) {
        int h = 1;
        for (int k = from; k < from + WIDTH; k++) {
            h = h * 0x01000193 ^ a[k];
        }
        h *= 0x9E3779B9;
        return h ^ (h >>> 15);
    }
}
