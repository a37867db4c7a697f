package org.qdl.runtime.engine;

/**
 * Unit indices by reference, for the lookup every listed unit of every candidate needs: open addressing over
 * arrays (no entry objects, no boxed indices), at most a quarter full. Immutable once made.
 */
final class RefTable {
    private final String[] keys;
    private final int[] hashes;
    private final int[] values;
    private final int mask;

    RefTable(java.util.Map<String, Integer> index) {
        int size = Integer.highestOneBit(Math.max(4, index.size() * 4 - 1)) << 1;
        keys = new String[size];
        hashes = new int[size];
        values = new int[size];
        mask = size - 1;
        index.forEach((ref, u) -> {
            int h = ref.hashCode();
            int i = spread(h) & mask;
            while (keys[i] != null) {
                i = i + 1 & mask;
            }
            keys[i] = ref;
            hashes[i] = h;
            values[i] = u;
        });
    }

    /** The unit index of a reference, or -1 when no unit has it. */
    int get(String ref) {
        int h = ref.hashCode();
        for (int i = spread(h) & mask;; i = i + 1 & mask) {
            String k = keys[i];
            if (k == null) {
                return -1;
            }
            if (hashes[i] == h && (k == ref || k.equals(ref))) {
                return values[i];
            }
        }
    }

    private static int spread(int h) {
        return h ^ h >>> 16;
    }
}
