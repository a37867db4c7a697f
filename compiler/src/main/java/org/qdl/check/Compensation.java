package org.qdl.check;

import java.util.List;
import java.util.Optional;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.model.Rule;
import org.qdl.model.Scale;
import org.qdl.model.Unit;

/**
 * Rules about passing, checked against the scales that can record a unit without a pass: a rule about passing
 * where no unit of it can fail changes nothing (Q0141), and units that can count without a pass with no rule about
 * passing are compensated without a limit (Q0142).
 */
final class Compensation {
    private Compensation() {
    }

    static void check(List<Rule> rules, List<Unit> units, Diagnostics out) {
        boolean anyAboutPassing = false;
        for (Rule r : rules) {
            if (!aboutPassing(r)) {
                continue;
            }
            anyAboutPassing = true;
            boolean someCanFail = units.stream().anyMatch(u -> (r.pool().isEmpty() || r.pool().contains(u.ref()))
                    && countsWithoutPass(u));
            if (!someCanFail) {
                boolean notPassed = r instanceof Rule.Amounts some
                        && some.outcome().equals(java.util.Optional.of(Rule.Outcome.NOT_PASSED));
                out.add(Diagnostic.of(Code.Q0141, r.span(), "no unit of this rule can count without a pass, so "
                        + (notPassed ? "`not passed` counts nothing" : "`passed` changes nothing")).withLabel("every unit here is passed when it counts")
                        .withHelp("a unit counts without a pass when its scale says `recorded`, such as `recorded U "
                                + "or above` below `achieved P or above`"));
            }
        }
        if (anyAboutPassing) {
            return;
        }
        for (Unit u : units) {
            Optional<Scale> s = u.gradingScale().filter(x -> !x.recordedOnly().isEmpty());
            if (s.isPresent()) {
                out.add(Diagnostic.of(Code.Q0142, u.span(), "unit `" + u.ref() + "` counts at `"
                        + s.get().recordedOnly().get(s.get().recordedOnly().size() - 1) + "` without a pass, and no "
                        + "rule limits such units").withLabel("can count without a pass")
                        .withHelp("say how much may count without a pass, such as `at most 15 credits not passed in "
                                + "total` or `all units from group mandatory passed`; or take `recorded` off scale `"
                                + s.get().name() + "`"));
                return;
            }
        }
    }

    private static boolean aboutPassing(Rule r) {
        return r instanceof Rule.AllUnits all && all.passed() || r instanceof Rule.Amounts some && some.outcome().isPresent();
    }

    private static boolean countsWithoutPass(Unit u) {
        return u.gradingScale().map(s -> !s.recordedOnly().isEmpty()).orElse(false);
    }
}
