package org.qdl.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.engine.CompiledQualification;
import org.qdl.runtime.result.Result;

/** The benchmarks measure what they say: each candidate gets the verdict its name promises. */
class StructuresTest {

    @Test
    void hardCase() {
        CompiledQualification q = CompiledQualification.compile(Structures.hardCase());
        Result missing = q.evaluate(Structures.hardCaseShort());
        assertThat(missing.achieved()).isFalse();
        assertThat(missing.unitsNeeded()).isEqualTo(1);
        assertThat(missing.shortfalls()).extracting(s -> s.requirement()).containsExactly("mandatory");
        Result achieved = q.evaluate(Structures.hardCaseAchieved());
        assertThat(achieved.achieved()).isTrue();
        assertThat(achieved.counted()).hasSize(18);
    }

    @Test
    void growth() {
        for (boolean byCredits : new boolean[] {false, true}) {
            for (int k : new int[] {2, 4, 8, 16, 32}) {
                CompiledQualification q = CompiledQualification.compile(Structures.growth(k, byCredits));
                assertThat(q.evaluate(Structures.growthAchieved(k)).achieved()).as("k=%d", k).isTrue();
                Result shortByOne = q.evaluate(Structures.growthShort(k));
                assertThat(shortByOne.achieved()).as("k=%d", k).isFalse();
                assertThat(shortByOne.unitsNeeded()).as("k=%d", k).isEqualTo(1);
            }
        }
    }

    @Test
    void svqClassIsAMix() {
        CompiledQualification q = CompiledQualification.compile(Structures.svq());
        List<Candidate> candidates = Structures.svqCandidates(1024, 42);
        long achieved = candidates.stream().filter(c -> q.evaluate(c).achieved()).count();
        assertThat(achieved).isBetween(300L, 724L);
    }

    /**
     * Issue 17's adversarial families are decided, within the default budget, with the answers worked out by hand:
     * the learner with only U0 needs one unit for each other group and the 3 further ones; every unit achieves the
     * ring, binding caps or not; every other unit achieves it from 5 groups on (2 groups need 2 more, 3 and 4 need
     * 1 more). Before the search was strengthened these ran for minutes or out of memory from 21 units on.
     */
    @Test
    void adversarialRingIsDecided() {
        for (Structures.Cap cap : Structures.Cap.values()) {
            for (int g = 2; g <= 13; g++) {
                CompiledQualification q = CompiledQualification.compile(Structures.ring(g, cap));
                List<Result> results = Structures.ringCandidates(g).stream().map(q::evaluate).toList();
                String context = cap + ", " + 3 * g + " units";
                assertThat(results).as(context).noneMatch(Result::undecided);
                assertThat(results.get(0).unitsNeeded()).as("empty, " + context).isEqualTo(g - 1 + 3);
                assertThat(results.get(1).achieved()).as("all, " + context).isTrue();
                assertThat(results.get(2).unitsNeeded()).as("half, " + context).isEqualTo(g == 2 ? 2 : g < 5 ? 1 : 0);
            }
        }
    }

    /** 2,000 units in 50 capped groups: every learner decided, the empty one needing 1 + N units. */
    @Test
    void wideStructureIsDecided() {
        for (int[] rule : new int[][] {{10, 1000}, {10, 12}, {60, 5}}) {
            CompiledQualification q = CompiledQualification.compile(Structures.wide(2000, rule[0], rule[1]));
            List<Result> results = Structures.wideCandidates(2000).stream().map(q::evaluate).toList();
            assertThat(results).as("%d further, caps %d", rule[0], rule[1]).noneMatch(Result::undecided);
            assertThat(results.get(0).unitsNeeded()).isEqualTo(rule[0]);
            assertThat(results.get(2).achieved()).isTrue();
            // every unit is in one of the 50 capped groups: what is counted respects every cap
            assertThat(results.get(2).credits().intValue()).isLessThanOrEqualTo(50 * rule[1]);
            assertThat(results.get(2).counted().size()).isGreaterThanOrEqualTo(1 + rule[0]);
        }
    }

    /** The unachievable ring is proved unachievable (what `qdl check` asks), not left undecided. */
    @Test
    void unachievableRingIsProvedSo() {
        for (int g = 2; g <= 13; g++) {
            var ir = Structures.ringUnachievable(g);
            CompiledQualification q = CompiledQualification.compile(ir);
            assertThat(q.isAchieved(Structures.everyUnit(ir), org.qdl.runtime.engine.EvaluationOptions.DEFAULT))
                    .as("%d units", 3 * g).isFalse();
        }
    }

    /**
     * An exact odd total from units of even credits is never achieved: proved impossible at 20 units, undecided
     * (E008, never a guess) at 30, where trying every set would take more than the default budget.
     */
    @Test
    void anExactOddTotalFromEvenCreditsIsImpossibleOrUndecided() {
        var small = Structures.oddTotal(20);
        Result proved = CompiledQualification.compile(small).evaluate(Structures.everyUnit(small));
        assertThat(proved.undecided()).isFalse();
        assertThat(proved.achieved()).isFalse();
        var large = Structures.oddTotal(30);
        Result undecided = CompiledQualification.compile(large).evaluate(Structures.everyUnit(large));
        assertThat(undecided.undecided()).isTrue();
        assertThat(undecided.achieved()).isFalse();
        assertThat(undecided.problems()).extracting(p -> p.code()).containsExactly("E008");
    }
}
