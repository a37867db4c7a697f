package org.qdl.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.result.Result;
import org.qdl.runtime.result.UnitResult;

/** How listed units are read, including the paths the hot path shares between candidates. */
class JudgementTest {

    private static CompiledQualification pmd() {
        IrBuilder b = new IrBuilder().scale("pmd", RandomStructures.LABELS, RandomStructures.LABELS.subList(1, 4));
        b.gradedUnit("g", 5, 2, "pmd").unit("p", 5, 2);
        b.rule(IrBuilder.sum("total", null, null, 2, null, null, null));
        return b.compile();
    }

    @Test
    void aUnitListedTwiceCountsOnceWithTheLaterAchievedEntry() {
        Result r = pmd().evaluate(new Candidate("x", List.of(Achievement.withResult("g", "Fail"), Achievement.of("p"),
                Achievement.withResult("g", "Merit"))));
        assertThat(r.achieved()).isTrue();
        assertThat(r.unitResults()).extracting(UnitResult::unit).containsExactly("g", "p");
        assertThat(r.unitResults().get(0).grade()).isEqualTo("Merit");
        assertThat(r.problems()).extracting(p -> p.code()).containsExactly("E002");
    }

    @Test
    void plainUnitsShareTheirResultButStatusesAndResultsAreStillRead() {
        CompiledQualification q = pmd();
        Result plain = q.evaluate(new Candidate("x", List.of(Achievement.of("p"), Achievement.of("g"))));
        Result again = q.evaluate(new Candidate("y", List.of(Achievement.of("p"), Achievement.of("g"))));
        assertThat(again.unitResults()).isEqualTo(plain.unitResults());
        assertThat(plain.unitCertificate()).containsExactly("p", "g");

        Result planned = q.evaluate(new Candidate("z", List.of(Achievement.of("p").withStatus("planned"),
                Achievement.withResult("g", "Pass"))));
        assertThat(planned.achieved()).isFalse();
        assertThat(planned.unitResults()).extracting(UnitResult::status).containsExactly("planned", "achieved");
        assertThat(planned.unitCertificate()).containsExactly("g");
    }

    @Test
    void anUnknownUnitGetsTheNamesNearestIt() {
        IrBuilder b = new IrBuilder();
        b.unit("4427-551", 5, 2).unit("4427-552", 5, 2).unit("4427-203", 5, 2);
        b.rule(IrBuilder.sum("total", null, null, 1, null, null, null));
        CompiledQualification q = b.compile();
        Result tie = q.evaluate(new Candidate("x", List.of(Achievement.of("4427-55"))));
        assertThat(tie.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("unit `4427-55` is not part of this qualification; did you mean `4427-551` or `4427-552`?"));
        Result clear = q.evaluate(new Candidate("y", List.of(Achievement.of("4427-230"))));
        assertThat(clear.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .endsWith("; did you mean `4427-203`?"));
    }
}
