package org.qdl.cli.candidates;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The strings of one column's fields, each made once per distinct sequence of bytes: a class of learners repeats
 * the same unit codes, results and dates millions of times, and the same string each time is then hashed once and
 * interned by identity. Holds at most {@link #MOST} strings; a column of values that do not repeat (names, say)
 * stops being remembered once full, and its fields are made as they come.
 */
final class FieldStrings {
    private static final int MOST = 1 << 14;

    private byte[] bytes = new byte[1 << 10];
    private int used;
    private int[] start = new int[64];
    private int[] length = new int[64];
    private String[] strings = new String[64];
    /** Per string: a number its user gives it (its value's, in a part), -1 until given. */
    private int[] numbers = new int[64];
    private int size;
    /** The entry {@link #of} last gave, or -1 when the string it gave is not remembered. */
    private int last = -1;
    /** Open addressing: an entry's number + 1, or 0 for an empty slot; its hash beside it. */
    private int[] slots = new int[128];
    private int[] hashes = new int[128];

    /** The text of {@code text[from, to)}, UTF-8 ({@code ascii}: every byte below 0x80). */
    String of(byte[] text, int from, int to, boolean ascii) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + text[i];
        }
        h ^= h >>> 16;
        int mask = slots.length - 1;
        int n = to - from;
        int i = h & mask;
        for (int e = slots[i]; e != 0; i = (i + 1) & mask, e = slots[i]) {
            int k = e - 1;
            if (hashes[i] == h && length[k] == n && Bytes.same(bytes, start[k], text, from, n)) {
                last = k;
                return strings[k];
            }
        }
        String s = make(text, from, to, ascii);
        last = -1;
        if (size < MOST) {
            last = size;
            remember(s, text, from, n, h, i);
        }
        return s;
    }

    /** The number given to the string {@link #of} last gave: -1 when none was, or it is not remembered. */
    int lastNumber() {
        return last < 0 ? -1 : numbers[last];
    }

    /** Gives the string {@link #of} last gave (a remembered one) a number. */
    void numberLast(int number) {
        numbers[last] = number;
    }

    /** Whether the string {@link #of} last gave is remembered, so may be given a number. */
    boolean lastRemembered() {
        return last >= 0;
    }

    static String make(byte[] text, int from, int to, boolean ascii) {
        return new String(text, from, to - from, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    private void remember(String s, byte[] text, int from, int n, int h, int slot) {
        if (used + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + n));
        }
        System.arraycopy(text, from, bytes, used, n);
        if (size == strings.length) {
            start = Arrays.copyOf(start, size * 2);
            length = Arrays.copyOf(length, size * 2);
            strings = Arrays.copyOf(strings, size * 2);
            numbers = Arrays.copyOf(numbers, size * 2);
        }
        numbers[size] = -1;
        start[size] = used;
        length[size] = n;
        strings[size] = s;
        used += n;
        slots[slot] = ++size;
        hashes[slot] = h;
        if (size * 2 > slots.length) {
            grow();
        }
    }

    private void grow() {
        int[] oldSlots = slots;
        int[] oldHashes = hashes;
        slots = new int[oldSlots.length * 2];
        hashes = new int[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int j = 0; j < oldSlots.length; j++) {
            if (oldSlots[j] != 0) {
                int i = oldHashes[j] & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = oldSlots[j];
                hashes[i] = oldHashes[j];
            }
        }
    }
}
