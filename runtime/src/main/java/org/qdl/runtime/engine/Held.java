package org.qdl.runtime.engine;

import java.util.Arrays;

/**
 * A candidate's units as a search for what is missing sees them: which units count ({@code usable}), the credit
 * each brings (an exempt unit none), and the usable units in increasing order. The candidate's own, or the same
 * with units added (a completion being tried) or a unit taken again: an exempt unit for its credit, a unit counted
 * without a pass to pass it ({@code retaken} marks them, null when none is).
 */
record Held(boolean[] usable, long[] credit, int[] available, boolean[] retaken) {

    Held(boolean[] usable, long[] credit, int[] available) {
        this(usable, credit, available, null);
    }

    /** Whether unit u is taken again: added back, it is passed whatever the candidate's record says. */
    boolean isRetaken(int u) {
        return retaken != null && retaken[u];
    }

    /** The same units and u achieved, with its full credit. */
    Held adding(int u, long nominal) {
        boolean[] us = usable.clone();
        long[] cr = credit.clone();
        us[u] = true;
        cr[u] = nominal;
        int[] av = available;
        if (!usable[u]) {
            av = Arrays.copyOf(available, available.length + 1);
            int i = av.length - 1;
            while (i > 0 && av[i - 1] > u) {
                av[i] = av[i - 1];
                i--;
            }
            av[i] = u;
        }
        return new Held(us, cr, av, retaken);
    }

    /** The same units without the exempt unit u: it is to be taken again, for its full credit. */
    Held retaking(int u, long nominal) {
        boolean[] us = usable.clone();
        long[] cr = credit.clone();
        us[u] = false;
        cr[u] = nominal;
        boolean[] again = retaken == null ? new boolean[usable.length] : retaken.clone();
        again[u] = true;
        return new Held(us, cr, Arrays.stream(available).filter(x -> x != u).toArray(), again);
    }

    /** A key for the units and their credits: two held sets with the same key need the same advice. */
    Key key() {
        long[] k = new long[available.length];
        for (int i = 0; i < k.length; i++) {
            k[i] = (long) available[i] << 32 | (credit[available[i]] == 0 ? 1 : 0);
        }
        return new Key(k);
    }

    /** The units held, each marked when it brings no credit (exempt), as a map key. */
    record Key(long[] units) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(units, k.units);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(units);
        }

        @Override
        public String toString() {
            return Arrays.toString(units);
        }
    }
}
