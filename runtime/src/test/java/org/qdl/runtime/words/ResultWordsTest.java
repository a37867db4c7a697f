package org.qdl.runtime.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.runtime.ir.IrException;
import org.qdl.runtime.ir.IrJson;
import org.qdl.runtime.result.Counted;
import org.qdl.runtime.result.Problem;
import org.qdl.runtime.result.Shortfall;
import org.qdl.runtime.result.UnitResult;

/**
 * The words a centre reads for the engine's facts, against the test qualification {@code cli/mini.qdl.json}
 * (2 core units A1, A2; 1 from group B; 1 from group C, where C2 is rated N/L/S/H; 1 further from B or C).
 */
class ResultWordsTest {
    private static final IrDocument MINI = mini();
    private static final ResultWords WORDS = ResultWords.of(MINI);

    private static IrDocument mini() {
        try (InputStream in = ResultWordsTest.class.getResourceAsStream("/words/mini.qdl.json")) {
            return IrJson.read(in, "mini.qdl.json");
        } catch (IOException | IrException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Shortfall more(String rule, int units, String credits, String... options) {
        return new Shortfall(rule, Shortfall.Kind.MORE, units, new BigDecimal(credits), List.of(options));
    }

    @Test
    void aShortfallSaysHowManyMoreFromWhereAndWhichUnitsCouldFillIt() {
        assertThat(WORDS.shortfall(more("rule-2", 1, "0", "B1", "B2")))
                .isEqualTo("1 more unit from group B: choose from B1, B2");
        assertThat(WORDS.shortfall(more("rule-4", 1, "0", "C2")))
                .isEqualTo("1 more unit from any of groups B and C: C2");
        assertThat(WORDS.shortfall(more("core", 2, "0", "A1", "A2"))).isEqualTo("2 more units from group A: A1, A2");
        assertThat(WORDS.shortfall(more("core", 0, "1", "A1"))).isEqualTo("1 more credit from group A: choose from A1");
        assertThat(WORDS.shortfall(more("core", 1, "7.5", "A1", "A2")))
                .isEqualTo("1 more unit and 7.5 more credits from group A: choose from A1, A2");
    }

    @Test
    void aLongPoolIsCutAfterEightUnits() {
        String[] ten = {"u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "u10"};
        assertThat(WORDS.shortfall(more("rule-3", 1, "0", ten)))
                .isEqualTo("1 more unit from group C: choose from u1, u2, u3, u4, u5, u6, u7, u8 and 2 more");
    }

    @Test
    void anInclusionNamesTheUnitsAndTheRuleAsWritten() {
        assertThat(WORDS.shortfall(new Shortfall("rule-2", Shortfall.Kind.INCLUDE, 0, BigDecimal.ZERO,
                List.of("B2")))).isEqualTo("must include B2 (1 unit from group B)");
        assertThat(WORDS.shortfall(new Shortfall("rule-4", Shortfall.Kind.INCLUDE, 0, BigDecimal.ZERO,
                List.of("B2", "C1")))).isEqualTo("must include one of B2, C1 (1 further unit from any of groups B and C)");
        assertThat(WORDS.shortfall(new Shortfall("", Shortfall.Kind.UNREACHABLE, 0, BigDecimal.ZERO, List.of())))
                .isEqualTo("no combination of this qualification's units meets its rules");
    }

    @Test
    void aCountedUnitNamesItsRuleOrItsEquivalence() {
        assertThat(WORDS.countedFor(new Counted("B1", "rule-2", Counted.Kind.RULE))).isEqualTo("1 unit from group B");
        assertThat(WORDS.countedFor(new Counted("B1", "", Counted.Kind.RULE))).isEmpty();
        IrDocument withEquivalence = new IrDocument(MINI.format(), MINI.formatVersion(), MINI.qualification(),
                MINI.scales(), MINI.units(), MINI.groups(), MINI.rules(), List.of(List.of("B1", "C1")),
                MINI.pathways(), MINI.grading());
        assertThat(ResultWords.of(withEquivalence).countedFor(new Counted("C1", "equivalent-1",
                Counted.Kind.EQUIVALENCE))).isEqualTo("equivalent units B1, C1");
    }

    @Test
    void everyProblemNamesTheUnitWhatWasGivenAndWhatTheEngineDid() {
        assertThat(WORDS.problem(new Problem(Problem.Kind.UNKNOWN_UNIT, "M11", null, null, List.of("M1", "M10"), null)))
                .isEqualTo("unit `M11` is not part of this qualification; did you mean `M1` or `M10`?");
        assertThat(WORDS.problem(new Problem(Problem.Kind.UNKNOWN_UNIT, "Z9", null, null, List.of(), null)))
                .isEqualTo("unit `Z9` is not part of this qualification");
        assertThat(WORDS.problem(Problem.of(Problem.Kind.DUPLICATE_UNIT, "A1")))
                .isEqualTo("unit `A1` is listed more than once; it counts once");
        assertThat(WORDS.problem(Problem.of(Problem.Kind.DUPLICATE_UNIT_LATER_USED, "A1")))
                .isEqualTo("unit `A1` is listed more than once; it counts once (the later, achieved entry is used)");
        assertThat(WORDS.problem(new Problem(Problem.Kind.RESULT_WITHOUT_SCALE, "B1", null, "Pass", List.of(), null)))
                .isEqualTo("unit `B1` has no grading scale, so its result `Pass` cannot be judged; it is not counted");
        assertThat(WORDS.problem(new Problem(Problem.Kind.UNKNOWN_RESULT, "A1", null, "Fail",
                List.of("Not yet passed", "Pass"), null)))
                .isEqualTo("unit `A1` has result `Fail`, which is not on its scale (Not yet passed, Pass); it is not counted");
        assertThat(WORDS.problem(Problem.of(Problem.Kind.RATINGS_WITHOUT_SCALE, "B1")))
                .isEqualTo("unit `B1` has no criterion scale, so its criterion ratings are ignored");
        assertThat(WORDS.problem(new Problem(Problem.Kind.UNKNOWN_CRITERION, "C2", "1.3", "S", List.of("1.1", "1.2"),
                null))).isEqualTo("unit `C2` has no criterion `1.3`; its rating is ignored; did you mean `1.1` or `1.2`?");
        assertThat(WORDS.problem(new Problem(Problem.Kind.UNKNOWN_RATING, "C2", "1.1", "X", List.of("N", "L", "S", "H"),
                "N"))).isEqualTo("criterion `1.1` of unit `C2` is rated `X`, which is not on its scale (N, L, S, H); it is"
                        + " taken as N");
        assertThat(WORDS.problem(new Problem(Problem.Kind.UNKNOWN_STATUS, "A1", null, "done", List.of(), null)))
                .isEqualTo("unit `A1` has status `done`; a status is achieved, planned, exempt or rpl");
        assertThat(WORDS.problem(new Problem(Problem.Kind.INVALID_DATE, "A1", null, "31/02", List.of(), null)))
                .isEqualTo("unit `A1` has date `31/02`, which is not a date like 2024-06-30; the date is ignored");
    }

    @Test
    void aUnitReasonNamesTheResultOrTheUnitsAchievementRule() {
        assertThat(WORDS.unitReason(new UnitResult("A1", false, "Not yet passed", "achieved",
                UnitResult.Reason.RESULT_NOT_ACHIEVED))).isEqualTo("result Not yet passed");
        // C2 has no rule of its own: every criterion at the lowest achieving label of its scale
        assertThat(WORDS.unitReason(new UnitResult("C2", false, null, "achieved", UnitResult.Reason.CRITERIA_NOT_MET)))
                .isEqualTo("criteria not met: every criterion at S or above");
        assertThat(WORDS.unitReason(new UnitResult("B1", false, null, "planned", UnitResult.Reason.PLANNED)))
                .isEqualTo("planned");
        assertThat(WORDS.unitReason(new UnitResult("B1", true, null, "achieved", UnitResult.Reason.NONE))).isEmpty();
    }

    @Test
    void didYouMeanOffersOneTwoOrThreeNames() {
        assertThat(DidYouMeanWords.question(List.of())).isEmpty();
        assertThat(DidYouMeanWords.question(List.of("4427-203"))).contains("did you mean `4427-203`?");
        assertThat(DidYouMeanWords.question(List.of("A", "B", "C"))).contains("did you mean `A`, `B` or `C`?");
    }
}
