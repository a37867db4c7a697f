package org.qdl.runtime.result;

import java.math.BigDecimal;
import java.util.List;

/**
 * The decision for one candidate: achieved or not, the grade, which unit counted for which requirement, what
 * is still missing, what was wrong with the input, and the units that could be certificated alone.
 *
 * @param candidate the candidate's id as given
 * @param achieved whether some valid combination of the candidate's units meets the structure
 * @param grade the overall grade, or null (not achieved, or no overall grade)
 * @param credits the credit of the counted units
 * @param counted the counted units and the requirement each counted for
 * @param surplus achieved units of the qualification that were not counted
 * @param shortfalls what is missing, when not achieved (from the nearest combination)
 * @param unitsNeeded the least number of further units that would achieve the qualification (0 if achieved)
 * @param problems problems with the candidate's input (unknown units, duplicates, unknown labels)
 * @param unitCertificate achieved units that can be certificated on their own
 * @param endorsements the endorsed titles (pathways) earned
 * @param unitResults each listed unit of the qualification as the engine understood it
 * @param whatIf true when planned units were counted as if achieved
 * @param undecided true when the engine could not decide within the candidate's search budget: then achieved is
 *     false, nothing is counted or missing, and a problem {@link Problem#UNDECIDED} gives the reason
 * @param tariff the UCAS-style tariff points of the counted units, when achieved and the grading has a tariff;
 *     else null
 * @param notCounted each listed unit that did not count, and why (surplus, over a maximum, barred, equivalent,
 *     not achieved, planned), and each exempt unit (counted without credit), in the order listed
 * @param advice for a candidate not yet achieved (and decided, with a way to achieve): the minimal completions,
 *     verified; null otherwise, and when advice was not asked for ({@code EvaluationOptions.advise})
 * @param assignments when achieved with pathways or endorsements: the combination behind each one earned
 * @param profile the grade profile of the counted units: for each grade some counted unit has, how many units
 *     and what credit; highest grade first (empty when no counted unit has a grade)
 * @param smaller when not achieved, for a qualification of a suite: the largest smaller qualification of the suite
 *     (the first written) whose rules the candidate's units meet; else null
 * @param graded when achieved and the grading grades chosen credits (`grade from the best 75 credits …`): the
 *     counted units whose credits the grade was worked out from, and how many of each, in the order listed; empty
 *     otherwise
 * @param timing for a qualification with rules on time and attempts: the registration period and each attempt at a
 *     unit, whether it stands for the unit and why not; else null
 */
public record Result(
        String candidate,
        boolean achieved,
        String grade,
        BigDecimal credits,
        List<Counted> counted,
        List<String> surplus,
        List<Shortfall> shortfalls,
        int unitsNeeded,
        List<Problem> problems,
        List<String> unitCertificate,
        List<String> endorsements,
        List<UnitResult> unitResults,
        boolean whatIf,
        boolean undecided,
        BigDecimal tariff,
        List<NotCounted> notCounted,
        Advice advice,
        List<Assignment> assignments,
        List<GradeCount> profile,
        Smaller smaller,
        List<GradedCredit> graded,
        Timing timing) {

    /**
     * A smaller qualification of the suite, achieved instead: its id and title, and its grade when it has a grading of
     * its own (else null).
     */
    public record Smaller(String id, String title, String grade) {
        public Smaller(String id, String title) {
            this(id, title, null);
        }
    }

    /**
     * This result, with what the learner must hold beside the units missing: not achieved (no grade, endorsement or
     * tariff), with those shortfalls after any others; what counted so far is kept. No further unit is needed for
     * them, so {@code unitsNeeded} is unchanged (0 when the units were enough).
     */
    public Result withRequisitesMissing(List<Shortfall> missing) {
        List<Shortfall> all = new java.util.ArrayList<>(achieved ? List.of() : shortfalls);
        all.addAll(missing);
        return new Result(candidate, false, null, credits, counted, surplus, all, achieved ? 0 : unitsNeeded, problems,
                unitCertificate, List.of(), unitResults, whatIf, undecided, null, notCounted, achieved ? null : advice,
                List.of(), profile, smaller, achieved ? List.of() : graded);
    }

    /**
     * This result, where no unit can count towards the qualification any more ({@code timing.closed()}): a learner
     * registered after the registration closed, or evaluated after the certification end date, is not achieved (no
     * grade, endorsement, tariff, smaller qualification or certificate); a learner whose registration ended, or with
     * an attempt dated after the certification end date, keeps what they achieved in time, and if that is not the
     * qualification, is told that no further unit can count. Either way, not achieved, the one shortfall is why, {@code unitsNeeded} is 0 (no number of units would
     * do) and there is no advice: it would offer units that can no longer count.
     */
    public Result closed() {
        Timing.Closed why = timing == null ? null : timing.closed();
        // what was achieved in time stands, except that evaluated after the certification end date none is certificated
        boolean keeps = why == Timing.Closed.REGISTRATION_ENDED
                || why == Timing.Closed.CERTIFICATION_ENDED && !timing.onEvaluationDate();
        if (why == null || undecided || keeps && achieved) {
            return this;
        }
        Shortfall shortfall = Shortfall.closed(why.word(), timing.closedOn(), keeps ? unitsNeeded : 0);
        return new Result(candidate, false, null, credits, counted, surplus, List.of(shortfall), 0, problems,
                keeps ? unitCertificate : List.of(), List.of(), unitResults, whatIf, undecided, null, notCounted, null,
                List.of(), profile, keeps ? smaller : null, List.of(), timing);
    }

    /** A result with no rules on time and attempts. */
    public Result(String candidate, boolean achieved, String grade, BigDecimal credits, List<Counted> counted,
            List<String> surplus, List<Shortfall> shortfalls, int unitsNeeded, List<Problem> problems,
            List<String> unitCertificate, List<String> endorsements, List<UnitResult> unitResults, boolean whatIf,
            boolean undecided, BigDecimal tariff, List<NotCounted> notCounted, Advice advice,
            List<Assignment> assignments, List<GradeCount> profile, Smaller smaller, List<GradedCredit> graded) {
        this(candidate, achieved, grade, credits, counted, surplus, shortfalls, unitsNeeded, problems, unitCertificate,
                endorsements, unitResults, whatIf, undecided, tariff, notCounted, advice, assignments, profile, smaller,
                graded, null);
    }

    /** This result, with what the rules on time and attempts made of the candidate's attempt history. */
    public Result withTiming(Timing read) {
        return new Result(candidate, achieved, grade, credits, counted, surplus, shortfalls, unitsNeeded, problems,
                unitCertificate, endorsements, unitResults, whatIf, undecided, tariff, notCounted, advice, assignments,
                profile, smaller, graded, read);
    }

    /** A result with no smaller qualification, whose grade looks at every counted credit. */
    public Result(String candidate, boolean achieved, String grade, BigDecimal credits, List<Counted> counted,
            List<String> surplus, List<Shortfall> shortfalls, int unitsNeeded, List<Problem> problems,
            List<String> unitCertificate, List<String> endorsements, List<UnitResult> unitResults, boolean whatIf,
            boolean undecided, BigDecimal tariff, List<NotCounted> notCounted, Advice advice,
            List<Assignment> assignments, List<GradeCount> profile) {
        this(candidate, achieved, grade, credits, counted, surplus, shortfalls, unitsNeeded, problems, unitCertificate,
                endorsements, unitResults, whatIf, undecided, tariff, notCounted, advice, assignments, profile, null,
                List.of());
    }

    /** This result, with the smaller qualification of the suite achieved instead. */
    public Result withSmaller(Smaller achievedInstead) {
        return new Result(candidate, achieved, grade, credits, counted, surplus, shortfalls, unitsNeeded, problems,
                unitCertificate, endorsements, unitResults, whatIf, undecided, tariff, notCounted, advice, assignments,
                profile, achievedInstead, graded, timing);
    }

    public Result {
        counted = List.copyOf(counted);
        surplus = List.copyOf(surplus);
        shortfalls = List.copyOf(shortfalls);
        problems = List.copyOf(problems);
        unitCertificate = List.copyOf(unitCertificate);
        endorsements = List.copyOf(endorsements);
        unitResults = List.copyOf(unitResults);
        notCounted = List.copyOf(notCounted);
        assignments = List.copyOf(assignments);
        profile = profile == null ? List.of() : List.copyOf(profile);
        graded = graded == null ? List.of() : List.copyOf(graded);
    }

    /** A result with no grade profile. */
    public Result(String candidate, boolean achieved, String grade, BigDecimal credits, List<Counted> counted,
            List<String> surplus, List<Shortfall> shortfalls, int unitsNeeded, List<Problem> problems,
            List<String> unitCertificate, List<String> endorsements, List<UnitResult> unitResults, boolean whatIf,
            boolean undecided, BigDecimal tariff, List<NotCounted> notCounted, Advice advice,
            List<Assignment> assignments) {
        this(candidate, achieved, grade, credits, counted, surplus, shortfalls, unitsNeeded, problems, unitCertificate,
                endorsements, unitResults, whatIf, undecided, tariff, notCounted, advice, assignments, List.of());
    }
}
