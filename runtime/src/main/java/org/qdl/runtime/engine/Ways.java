package org.qdl.runtime.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.qdl.runtime.result.Advice;

/**
 * Completions grouped compactly: two groups that differ only in one choice become one, with the two choices
 * joined ("one of A, B and one of C" and "one of A, B and D" make "one of A, B and one of C, D"). Each group is
 * exactly the completions it stands for, so the words never offer a set that was not verified.
 */
final class Ways {
    private Ways() {
    }

    static Advice of(CompiledQualification q, List<int[]> completions, long counted, boolean exhaustive,
            List<String> forCredit) {
        List<int[][]> boxes = new ArrayList<>();
        for (int[] c : completions) {
            int[][] box = new int[c.length][];
            for (int i = 0; i < c.length; i++) {
                box[i] = new int[] {c[i]};
            }
            boxes.add(box);
        }
        boolean merged = true;
        while (merged) {
            merged = false;
            outer:
            for (int a = 0; a < boxes.size(); a++) {
                for (int b = a + 1; b < boxes.size(); b++) {
                    int[][] joined = joined(boxes.get(a), boxes.get(b));
                    if (joined != null) {
                        boxes.set(a, joined);
                        boxes.remove(b);
                        merged = true;
                        break outer;
                    }
                }
            }
        }
        boxes.sort(Comparator.comparingLong(Ways::count).reversed());
        List<Advice.Way> ways = new ArrayList<>();
        long shown = 0;
        for (int i = 0; i < Math.min(Completions.WAYS_SHOWN, boxes.size()); i++) {
            int[][] box = boxes.get(i);
            Arrays.sort(box, Comparator.comparingInt(f -> f[0]));
            List<List<String>> choices = new ArrayList<>();
            for (int[] factor : box) {
                List<String> refs = new ArrayList<>();
                for (int u : factor) {
                    refs.add(q.units[u].ref);
                }
                choices.add(refs);
            }
            ways.add(new Advice.Way(choices));
            shown += count(box);
        }
        int needed = completions.isEmpty() ? 0 : completions.get(0).length;
        return new Advice(needed, ways, Math.max(0, counted - shown), exhaustive, forCredit);
    }

    private static long count(int[][] box) {
        long n = 1;
        for (int[] f : box) {
            n *= f.length;
        }
        return n;
    }

    /** The one box that is exactly both, when they differ in one choice only; else null. */
    private static int[][] joined(int[][] a, int[][] b) {
        if (a.length != b.length) {
            return null;
        }
        boolean[] matched = new boolean[b.length];
        int unmatchedA = -1;
        for (int i = 0; i < a.length; i++) {
            int j = indexOf(b, a[i], matched);
            if (j < 0) {
                if (unmatchedA >= 0) {
                    return null;
                }
                unmatchedA = i;
            } else {
                matched[j] = true;
            }
        }
        if (unmatchedA < 0) {
            return null;
        }
        int unmatchedB = 0;
        while (matched[unmatchedB]) {
            unmatchedB++;
        }
        int[] fa = a[unmatchedA];
        int[] fb = b[unmatchedB];
        // the joined choice must stay apart from the others, so that each pick is a set of distinct units
        for (int i = 0; i < a.length; i++) {
            if (i != unmatchedA && (overlaps(a[i], fb))) {
                return null;
            }
        }
        int[] union = java.util.stream.IntStream.concat(Arrays.stream(fa), Arrays.stream(fb)).distinct().sorted()
                .toArray();
        int[][] out = a.clone();
        out[unmatchedA] = union;
        return out;
    }

    private static int indexOf(int[][] factors, int[] f, boolean[] taken) {
        for (int j = 0; j < factors.length; j++) {
            if (!taken[j] && Arrays.equals(factors[j], f)) {
                return j;
            }
        }
        return -1;
    }

    private static boolean overlaps(int[] x, int[] y) {
        for (int a : x) {
            for (int b : y) {
                if (a == b) {
                    return true;
                }
            }
        }
        return false;
    }
}
