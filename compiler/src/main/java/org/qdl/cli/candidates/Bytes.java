package org.qdl.cli.candidates;

/**
 * Comparing the few bytes of a CSV field: a plain loop, which both of the JIT's compilers make quick. The reader's
 * fields are a handful of bytes each and most of a file is read before the optimising compiler has compiled
 * {@code Arrays.equals}, whose checks and vectorised path cost more than such a field takes to compare.
 */
final class Bytes {
    private Bytes() {
    }

    /** Whether {@code a[ai, ai + n)} and {@code b[bi, bi + n)} hold the same bytes. */
    static boolean same(byte[] a, int ai, byte[] b, int bi, int n) {
        for (int i = 0; i < n; i++) {
            if (a[ai + i] != b[bi + i]) {
                return false;
            }
        }
        return true;
    }
}
