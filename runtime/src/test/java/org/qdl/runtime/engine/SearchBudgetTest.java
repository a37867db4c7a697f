package org.qdl.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.result.Problem;
import org.qdl.runtime.result.Result;

/**
 * The search's budget: a learner it cannot decide within it is reported undecided, with the reason, and nothing
 * else about them; every other learner gets the result they would get with no budget at all.
 */
class SearchBudgetTest {
    private static final int GROUPS = 13;
    private static final int UNITS = 3 * GROUPS;

    /**
     * The adversarial ring of issue 17 with maximums that bind: 13 groups of 6 units, each unit in two groups; 1
     * unit from each group, 3 further units, at most 9 credits from each group.
     */
    private static CompiledQualification ring() {
        IrBuilder b = new IrBuilder();
        List<String> all = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            b.unit("U" + u, 1 + u % 4, 2);
            all.add("U" + u);
        }
        for (int k = 0; k < GROUPS; k++) {
            List<String> group = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                group.add("U" + (3 * k + i) % UNITS);
            }
            b.rule(IrBuilder.slot("G" + k, group, 1, null, null));
            b.rule(IrBuilder.sum("cap-G" + k, group, null, null, null, null, 9));
        }
        b.rule(IrBuilder.further("further", all, 3));
        return b.compile();
    }

    private static Candidate holding(String id, int step) {
        List<Achievement> units = new ArrayList<>();
        for (int u = 0; u < UNITS; u += step) {
            units.add(Achievement.of("U" + u));
        }
        return new Candidate(id, units);
    }

    @Test
    void aLearnerTheSearchCannotDecideIsUndecidedAndTheOthersAreNot() {
        CompiledQualification q = ring();
        // "all" needs the most search: the best of many valid combinations under binding maximums
        Candidate all = holding("all", 1);
        Candidate half = holding("half", 2);
        EvaluationOptions small = new EvaluationOptions(false, 2_000);

        Result undecided = q.evaluate(all, small);
        assertThat(undecided.undecided()).isTrue();
        assertThat(undecided.achieved()).isFalse();
        assertThat(undecided.counted()).isEmpty();
        assertThat(undecided.shortfalls()).isEmpty();
        assertThat(undecided.problems()).extracting(Problem::kind).containsExactly(Problem.Kind.UNDECIDED);
        assertThat(undecided.problems().get(0).code()).isEqualTo("E008");
        assertThat(undecided.problems().get(0).given()).isEqualTo("2000");

        Result decided = q.evaluate(half, small);
        assertThat(decided.undecided()).isFalse();
        assertThat(decided).isEqualTo(q.evaluate(half, EvaluationOptions.DEFAULT));
        assertThat(decided.achieved()).isTrue();

        Result withRoom = q.evaluate(all, EvaluationOptions.DEFAULT);
        assertThat(withRoom.undecided()).isFalse();
        assertThat(withRoom.achieved()).isTrue();
        assertThat(withRoom.problems()).isEmpty();
    }

    @Test
    void whetherAchievedAloneSaysUndecidedByAnException() {
        // check's question (is it achieved at all?) has no result to mark: the caller is told it is unknown
        CompiledQualification q = ring();
        assertThatThrownBy(() -> q.isAchieved(holding("all", 1), new EvaluationOptions(false, 1)))
                .isInstanceOf(UndecidedException.class).hasMessageContaining("within 1 step:");
    }

    @Test
    void theBudgetIsAtLeastOneStep() {
        assertThatThrownBy(() -> new EvaluationOptions(false, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
