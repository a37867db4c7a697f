package org.qdl.cli.candidates;

import java.util.Arrays;
import java.util.Locale;

/**
 * The candidate ids of a part of a CSV file, numbered in order of first sight, kept as text in one array rather than
 * as a string each: a million learners are then a few arrays, not two million objects that every collection made
 * while the file is read must trace and copy. An id's string is made again when asked for ({@link #get}), by the
 * worker that builds its learner. Each id is kept as Latin-1 bytes when every character allows, else as UTF-16
 * (a negative length says which), so that any string, half a surrogate pair included, comes back as it went in.
 * Open addressing; filled by one thread, then only read (by any number).
 */
final class IdTable {
    private byte[] text = new byte[1 << 10];
    private int used;
    private int[] start = new int[16];
    /** Characters; negative when kept as UTF-16. */
    private int[] length = new int[16];
    private int[] hash = new int[16];
    private int size;
    private int[] slots = new int[32];

    IdTable() {
        Arrays.fill(slots, -1);
    }

    /** The number of the id, giving it the next one when it is new. */
    int intern(String id) {
        int h = id.hashCode();
        int mask = slots.length - 1;
        for (int i = spread(h) & mask;; i = (i + 1) & mask) {
            int k = slots[i];
            if (k < 0) {
                add(id, h);
                slots[i] = size - 1;
                if (size * 2 > slots.length) {
                    grow();
                }
                return size - 1;
            }
            if (hash[k] == h && is(k, id)) {
                return k;
            }
        }
    }

    /**
     * Some bits of the ids' hashes, sixteen bits an id: an id whose bit is not set is not here, which one read of a
     * small array says, where the table itself is as large as the part and a look into it a miss in the cache (the ids
     * of one part are looked up in every earlier part's when a file is read on few threads: nearly all are not there).
     * Null until {@link #seal}.
     */
    private long[] filter;

    /** Readies the table, all of whose ids are in, for {@link #find}. */
    void seal() {
        int bits = Integer.highestOneBit(Math.max(64, size * 16 - 1)) << 1;
        long[] f = new long[bits >>> 6];
        for (int k = 0; k < size; k++) {
            int b = filterBit(hash[k]) & (bits - 1);
            f[b >>> 6] |= 1L << b;
        }
        filter = f;
    }

    /** A bit for a hash, mixed otherwise than its slot ({@link #spread}), so that ids in one slot part in the filter. */
    private static int filterBit(int h) {
        h *= 0x85EBCA6B;
        return h ^ (h >>> 13);
    }

    /** The number here of id {@code k} of {@code other}, or -1: without making its string. */
    int find(IdTable other, int k) {
        int h = other.hash[k];
        long[] f = filter;
        if (f != null) {
            int b = filterBit(h) & ((f.length << 6) - 1);
            if ((f[b >>> 6] & 1L << b) == 0) {
                return -1;
            }
        }
        int mask = slots.length - 1;
        for (int i = spread(h) & mask;; i = (i + 1) & mask) {
            int j = slots[i];
            if (j < 0) {
                return -1;
            }
            if (hash[j] == h && length[j] == other.length[k]
                    && Bytes.same(text, start[j], other.text, other.start[k], bytes(j))) {
                return j;
            }
        }
    }

    /** The hash of id {@code k} ({@code String.hashCode}). */
    int hash(int k) {
        return hash[k];
    }

    /** Whether id i of {@code a} and id j of {@code b} are the same, without making their strings. */
    static boolean same(IdTable a, int i, IdTable b, int j) {
        return a.hash[i] == b.hash[j] && a.length[i] == b.length[j]
                && Bytes.same(a.text, a.start[i], b.text, b.start[j], a.bytes(i));
    }

    /** Id {@code k}, as it was given. */
    String get(int k) {
        int n = length[k];
        if (n >= 0) {
            return new String(text, start[k], n, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[-n];
        for (int i = 0, b = start[k]; i < chars.length; i++, b += 2) {
            chars[i] = (char) ((text[b] & 0xFF) << 8 | text[b + 1] & 0xFF);
        }
        return new String(chars);
    }

    /** The hash of id {@code k} lowered ({@code toLowerCase(Locale.ROOT)}), without making it for an ASCII id. */
    int foldedHash(int k) {
        int n = length[k];
        if (n < 0) {
            return get(k).toLowerCase(Locale.ROOT).hashCode();
        }
        int h = 0;
        for (int i = start[k], end = start[k] + n; i < end; i++) {
            int c = text[i] & 0xFF;
            if (c >= 0x80) {
                return get(k).toLowerCase(Locale.ROOT).hashCode();
            }
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return h;
    }

    int size() {
        return size;
    }

    /** Whether some id has an ASCII lower-case letter, an ASCII capital, a character beyond ASCII. */
    private boolean lower;
    private boolean upper;
    private boolean beyondAscii;

    /**
     * Whether two of the tables' ids may differ only in case. Not when every id is ASCII and none has a lower-case
     * letter, or none a capital (as a class's ids nearly always are, `S001`, `l0042`, `123456`): lowering is then one
     * to one, so two ids that lower alike are the same id.
     */
    static boolean mayDifferOnlyInCase(java.util.List<IdTable> tables) {
        boolean lower = false;
        boolean upper = false;
        for (IdTable t : tables) {
            if (t.beyondAscii) {
                return true;
            }
            lower |= t.lower;
            upper |= t.upper;
        }
        return lower && upper;
    }

    private int bytes(int k) {
        return length[k] >= 0 ? length[k] : -2 * length[k];
    }

    private boolean is(int k, String id) {
        int n = length[k];
        int chars = n >= 0 ? n : -n;
        if (chars != id.length()) {
            return false;
        }
        int b = start[k];
        for (int i = 0; i < chars; i++) {
            char c = n >= 0 ? (char) (text[b + i] & 0xFF) : (char) ((text[b + 2 * i] & 0xFF) << 8 | text[b + 2 * i + 1] & 0xFF);
            if (c != id.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void add(String id, int h) {
        filter = null; // an id added after the seal would not be in it
        int n = id.length();
        boolean latin1 = true;
        for (int i = 0; i < n; i++) {
            char c = id.charAt(i);
            latin1 &= c < 0x100;
            lower |= c >= 'a' && c <= 'z';
            upper |= c >= 'A' && c <= 'Z';
            beyondAscii |= c >= 0x80;
        }
        int need = latin1 ? n : 2 * n;
        if (used + need > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, used + need));
        }
        if (size == start.length) {
            start = Arrays.copyOf(start, size * 2);
            length = Arrays.copyOf(length, size * 2);
            hash = Arrays.copyOf(hash, size * 2);
        }
        if (latin1) {
            for (int i = 0; i < n; i++) {
                text[used + i] = (byte) id.charAt(i);
            }
        } else {
            for (int i = 0; i < n; i++) {
                char c = id.charAt(i);
                text[used + 2 * i] = (byte) (c >> 8);
                text[used + 2 * i + 1] = (byte) c;
            }
        }
        start[size] = used;
        length[size] = latin1 ? n : -n;
        hash[size] = h;
        used += need;
        size++;
    }

    private void grow() {
        slots = new int[slots.length * 2];
        Arrays.fill(slots, -1);
        int mask = slots.length - 1;
        for (int k = 0; k < size; k++) {
            int i = spread(hash[k]) & mask;
            while (slots[i] >= 0) {
                i = (i + 1) & mask;
            }
            slots[i] = k;
        }
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
