package org.qdl.cli.candidates;

import java.util.Arrays;

/**
 * Gives each distinct string a small number, in order of first sight, so that millions of CSV rows that repeat
 * the same unit references and labels are stored as ints. Open addressing; not thread-safe (it is filled by the
 * one reading thread and only read afterwards).
 */
final class Interner {
    private String[] byId = new String[16];
    private int size;
    private int[] slots = new int[32];
    private int[] slotHashes = new int[32];

    Interner() {
        Arrays.fill(slots, -1);
    }

    /** The number of the string, giving it the next one when it is new. */
    int intern(String s) {
        int h = spread(s.hashCode());
        int mask = slots.length - 1;
        for (int i = h & mask;; i = (i + 1) & mask) {
            int id = slots[i];
            if (id < 0) {
                if (size == byId.length) {
                    byId = Arrays.copyOf(byId, size * 2);
                }
                byId[size] = s;
                slots[i] = size;
                slotHashes[i] = h;
                if (++size * 2 > slots.length) {
                    grow();
                }
                return size - 1;
            }
            if (slotHashes[i] == h && byId[id].equals(s)) {
                return id;
            }
        }
    }

    String get(int id) {
        return byId[id];
    }

    int size() {
        return size;
    }

    private void grow() {
        int[] oldSlots = slots;
        int[] oldHashes = slotHashes;
        slots = new int[oldSlots.length * 2];
        slotHashes = new int[oldSlots.length * 2];
        Arrays.fill(slots, -1);
        int mask = slots.length - 1;
        for (int j = 0; j < oldSlots.length; j++) {
            if (oldSlots[j] >= 0) {
                int i = oldHashes[j] & mask;
                while (slots[i] >= 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = oldSlots[j];
                slotHashes[i] = oldHashes[j];
            }
        }
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
