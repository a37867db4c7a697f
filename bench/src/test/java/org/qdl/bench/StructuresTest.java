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
}
