package org.qdl.runtime.words;

import java.util.List;
import org.qdl.runtime.ir.IrRule;

/** "from group C", "at level 3 or above", "in total": the words after a rule's amount in a shortfall. */
final class ScopeWords {
    private ScopeWords() {
    }

    static String of(IrRule r) {
        StringBuilder s = new StringBuilder();
        if (r.outcome() != null) {
            s.append(switch (r.outcome()) {
                case PASSED -> "passed";
                case NOT_PASSED -> "not passed";
            });
        }
        if (r.unitCredits() != null) {
            s.append(s.length() > 0 ? " " : "");
            List<String> sizes = r.unitCredits().stream().map(c -> c.stripTrailingZeros().toPlainString()).toList();
            s.append("from units of ").append(Lists.or(sizes)).append(" credits");
        }
        if (r.level() != null) {
            s.append(s.length() > 0 ? " " : "").append(r.level().ofQualification() ? "at qualification level" : "at level " + r.level().label());
            s.append(switch (r.level().op()) {
                case EQ -> "";
                case GE -> " or above";
                case LE -> " or below";
            });
        }
        if (r.graded() != null) {
            s.append(s.length() > 0 ? " " : "").append("graded ").append(r.graded().label()).append(switch (r.graded().op()) {
                case EQ -> "";
                case GE -> " or above";
                case LE -> " or below";
            });
        }
        List<String> names = r.scope().names();
        String where = switch (r.scope().kind()) {
            case TOTAL -> r.level() == null && r.unitCredits() == null && r.graded() == null ? "in total" : "";
            case GROUPS -> "from " + (names.size() == 1 ? "group " : "groups ") + Lists.and(names);
            case ANY_OF_GROUPS -> "from any of groups " + Lists.and(names);
            case UNITS -> "from " + (names.size() == 1 ? "unit " : "units ") + String.join(", ", names);
        };
        if (!where.isEmpty()) {
            s.append(s.length() > 0 ? " " : "").append(where);
        }
        return s.toString();
    }
}
