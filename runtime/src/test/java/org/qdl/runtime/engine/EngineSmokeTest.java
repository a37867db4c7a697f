package org.qdl.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.result.Result;

class EngineSmokeTest {

    /** A, B, C each with units; 2 from A, 1 from B, 1 from C, 1 further from B or C, at least 5 units. */
    private static CompiledQualification svqLike() {
        IrBuilder b = new IrBuilder();
        for (String r : List.of("a1", "a2", "b1", "b2", "b3", "c1", "c2")) {
            b.unit(r, 5, 5);
        }
        b.rule(IrBuilder.sum("total", null, null, 5, null, null, null));
        b.rule(IrBuilder.slot("A", List.of("a1", "a2"), 2, null, null));
        b.rule(IrBuilder.slot("B", List.of("b1", "b2", "b3"), 1, null, null));
        b.rule(IrBuilder.slot("C", List.of("c1", "c2"), 1, null, null));
        b.rule(IrBuilder.slot("further", List.of("b1", "b2", "b3", "c1", "c2"), 1, null, null));
        return b.compile();
    }

    private static Candidate candidate(String... units) {
        return new Candidate("x", List.of(units).stream().map(Achievement::of).collect(Collectors.toList()));
    }

    @Test
    void achievesWithAValidCombination() {
        Result r = svqLike().evaluate(candidate("a1", "a2", "b1", "c1", "b2"));
        assertThat(r.achieved()).isTrue();
        assertThat(r.counted()).hasSize(5);
    }

    @Test
    void furtherUnitMissing() {
        Result r = svqLike().evaluate(candidate("a1", "a2", "b1", "c1"));
        assertThat(r.achieved()).isFalse();
        assertThat(r.unitsNeeded()).isEqualTo(1);
        assertThat(r.shortfalls()).first().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(org.qdl.runtime.result.Shortfall.Kind.MORE);
            assertThat(s.units()).isEqualTo(1);
        });
    }

    @Test
    void catchAllFurtherDoesNotStealTheOnlyUnitOfC() {
        // c1 is the only C unit; a greedy engine that gives it to "further" first fails C
        Result r = svqLike().evaluate(candidate("c1", "a1", "a2", "b1", "b2"));
        assertThat(r.achieved()).isTrue();
    }

    @Test
    void creditSearch() {
        IrBuilder b = new IrBuilder();
        IntStream.rangeClosed(1, 6).forEach(i -> b.unit("u" + i, i, i % 2 == 0 ? 3 : 2));
        b.rule(IrBuilder.slot("pool", List.of("u1", "u2", "u3", "u4", "u5", "u6"), null, null, 10));
        b.rule(IrBuilder.sum("cap", null, null, null, null, null, 12));
        b.rule(IrBuilder.sum("l3", null, new org.qdl.runtime.ir.IrRule.IrLevelFilter(org.qdl.runtime.ir.IrComparison.GE, 3, "3", false), null, null, 6, null));
        CompiledQualification q = b.compile();
        assertThat(q.evaluate(candidate("u1", "u2", "u3", "u4", "u5", "u6")).achieved()).isTrue();
        assertThat(q.evaluate(candidate("u1", "u3", "u5")).achieved()).isFalse();
        Result r = q.evaluate(candidate("u1", "u2", "u5"));
        assertThat(r.achieved()).isFalse();
        assertThat(r.unitsNeeded()).isEqualTo(1);
    }
}
