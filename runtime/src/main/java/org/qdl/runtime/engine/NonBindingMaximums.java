package org.qdl.runtime.engine;

/**
 * Takes out of a problem the maximums its units cannot reach: `at most 1000 credits from group G` when this
 * candidate's units of G (virtual ones included) bring 24 at most. Such a maximum never changes which
 * combinations are valid, but the search would carry its running sum in every state, so that states differing
 * only in it (every subset's own credit total) were searched apart: the cause of an exponential blow-up. Without
 * them a problem may also become one that matching decides.
 */
final class NonBindingMaximums {
    private NonBindingMaximums() {
    }

    /** The problem without its unreachable maximums; the problem itself when every maximum can be reached. */
    static Problem drop(Problem p) {
        if (p.knownPlan() != null && !p.knownPlan().hasMaximum) {
            // no requirement has a maximum (as a variant's plan knows): nothing to drop
            return p;
        }
        Requirement[] reqs = p.requirements;
        Requirement[] out = null;
        for (int r = 0; r < reqs.length; r++) {
            Requirement q = reqs[r];
            if (q.hi == Requirement.NO_MAX || reachable(q, p) > q.hi) {
                continue;
            }
            if (out == null) {
                out = reqs.clone();
            }
            out[r] = q.withoutMaximum();
        }
        // the same requirements at the same positions: a solution's assignment means the same in both problems
        return out == null ? p : p.withRequirements(out);
    }

    /** The largest sum the problem's units can bring to the requirement. */
    private static long reachable(Requirement q, Problem p) {
        long sum = 0;
        for (int u : p.units) {
            sum += Math.max(0, q.weight(u, p.credit[u]));
        }
        return sum;
    }
}
