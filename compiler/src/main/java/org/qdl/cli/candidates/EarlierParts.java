package org.qdl.cli.candidates;

import java.util.Arrays;
import java.util.List;

/**
 * Which candidates of each part of a file an earlier part has, and where they first appear, for a file read on many
 * threads. Looking each part's ids up in every earlier part's has the last part's thread look up about as many ids as
 * the file has candidates: with many threads, a stage of one thread that grows with the input (and a file read on 16
 * threads comes in 20 to 30 parts). Here the ids are shared out into buckets by their hashes: each part sorts its own
 * into the buckets ({@link #sort}, a thread a part), then each bucket is matched across all the parts in file order
 * ({@link #match}, a thread a bucket), so that each id is looked at once.
 */
final class EarlierParts {
    private final List<IdTable> parts;
    /** The number of each part's first id among all the parts' ids (and, last, of all of them). */
    private final int[] base;
    /** Per part, per id: the number among all the parts' ids of the id's first sight (its own when it is the first). */
    private final int[][] firstSight;
    /** Per part: its ids in order of bucket, and where each bucket's begin (and, last, end). */
    private final int[][] byBucket;
    private final int[][] bucketStart;
    private final int buckets;

    EarlierParts(List<IdTable> parts, int buckets) {
        this.parts = parts;
        this.buckets = buckets;
        int k = parts.size();
        base = new int[k + 1];
        firstSight = new int[k][];
        byBucket = new int[k][];
        bucketStart = new int[k][];
        for (int p = 0; p < k; p++) {
            base[p + 1] = Math.addExact(base[p], parts.get(p).size());
        }
    }

    /** Sorts part p's ids into the buckets. The parts may be sorted at once, each on a thread of its own. */
    void sort(int p) {
        IdTable ids = parts.get(p);
        int n = ids.size();
        int[] start = new int[buckets + 1];
        for (int c = 0; c < n; c++) {
            start[bucket(ids.hash(c)) + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            start[b + 1] += start[b];
        }
        int[] fill = Arrays.copyOf(start, buckets);
        int[] order = new int[n];
        for (int c = 0; c < n; c++) {
            order[fill[bucket(ids.hash(c))]++] = c;
        }
        firstSight[p] = new int[n];
        byBucket[p] = order;
        bucketStart[p] = start;
    }

    /**
     * Matches the ids of bucket {@code b} (0 ≤ b < buckets) across the parts, in file order, once every part is sorted.
     * Each bucket writes only its own ids' entries, so that all may be matched at once, each on a thread of its own.
     */
    void match(int b) {
        int ids = 0;
        for (int[] start : bucketStart) {
            ids += start[b + 1] - start[b];
        }
        Table seen = new Table(ids);
        for (int p = 0; p < parts.size(); p++) {
            IdTable part = parts.get(p);
            int[] first = firstSight[p];
            int[] order = byBucket[p];
            for (int i = bucketStart[p][b], end = bucketStart[p][b + 1]; i < end; i++) {
                int c = order[i];
                first[c] = seen.firstOrAdd(part.hash(c), base[p] + c, part, c);
            }
        }
    }

    /**
     * Part p's candidates that an earlier part has, in order, once every bucket is matched: triples of the local number
     * here, the part where it first appears and its number there.
     */
    int[] seen(int p) {
        int[] first = firstSight[p];
        int count = 0;
        for (int g : first) {
            count += g < base[p] ? 1 : 0;
        }
        int[] triples = new int[3 * count];
        for (int c = 0, t = 0; c < first.length; c++) {
            int g = first[c];
            if (g < base[p]) {
                int q = partOf(g);
                triples[t++] = c;
                triples[t++] = q;
                triples[t++] = g - base[q];
            }
        }
        return triples;
    }

    /** Part p's candidates that no earlier part has, in order (their local numbers), once every bucket is matched. */
    int[] fresh(int p) {
        int[] first = firstSight[p];
        int count = 0;
        for (int g : first) {
            count += g >= base[p] ? 1 : 0;
        }
        int[] fresh = new int[count];
        for (int c = 0, f = 0; c < first.length; c++) {
            if (first[c] >= base[p]) {
                fresh[f++] = c;
            }
        }
        return fresh;
    }

    /**
     * The bucket of a hash: the top bits of one product of it, where a table's slot ({@link Table#slot}) is from
     * another product's, so that the ids of one bucket still spread over its table's slots.
     */
    private int bucket(int h) {
        return (int) (((h * 0xC2B2AE35) & 0xFFFFFFFFL) * buckets >>> 32);
    }

    /** The part of the id numbered g among all the parts' ids. */
    private int partOf(int g) {
        int q = Arrays.binarySearch(base, g);
        if (q < 0) {
            return -q - 2;
        }
        while (base[q + 1] == g) {
            q++; // a part with no ids
        }
        return q;
    }

    /**
     * The ids of one bucket seen so far, by their number among all the parts' ids: open addressing, with 16 bits of
     * each id's hash beside its number, so that most slots are passed over without looking at the id. Made for all
     * the bucket's ids at most two thirds full, it never grows.
     */
    private final class Table {
        private final int[] slots;
        private final char[] tags;

        Table(int ids) {
            int size = Integer.highestOneBit(Math.max(16, ids + ids / 2)) << 1;
            slots = new int[size];
            tags = new char[size];
            Arrays.fill(slots, -1);
        }

        /** The number of the first sight of id c of {@code ids} (hash h), which is g when this is the first. */
        int firstOrAdd(int h, int g, IdTable ids, int c) {
            int mask = slots.length - 1;
            char tag = (char) h;
            for (int i = slot(h) & mask;; i = i + 1 & mask) {
                int s = slots[i];
                if (s < 0) {
                    slots[i] = g;
                    tags[i] = tag;
                    return g;
                }
                if (tags[i] == tag) {
                    int q = partOf(s);
                    if (IdTable.same(parts.get(q), s - base[q], ids, c)) {
                        return s;
                    }
                }
            }
        }

        private static int slot(int h) {
            h *= 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }
}
