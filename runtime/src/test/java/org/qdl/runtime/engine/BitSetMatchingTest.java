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
import net.jqwik.api.statistics.Statistics;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.runtime.result.Result;

/**
 * Matching on bits (a problem of at most 64 positions) makes the moves matching over arrays makes, so every result is
 * the same whole {@link Result}: the learners of random structures ({@link RandomStructures}), with and without advice,
 * and random learners of random structures that matching decides (groups, `n units from group`, further units from
 * several groups, a total; up to 64 units), each evaluated both ways.
 */
class BitSetMatchingTest {
    @Property(tries = 300, shrinking = ShrinkingMode.OFF)
    void randomStructuresDecideAsWithoutBits(@ForAll("seeds") long seed) {
        RandomStructures.Scenario scenario = RandomStructures.generate(seed);
        CompiledQualification q = CompiledQualification.compile(scenario.ir());
        for (RandomStructures.Case c : scenario.cases()) {
            for (boolean advise : new boolean[] {false, true}) {
                EvaluationOptions o = new EvaluationOptions(c.whatIf()).withAdvice(advise).on(c.on());
                assertThat(q.evaluate(c.candidate(), o)).as("seed %d, %s", seed, c)
                        .isEqualTo(q.evaluateWithoutBitSets(c.candidate(), o));
            }
        }
    }

    @Property(tries = 400, shrinking = ShrinkingMode.OFF)
    void groupStructuresDecideAsWithoutBits(@ForAll("seeds") long seed) {
        java.util.Random random = new java.util.Random(seed);
        IrDocument ir = MatchedGroups.generate(random);
        CompiledQualification q = CompiledQualification.compile(ir);
        assertThat(FlowSolver.applies(new Problem(q.core.requirements(), q.allUnits, new boolean[q.units.length],
                q.nominalCredit, null, false))).as("matching decides %s", seed).isTrue();
        List<String> refs = new ArrayList<>(q.unitIndex.keySet());
        int achieved = 0;
        for (int learner = 0; learner < 20; learner++) {
            List<Achievement> units = new ArrayList<>();
            double share = random.nextDouble();
            for (String ref : refs) {
                if (random.nextDouble() < share) {
                    units.add(random.nextInt(12) == 0 ? Achievement.withResult(ref, "Fail") : Achievement.of(ref));
                }
            }
            java.util.Collections.shuffle(units, random);
            Candidate c = new Candidate("L" + learner, units);
            for (boolean advise : new boolean[] {false, true}) {
                EvaluationOptions o = EvaluationOptions.DEFAULT.withAdvice(advise);
                Result r = q.evaluate(c, o);
                assertThat(r).as("seed %d, learner %d", seed, learner).isEqualTo(q.evaluateWithoutBitSets(c, o));
                achieved += r.achieved() && !advise ? 1 : 0;
            }
        }
        Statistics.label("learners achieved of 20").collect(achieved / 5 * 5);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs().between(0, Long.MAX_VALUE / 2);
    }
}
