package org.qdl.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.ir.IrComparison;
import org.qdl.runtime.ir.IrCondition;
import org.qdl.runtime.ir.IrUnit;
import org.qdl.runtime.result.Problem;
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
        assertThat(r.problems()).extracting(p -> p.kind()).containsExactly(Problem.Kind.DUPLICATE_UNIT_LATER_USED);
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
        assertThat(tie.problems()).containsExactly(new Problem(Problem.Kind.UNKNOWN_UNIT, "4427-55", null, null,
                List.of("4427-551", "4427-552"), null));
        Result clear = q.evaluate(new Candidate("y", List.of(Achievement.of("4427-230"))));
        assertThat(clear.problems()).singleElement().satisfies(p -> assertThat(p.choices())
                .containsExactly("4427-203"));
    }

    @Test
    void whyAUnitDoesNotCountIsAReasonAndTheWrongInputIsKeptAsGiven() {
        Result r = pmd().evaluate(new Candidate("x", List.of(Achievement.withResult("g", "Fail"),
                Achievement.of("p").withStatus("planned"))));
        assertThat(r.unitResults()).extracting(UnitResult::reason)
                .containsExactly(UnitResult.Reason.RESULT_NOT_ACHIEVED, UnitResult.Reason.PLANNED);
        assertThat(r.unitResults().get(0).grade()).isEqualTo("Fail");

        Result wrong = pmd().evaluate(new Candidate("y", List.of(Achievement.withResult("g", "Excellent"),
                Achievement.withResult("p", "Pass"))));
        assertThat(wrong.unitResults()).extracting(UnitResult::reason)
                .containsExactly(UnitResult.Reason.UNKNOWN_RESULT, UnitResult.Reason.RESULT_WITHOUT_SCALE);
        assertThat(wrong.problems()).containsExactly(
                new Problem(Problem.Kind.UNKNOWN_RESULT, "g", null, "Excellent", RandomStructures.LABELS, null),
                new Problem(Problem.Kind.RESULT_WITHOUT_SCALE, "p", null, "Pass", List.of(), null));
        assertThat(wrong.problems()).extracting(Problem::code).containsExactly("E003", "E003");
    }

    @Test
    void unmetCriteriaAreNamedWithTheirRatingsAgainstThePartOfTheRuleThatFails() {
        // achieved when at least 2 criteria at S or above, and every criterion at L or above
        IrBuilder b = new IrBuilder().scale("nlsh", List.of("N", "L", "S", "H"), List.of("S", "H"));
        IrCondition rule = new IrCondition("at least 2 criteria at S or above and every criterion at L or above",
                List.of(new IrCondition.IrAtom(IrCondition.Kind.SOME_CRITERIA, "S", IrComparison.GE, BigDecimal.valueOf(2),
                        false, null), new IrCondition.IrAtom(IrCondition.Kind.EVERY_CRITERION, "L", IrComparison.GE,
                        null, false, null)));
        b.units.add(new IrUnit("r", "unit", "Rated", null, BigDecimal.ONE, null, null, "nlsh", List.of("1", "2", "3"),
                rule, List.of(), List.of(), null));
        b.rule(IrBuilder.sum("total", null, null, 1, null, null, null));
        CompiledQualification q = b.compile();

        // two at S or above, but criterion 2 below L
        UnitResult oneShort = rated(q, Map.of("1", "H", "2", "N", "3", "S"));
        assertThat(oneShort.reason()).isEqualTo(UnitResult.Reason.CRITERIA_NOT_MET);
        assertThat(oneShort.shortOf()).containsExactly(new UnitResult.Rating("2", "N"));

        // criterion 3 unrated: at the scale's default N, below both parts; criterion 2 below S
        UnitResult twoShort = rated(q, Map.of("1", "S", "2", "L"));
        assertThat(twoShort.shortOf()).containsExactly(new UnitResult.Rating("2", "L"), new UnitResult.Rating("3", "N"));

        UnitResult met = rated(q, Map.of("1", "S", "2", "H", "3", "L"));
        assertThat(met.reason()).isEqualTo(UnitResult.Reason.NONE);
        assertThat(met.shortOf()).isEmpty();
    }

    private static UnitResult rated(CompiledQualification q, Map<String, String> ratings) {
        return q.evaluate(new Candidate("x", List.of(Achievement.withCriteria("r", ratings)))).unitResults().get(0);
    }
}
