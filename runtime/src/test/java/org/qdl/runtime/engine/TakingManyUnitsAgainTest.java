package org.qdl.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.qdl.runtime.result.Result;

/**
 * The least number of further units when a learner holds many units that could be taken again: the random
 * structures' candidates with every unit they hold marked exempt (so each could be taken again for its credit, and
 * units at a fail could be taken again to pass), which the oracle answers by trying every choice of them. Learners
 * with more than five such units are rare among the ordinary candidates; here they are most of them.
 */
class TakingManyUnitsAgainTest {

    @Property(shrinking = ShrinkingMode.OFF, tries = 200)
    void everyChoiceOfUnitsToTakeAgainIsTried(@ForAll("seeds") long seed) {
        RandomStructures.Scenario scenario = RandomStructures.generate(seed);
        CompiledQualification engine = CompiledQualification.compile(scenario.ir());
        BruteForceOracle oracle = new BruteForceOracle(scenario.ir());
        for (RandomStructures.Case c : scenario.cases()) {
            Candidate exempt = allExempt(c.candidate());
            Result r = engine.evaluate(exempt, new EvaluationOptions(c.whatIf()));
            BruteForceOracle.Verdict v = oracle.evaluate(exempt, c.whatIf());
            int again = oracle.retakable(exempt, c.whatIf());
            Statistics.label("units to take again").collect(again <= 5 ? "up to 5" : "more than 5");
            assertThat(r.undecided()).as("undecided for %s under seed %d", exempt, seed).isFalse();
            assertThat(r.achieved()).as("achieved for %s under seed %d", exempt, seed).isEqualTo(v.achieved());
            assertThat(r.unitsNeeded()).as("unitsNeeded for %s (%d units to take again) under seed %d\n%s", exempt,
                    again, seed, scenario).isEqualTo(Math.max(0, v.unitsNeeded()));
        }
    }

    private static Candidate allExempt(Candidate c) {
        List<Achievement> exempt = c.achievements().stream().map(a -> a.withStatus("exempt")).toList();
        return new Candidate(c.id(), exempt, c.problems(), c.registered());
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }
}
