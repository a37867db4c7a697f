package org.qdl.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.ir.IrAttempts;
import org.qdl.runtime.ir.IrComparison;
import org.qdl.runtime.ir.IrCondition;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.runtime.ir.IrGrading;
import org.qdl.runtime.ir.IrRule;
import org.qdl.runtime.result.Attempt;
import org.qdl.runtime.result.Counted;
import org.qdl.runtime.result.Result;
import org.qdl.runtime.result.Shortfall;

/** Engine bugs the brute-force oracle found, one test each, so that they stay fixed. */
class EngineRegressionTest {

    @Test
    void aPercentageOfUnitsGradedIsAGradeCondition() {
        // "at least 50% of units graded Merit or above" was read as no condition at all (its minimum is 0, and
        // units below Merit take the sum down), so every achieved candidate got the grade
        IrBuilder b = new IrBuilder().scale("pmd", RandomStructures.LABELS, RandomStructures.LABELS.subList(1, 4));
        for (String ref : List.of("a1", "a2", "a3", "a4")) {
            b.gradedUnit(ref, 5, 2, "pmd");
        }
        b.rule(IrBuilder.slot("A", List.of("a1", "a2", "a3", "a4"), 3, null, null));
        b.grade("M", new IrCondition("at least 50% of units graded Merit or above", List.of(
                new IrCondition.IrAtom(IrCondition.Kind.SOME_UNITS, "Merit", IrComparison.GE, BigDecimal.valueOf(50), true, null))));
        b.grade("P", null);
        CompiledQualification q = b.compile();

        assertThat(q.evaluate(graded("a1=Pass", "a2=Pass", "a3=Merit")).grade()).isEqualTo("P");
        Result m = q.evaluate(graded("a1=Pass", "a2=Pass", "a3=Merit", "a4=Distinction"));
        assertThat(m.grade()).isEqualTo("M");
        assertThat(m.counted()).hasSize(4);
    }

    @Test
    void anInclusionOfASharedRuleMustBeMet() {
        // `at least 1 unit from group G shared including g2` ignored its inclusion: the rule counts all units
        IrBuilder b = new IrBuilder();
        b.unit("g1", 5, 2).unit("g2", 5, 2);
        b.rule(IrBuilder.including(IrBuilder.sum("G", List.of("g1", "g2"), null, 1, null, null, null), 1, "g2"));
        CompiledQualification q = b.compile();

        Result r = q.evaluate(candidate("g1"));
        assertThat(r.achieved()).isFalse();
        assertThat(r.unitsNeeded()).isEqualTo(1);
        assertThat(r.shortfalls()).containsExactly(new Shortfall("G", Shortfall.Kind.INCLUDE, 0, BigDecimal.ZERO,
                List.of("g2")));
        assertThat(q.evaluate(candidate("g1", "g2")).achieved()).isTrue();
    }

    @Test
    void aUnitEquivalentToAnIncludedUnitMeetsTheInclusion() {
        // SEMANTICS.md: "either satisfies a rule that names the other"; pools were closed under equivalence but
        // inclusions were not, so `including b1` rejected b1's equivalent e1
        IrBuilder b = new IrBuilder();
        b.unit("b1", 5, 2).unit("b2", 5, 2).unit("e1", 5, 2);
        b.rule(IrBuilder.including(IrBuilder.slot("B", List.of("b1", "b2"), 2, null, null), 1, "b1"));
        b.equivalent("b1", "e1");
        CompiledQualification q = b.compile();

        Result r = q.evaluate(candidate("e1", "b2"));
        assertThat(r.achieved()).isTrue();
        assertThat(q.evaluate(candidate("b1", "e1", "b2")).counted()).hasSize(2);
    }

    @Test
    void aMissingUnitCountedForARuleAlreadyMetIsReportedWhereItIsMissing() {
        // the type search may put the missing unit under A, which the candidate's own units already meet; the
        // shortfalls then said nothing at all, where "1 more unit in total" is what is missing
        IrBuilder b = new IrBuilder();
        b.unit("u1", 5, 3).unit("u2", 3, 1).unit("u3", 10, 3).unit("u4", 1, 4).unit("u5", 3, 1).unit("u6", 8, 3);
        b.rule(IrBuilder.slot("A", List.of("u1", "u5", "u6", "u3"), 2, null, 13));
        b.rule(IrBuilder.slot("B", List.of("u3"), 1, null, null));
        b.rule(IrBuilder.sum("total", null, null, 4, null, null, null));
        b.rule(IrBuilder.sum("shared", List.of("u1", "u5", "u6", "u3"), null, 2, null, null, null));
        CompiledQualification q = b.compile();

        Result r = q.evaluate(candidate("u3", "u1", "u6"));
        assertThat(r.achieved()).isFalse();
        assertThat(r.unitsNeeded()).isEqualTo(1);
        assertThat(r.shortfalls()).extracting(s -> s.requirement()).containsExactly("total");
        assertThat(r.shortfalls().get(0).units()).isEqualTo(1);
    }

    @Test
    void aMissingUnitMayMoveAnAchievedUnitThatMovesAnotherMissingUnit() {
        // matching refused augmenting paths that run from a missing unit through an achieved unit to another
        // missing unit, so it found no combination at all: "no combination meets the rules"
        IrBuilder b = new IrBuilder();
        for (String ref : List.of("u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8")) {
            b.unit(ref, 5, 2);
        }
        b.rule(IrBuilder.sum("total", null, null, 7, null, null, null));
        b.rule(IrBuilder.slot("G1", List.of("u7", "u8"), 1, null, null));
        b.rule(IrBuilder.slot("G5", List.of("u3", "u1"), 1, null, null));
        b.rule(IrBuilder.slot("G2", List.of("u4", "u1"), 1, null, null));
        b.rule(IrBuilder.slot("G3", List.of("u2", "u6", "u3", "u8"), 4, null, null));
        CompiledQualification q = b.compile();
        assertThat(SolverChoice.usesMatching(q)).isTrue();

        Result r = q.evaluate(candidate("u8", "u1", "u5", "u7"));
        assertThat(r.achieved()).isFalse();
        // u2, u6, u3 for G3 (with u8), u1 for G5 and u4 for G2: four units missing
        assertThat(r.unitsNeeded()).isEqualTo(4);
    }

    @Test
    void bothSolversCountEveryUnitTheRulesAllow() {
        // with no total, matching counted only the units the slots needed (a third B unit was surplus), while the
        // type search counted it: the same candidate got different counted units and credits by solver
        IrBuilder b = new IrBuilder();
        b.unit("a1", 5, 2).unit("b1", 5, 2).unit("b2", 5, 2).unit("b3", 5, 2).unit("loose", 4, 2);
        b.rule(IrBuilder.slot("A", List.of("a1"), 1, null, null));
        b.rule(IrBuilder.slot("B", List.of("b1", "b2", "b3"), 1, null, null));
        CompiledQualification byMatching = b.compile();
        b.rule(IrBuilder.sum("some-credit", null, null, null, null, 1, null));
        CompiledQualification bySearch = b.compile();
        assertThat(SolverChoice.usesMatching(byMatching)).isTrue();
        assertThat(SolverChoice.usesMatching(bySearch)).isFalse();

        for (CompiledQualification q : List.of(byMatching, bySearch)) {
            Result r = q.evaluate(candidate("a1", "b1", "b2", "b3", "loose"));
            assertThat(r.counted()).extracting(Counted::unit).containsExactly("a1", "b1", "b2", "b3", "loose");
            assertThat(r.surplus()).isEmpty();
            assertThat(r.credits()).isEqualByComparingTo("24");
        }
    }

    @Test
    void underAMaximumTheUnitsWorthMostPointsAreCounted() {
        // matching counted the first units listed up to the maximum, not those worth most points
        IrBuilder b = new IrBuilder().scale("pmd", RandomStructures.LABELS, RandomStructures.LABELS.subList(1, 4));
        for (String ref : List.of("a1", "a2", "a3")) {
            b.gradedUnit(ref, 5, 2, "pmd");
        }
        b.rule(IrBuilder.slot("A", List.of("a1", "a2", "a3"), 1, null, null));
        b.rule(IrBuilder.sum("total", null, null, null, 2, null, null));
        b.points = new IrGrading.IrPoints(IrGrading.IrPoints.Per.UNIT, List.of(new IrGrading.IrPointsRow(null, null,
                List.of(new IrGrading.IrPointsEntry("Pass", BigDecimal.ONE),
                        new IrGrading.IrPointsEntry("Merit", BigDecimal.valueOf(2)),
                        new IrGrading.IrPointsEntry("Distinction", BigDecimal.valueOf(3))))));
        b.grade("D", new IrCondition("from 100 points", List.of(
                new IrCondition.IrAtom(IrCondition.Kind.POINTS, null, null, null, false, BigDecimal.valueOf(100)))));
        b.grade("P", null);
        CompiledQualification q = b.compile();

        Result r = q.evaluate(graded("a1=Pass", "a2=Merit", "a3=Distinction"));
        assertThat(r.grade()).isEqualTo("P");
        assertThat(r.counted()).extracting(Counted::unit).containsExactlyInAnyOrder("a2", "a3");
        assertThat(r.surplus()).containsExactly("a1");
    }

    @Test
    void anExemptUnitChangesNothingForTheNextCandidate() {
        // the hot path shares the qualification's credits until a candidate's exempt unit needs a copy; a first
        // version wrote the exempt unit's 0 into the shared array, and every later candidate lost those credits
        IrBuilder b = new IrBuilder();
        b.unit("a", 8, 2).unit("b", 6, 2);
        b.rule(IrBuilder.sum("credits", null, null, null, null, 12, null));
        CompiledQualification q = b.compile();

        Result exempt = q.evaluate(new Candidate("x", List.of(Achievement.of("a"), Achievement.of("b")
                .withStatus("exempt"))));
        assertThat(exempt.achieved()).isFalse();
        // b is missing: with its 6 credits the next candidate would have 14
        Result next = q.evaluate(candidate("a"));
        assertThat(next.achieved()).isFalse();
        assertThat(next.unitsNeeded()).isEqualTo(1);
    }

    @Test
    void attemptsNumberedAndNotNeverShareANumber() {
        // an attempt with no number was numbered by its place alone, so after one given as attempt 2 the next was
        // "attempt 2" too: a third sitting counted as the one resit `at most 1 resit per unit` allows (the oracle)
        CompiledQualification q = withAttempts(oneUnitA1(), new IrAttempts(null, 1, null, null, false, null));

        Result r = q.evaluate(new Candidate("x", List.of(attempt("Fail", null, 2), attempt("Pass", null, 0))));
        assertThat(r.timing().attempts()).extracting(Attempt::attempt).containsExactly(2, 3);
        assertThat(r.achieved()).isFalse();
        // a number given below the attempt before it's is not taken either: numbers go up in the order sat
        Result listed = q.evaluate(new Candidate("x", List.of(attempt("Fail", null, 0), attempt("Pass", null, 1))));
        assertThat(listed.timing().attempts()).extracting(Attempt::attempt).containsExactly(1, 2);
        assertThat(listed.achieved()).isTrue();
    }

    @Test
    void aResitWindowRunsFromTheLastAttemptTheRulesAllowed() {
        // the window ran from the previous attempt even when the rules refused it: a resit too late reopened the
        // window for the next one, and an attempt before the registration closed it for the first allowed resit
        CompiledQualification q = withAttempts(oneUnitA1(), new IrAttempts(null, 2, new IrAttempts.IrPeriod(3,
                IrAttempts.IrPeriod.Unit.MONTHS), null, false, null));

        Result late = q.evaluate(new Candidate("x", List.of(attempt("Fail", "2025-01-10", 1),
                attempt("Fail", "2025-05-10", 2), attempt("Pass", "2025-07-10", 3))));
        assertThat(late.timing().attempts()).extracting(Attempt::reason).containsExactly(Attempt.Reason.NOT_ACHIEVED,
                Attempt.Reason.RESIT_TOO_LATE, Attempt.Reason.RESIT_TOO_LATE);
        assertThat(late.achieved()).isFalse();

        Result early = q.evaluate(new Candidate("x", List.of(attempt("Fail", "2024-01-10", 1),
                attempt("Pass", "2025-06-01", 2)), List.of(), "2024-03-01"));
        assertThat(early.timing().attempts()).extracting(Attempt::reason)
                .containsExactly(Attempt.Reason.BEFORE_REGISTRATION, Attempt.Reason.STANDS);
        assertThat(early.achieved()).isTrue();
    }

    @Test
    void theBestCombinationIsTakenOverEveryReadingOfAGate() {
        // with a gate the engine solves each reading (the gated units counted, or none of them) and reported the first
        // reading's best: here counting the level 3 unit C opens the gate but, under the cap of 15 credits, takes the
        // room of B, whose Merit is worth more (the oracle, seed 88251). A, D, B: 14 credits, the best 11 graded: A's 7
        // at 5 and 4 of B's at 3, 47 points; A, D, C: 15 credits, 35 points (C's level has no points)
        IrBuilder b = new IrBuilder().scale("pmd", RandomStructures.LABELS, RandomStructures.LABELS.subList(1, 4));
        b.gradedUnit("A", 7, 4, "pmd").gradedUnit("B", 6, 1, "pmd").gradedUnit("C", 7, 3, "pmd").unit("D", 1, 1);
        b.rule(IrBuilder.slot("one-of-d", List.of("D"), 1, null, null));
        IrRule.IrLevelFilter three = IrBuilder.level("eq", 3);
        b.rule(new IrRule("gate", null, "units at level 2 count only after 1 credit at level 3",
                IrRule.Counting.BOUNDS, IrBuilder.TOTAL, null, three, null, new IrRule.IrBounds(BigDecimal.ONE, null),
                List.of(), false, null, null, null, null, null, null, IrBuilder.level("eq", 2)));
        IrGrading.IrPoints points = new IrGrading.IrPoints(IrGrading.IrPoints.Per.CREDIT, List.of(
                new IrGrading.IrPointsRow(1, null, List.of(new IrGrading.IrPointsEntry("Merit", BigDecimal.valueOf(3)))),
                new IrGrading.IrPointsRow(4, null, List.of(new IrGrading.IrPointsEntry("Merit", BigDecimal.valueOf(5))))));
        IrDocument d = b.build();
        CompiledQualification q = CompiledQualification.compile(new IrDocument(d.format(), d.formatVersion(),
                d.qualification(), d.scales(), d.units(), d.groups(), d.rules(), d.equivalents(), d.pathways(),
                new IrGrading(List.of(new org.qdl.runtime.ir.IrGradeRule("M", new IrCondition("from 24 points",
                        List.of(new IrCondition.IrAtom(IrCondition.Kind.POINTS, null, null, null, false, BigDecimal.valueOf(24))))),
                        new org.qdl.runtime.ir.IrGradeRule("P", null)), points, null, null,
                        new IrGrading.IrSelection(BigDecimal.valueOf(11), null, BigDecimal.valueOf(15), List.of(),
                                "the best 11 credits, taken from at most 15 credits"))));

        Result r = q.evaluate(graded("A=Merit", "B=Merit", "C=Distinction", "D"));
        assertThat(r.grade()).isEqualTo("M");
        assertThat(r.counted()).extracting(Counted::unit).containsExactlyInAnyOrder("A", "B", "D");
    }

    @Test
    void aRefusedAttemptDoesNotCloseAUnitByItsWindow() {
        // a unit was closed when today was past the window of its latest attempt, even one the rules refused: an
        // attempt before the registration opens no window, so the learner may still sit a1 (SEMANTICS.md)
        CompiledQualification q = withAttempts(oneUnitA1(), new IrAttempts(null, 2, new IrAttempts.IrPeriod(3,
                IrAttempts.IrPeriod.Unit.MONTHS), null, false, null));
        Candidate early = new Candidate("x", List.of(attempt("Fail", "2024-01-10", 1)), List.of(), "2024-03-01");

        Result r = q.evaluate(early, new EvaluationOptions(false).on("2025-06-01"));
        assertThat(r.timing().closedUnits()).isEmpty();
        assertThat(r.unitsNeeded()).isEqualTo(1);
        // an allowed fail whose window has passed does close it
        Result late = q.evaluate(new Candidate("x", List.of(attempt("Fail", "2024-04-10", 1)), List.of(), "2024-03-01"),
                new EvaluationOptions(false).on("2025-06-01"));
        assertThat(late.timing().closedUnits()).extracting(org.qdl.runtime.result.ClosedUnit::unit).containsExactly("a1");
        assertThat(late.unitsNeeded()).isZero();
    }

    /** One graded unit, a1, that must be achieved. */
    private static IrDocument oneUnitA1() {
        IrBuilder b = new IrBuilder().scale("pmd", RandomStructures.LABELS, RandomStructures.LABELS.subList(1, 4));
        b.gradedUnit("a1", 10, 3, "pmd");
        b.rule(IrBuilder.slot("A", List.of("a1"), 1, null, null));
        return b.build();
    }

    private static CompiledQualification withAttempts(IrDocument d, IrAttempts attempts) {
        return CompiledQualification.compile(IrBuilder.withAttempts(d, attempts));
    }

    private static Achievement attempt(String result, String date, int number) {
        return new Achievement("a1", java.util.Optional.of(result), java.util.Map.of(),
                java.util.Optional.ofNullable(date), java.util.Optional.empty(), 0, number);
    }

    private static Candidate candidate(String... units) {
        return new Candidate("x", List.of(units).stream().map(Achievement::of).collect(Collectors.toList()));
    }

    private static Candidate graded(String... unitResults) {
        return new Candidate("x", List.of(unitResults).stream()
                .map(s -> s.indexOf('=') < 0 ? Achievement.of(s)
                        : Achievement.withResult(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1)))
                .collect(Collectors.toList()));
    }
}
