package org.qdl.runtime.engine;

import java.util.stream.IntStream;

/** Which of the engine's solvers decides whether a qualification's common rules are met. */
final class SolverChoice {
    private SolverChoice() {
    }

    static boolean usesMatching(CompiledQualification q) {
        int n = q.units.length;
        int[] all = IntStream.range(0, n).toArray();
        return FlowSolver.applies(new Problem(q.core.requirements(), all, new boolean[n], new long[n], new long[n],
                true));
    }
}
