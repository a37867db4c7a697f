package org.qdl.cli.spectest;

import java.util.List;
import org.qdl.runtime.result.Result;
import org.qdl.runtime.result.Shortfall;

/**
 * What a test can state about a candidate's result, read from the engine's {@link Result} in this one place, so
 * that a change in how results carry their facts touches nothing else in `qdl test`.
 *
 * @param grade the overall grade, or empty when there is none
 * @param shortfalls the ids of the rules (requirements) still short
 * @param problems the codes of the problems with the candidate's input (E001 …)
 * @param tariff the tariff points as a plain number, or empty when none is reported
 * @param profile the grade profile, each grade with the credits counted at it ("Distinction 30")
 * @param smaller the id of the smaller qualification of the suite achieved instead, or empty for none
 * @param smallerGrade its grade, by its own grading, or empty for none
 * @param graded the credits graded, each unit with its credits graded ("U5 7.5")
 * @param attempts with rules on attempts: each unit's attempt that counts for it, as "U1 2"
 * @param closed with rules on attempts: the units closed to the learner (never offered)
 * @param options every unit some shortfall offers, each once
 */
public record Observed(boolean achieved, String grade, int unitsNeeded, List<String> shortfalls,
        List<String> endorsements, List<String> problems, String tariff, List<String> profile, String smaller,
        String smallerGrade, List<String> graded, List<String> attempts, List<String> closed, List<String> options) {

    public Observed {
        attempts = List.copyOf(attempts);
        closed = List.copyOf(closed);
        options = List.copyOf(options);
        shortfalls = List.copyOf(shortfalls);
        endorsements = List.copyOf(endorsements);
        problems = List.copyOf(problems);
        profile = List.copyOf(profile);
        graded = List.copyOf(graded);
    }

    public static Observed of(Result r) {
        return new Observed(r.achieved(), r.grade() == null ? "" : r.grade(), r.unitsNeeded(),
                r.shortfalls().stream().map(Shortfall::requirement).toList(), r.endorsements(),
                r.problems().stream().map(org.qdl.runtime.result.Problem::code).toList(),
                r.tariff() == null ? "" : r.tariff().toPlainString(),
                r.profile().stream().map(g -> g.grade() + " " + plain(g.credits())).toList(),
                r.smaller() == null ? "" : r.smaller().id(),
                r.smaller() == null || r.smaller().grade() == null ? "" : r.smaller().grade(),
                r.graded().stream().map(g -> g.unit() + " " + plain(g.credits())).toList(),
                r.timing() == null ? List.of() : r.timing().attempts().stream()
                        .filter(a -> a.used() && (a.reason() == org.qdl.runtime.result.Attempt.Reason.STANDS
                                || a.reason() == org.qdl.runtime.result.Attempt.Reason.CAPPED))
                        .map(a -> a.unit() + " " + a.attempt()).toList(),
                r.timing() == null ? List.of() : r.timing().closedUnits().stream()
                        .map(org.qdl.runtime.result.ClosedUnit::unit).toList(),
                r.shortfalls().stream().flatMap(s -> s.options().stream()).distinct().toList());
    }

    static String plain(java.math.BigDecimal n) {
        java.math.BigDecimal v = n.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }
}
