package org.qdl.cli.spectest;

import java.util.List;
import java.util.stream.Collectors;
import org.qdl.runtime.candidate.Achievement;

/** A learner's units in one line, as a failing case shows them: `4427-450, M7 (Not yet passed), 46 {1.1: S}`. */
final class Units {
    private Units() {
    }

    static String describe(List<Achievement> units) {
        if (units.isEmpty()) {
            return "none";
        }
        return units.stream().map(Units::describe).collect(Collectors.joining(", "));
    }

    private static String describe(Achievement a) {
        StringBuilder s = new StringBuilder(a.unit());
        a.result().ifPresent(r -> s.append(" (").append(r).append(')'));
        if (!a.criteria().isEmpty()) {
            s.append(a.criteria().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(", ", " {", "}")));
        }
        a.status().ifPresent(st -> s.append(" [").append(st).append(']'));
        a.date().ifPresent(d -> s.append(" on ").append(d));
        return s.toString();
    }
}
