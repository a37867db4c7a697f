package org.qdl.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Matching counts as it goes what the engine once worked out by walking every position afterwards: how many virtual
 * units a combination uses ({@link Solution#virtualUsed}, the nearest combination's number of further units), which of
 * them a rule claims ({@link Solution#virtualClaimed}, what the shortfalls read) and, when units are valued alike, the
 * combination's value. Both must be what the walk gives, on random structures
 * ({@link RandomStructures}) that matching decides, for random sets of units held, as the nearest combination asks
 * (every unit a position, the ones not held virtual) and as a feasibility check asks (the units held only).
 */
class MatchingCountsTest {
    @Property(shrinking = ShrinkingMode.OFF)
    void matchingCountsWhatAWalkOfThePositionsFinds(@ForAll("seeds") long seed) {
        CompiledQualification q = CompiledQualification.compile(RandomStructures.generate(seed).ir());
        int n = q.units.length;
        Random random = new Random(seed);
        for (Variant v : q.required) {
            for (int t = 0; t < 8; t++) {
                boolean[] held = new boolean[n];
                int count = 0;
                for (int u = 0; u < n; u++) {
                    held[u] = random.nextInt(3) > 0;
                    count += held[u] ? 1 : 0;
                }
                int[] available = new int[count];
                boolean[] virtual = new boolean[n];
                for (int u = 0, k = 0; u < n; u++) {
                    virtual[u] = !held[u];
                    if (held[u]) {
                        available[k++] = u;
                    }
                }
                // the nearest combination's question, and a feasibility check over the units held alone
                check(new Problem(v.requirements(), v.plan(), q.allUnits, virtual, q.nominalCredit, null, false)
                        .withAchievedPositions(available), q);
                check(new Problem(v.requirements(), v.plan(), available, new boolean[count], q.nominalCredit,
                        new long[count], true), q);
            }
        }
    }

    /** When matching decides the problem, its counts are those a walk over the solution's positions gives. */
    private static void check(Problem p, CompiledQualification q) {
        if (!FlowSolver.applies(p)) {
            return;
        }
        // both ways of running matching: on bits, and over arrays
        for (boolean bits : new boolean[] {true, false}) {
            Scratch scratch = new Scratch(q.units.length);
            scratch.bitSets = bits;
            Solution s = FlowSolver.solution(p, scratch);
            if (s != null) {
                checkCounts(p, s);
            }
        }
    }

    private static void checkCounts(Problem p, Solution s) {
        int virtualUsed = 0;
        long value = 0;
        java.util.List<Integer> claimed = new java.util.ArrayList<>();
        for (int i = 0; i < p.units.length; i++) {
            if (s.uses(i)) {
                virtualUsed += p.virtual[i] ? 1 : 0;
                value += p.value(i);
            }
            if (p.virtual[i] && s.assignment[i] >= 0) {
                claimed.add(i);
            }
        }
        assertThat(s.virtualUsed).as("virtual units used").isEqualTo(virtualUsed);
        assertThat(s.value).as("value").isEqualTo(value);
        assertThat(s.virtualClaimed).as("virtual units claimed by a rule, in order")
                .containsExactly(claimed.stream().mapToInt(Integer::intValue).toArray());
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs().between(0, Long.MAX_VALUE / 2);
    }
}
