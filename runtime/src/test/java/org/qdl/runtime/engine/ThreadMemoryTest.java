package org.qdl.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.qdl.runtime.result.Result;

/**
 * An evaluation in the thread's working memory ({@link Scratch}: the units' marks, the gathered lists, the shortfalls'
 * tallies, the matching's memory, and the assignment and virtual marks lent to the nearest combination) decides as one
 * in fresh memory,
 * whatever the thread evaluated before: the learners of random structures ({@link RandomStructures}) evaluated one
 * after another, forwards and backwards, with and without advice, against each evaluated by a qualification compiled
 * afresh (so with memory of its own).
 */
class ThreadMemoryTest {
    @Property(tries = 300, shrinking = ShrinkingMode.OFF)
    void memoryReusedDecidesAsFreshMemory(@ForAll("seeds") long seed) {
        RandomStructures.Scenario scenario = RandomStructures.generate(seed);
        CompiledQualification reused = CompiledQualification.compile(scenario.ir());
        List<EvaluationOptions> options = new ArrayList<>();
        List<Result> fresh = new ArrayList<>();
        for (RandomStructures.Case c : scenario.cases()) {
            for (boolean advise : new boolean[] {false, true}) {
                EvaluationOptions o = new EvaluationOptions(c.whatIf()).withAdvice(advise).on(c.on());
                options.add(o);
                fresh.add(CompiledQualification.compile(scenario.ir()).evaluate(c.candidate(), o));
            }
        }
        int n = fresh.size();
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < n; k++) {
                int i = pass == 0 ? k : n - 1 - k;
                RandomStructures.Case c = scenario.cases().get(i / 2);
                assertThat(reused.evaluate(c.candidate(), options.get(i)))
                        .as("seed %d, %s, pass %d", seed, c, pass).isEqualTo(fresh.get(i));
            }
        }
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs().between(0, Long.MAX_VALUE / 2);
    }
}
