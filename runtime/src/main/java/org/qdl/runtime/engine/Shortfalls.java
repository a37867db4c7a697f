package org.qdl.runtime.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.qdl.runtime.result.Shortfall;

/**
 * Reads what is missing off the nearest combination (the one that needs the fewest further units): for each
 * requirement, how many more units or credits it needs from what the candidate has, and which units could fill it.
 */
final class Shortfalls {
    private static final int OPTIONS_SHOWN = 8;

    private Shortfalls() {
    }

    static List<Shortfall> describe(CompiledQualification q, Judgement j, Requirement[] reqs, Solution nearest,
            long[] credit) {
        Solution s = withoutSpareAssignments(j, reqs, nearest, credit);
        List<Shortfall> out = new ArrayList<>();
        for (int r = 0; r < reqs.length; r++) {
            Requirement req = reqs[r];
            if (req.hasDemand()) {
                int units = 0;
                long credits = 0;
                int[] included = new int[req.inclusions.length];
                for (int u : req.pool) {
                    if (s.assignment[u] == r && j.usable[u]) {
                        units++;
                        credits += credit[u];
                        for (int i = 0; i < req.inclusions.length; i++) {
                            if (req.inclusions[i].member()[u]) {
                                included[i]++;
                            }
                        }
                    }
                }
                int unitShort = Math.max(0, req.minUnits - units);
                long creditShort = Math.max(0, req.minCredits - credits);
                if (unitShort > 0 || creditShort > 0) {
                    out.add(shortfall(q, j, req, unitShort, creditShort, options(q, j, req.member)));
                }
                for (int i = 0; i < req.inclusions.length; i++) {
                    if (included[i] < req.inclusions[i].min()) {
                        out.add(inclusionShortfall(q, j, req, req.inclusions[i]));
                    }
                }
            }
            if (!req.assigned && req.inclusions.length > 0) {
                long have = 0;
                for (int u : req.pool) {
                    if (j.usable[u] && s.uses(u)) {
                        have += req.weight(u, credit[u]);
                    }
                }
                if (have < req.lo) {
                    out.add(inclusionShortfall(q, j, req, req.inclusions[0]));
                }
                continue;
            }
            if (req.hasSum() && req.lo > 0 && req.weights == null) {
                long have = 0;
                for (int u : req.pool) {
                    boolean achievedPart = j.usable[u] && s.uses(u);
                    boolean slotPart = !j.usable[u] && s.assignment[u] >= 0;
                    if (achievedPart || slotPart) {
                        have += req.weight(u, credit[u]);
                    }
                }
                long missing = req.lo - have;
                if (missing > 0) {
                    out.add(shortfall(q, j, req, req.measuresCredits ? 0 : (int) missing,
                            req.measuresCredits ? missing : 0, options(q, j, req.member)));
                }
            }
        }
        return out;
    }

    /**
     * The nearest combination with every missing unit that a rule would be met without counted freely instead:
     * a solver may assign a missing unit to a rule the candidate's own units already meet, and that unit is
     * then missing for a total, not for the rule.
     */
    private static Solution withoutSpareAssignments(Judgement j, Requirement[] reqs, Solution s, long[] credit) {
        int[] assignment = s.assignment;
        for (int u = 0; u < assignment.length; u++) {
            if (assignment[u] >= 0 && !j.usable[u] && assignment == s.assignment) {
                assignment = s.assignment.clone();
            }
            int r = assignment[u];
            if (r >= 0 && !j.usable[u]) {
                assignment[u] = Solution.FREE;
                if (!met(reqs[r], r, assignment, credit)) {
                    assignment[u] = r;
                }
            }
        }
        return assignment == s.assignment ? s : new Solution(assignment, s.value);
    }

    private static boolean met(Requirement req, int r, int[] assignment, long[] credit) {
        int units = 0;
        long credits = 0;
        int[] included = new int[req.inclusions.length];
        for (int u : req.pool) {
            if (assignment[u] == r) {
                units++;
                credits += credit[u];
                for (int i = 0; i < included.length; i++) {
                    included[i] += req.inclusions[i].member()[u] ? 1 : 0;
                }
            }
        }
        for (int i = 0; i < included.length; i++) {
            if (included[i] < req.inclusions[i].min()) {
                return false;
            }
        }
        return units >= req.minUnits && credits >= req.minCredits;
    }

    private static Shortfall inclusionShortfall(CompiledQualification q, Judgement j, Requirement req,
            Requirement.Inclusion inclusion) {
        List<String> opts = options(q, j, inclusion.member());
        String message = (opts.size() == 1 ? "must include " : "must include one of ") + String.join(", ", opts)
                + " (" + req.text + ")";
        return new Shortfall(req.id, req.text, 0, BigDecimal.ZERO, opts, message);
    }

    private static Shortfall shortfall(CompiledQualification q, Judgement j, Requirement req, int units, long credits,
            List<String> options) {
        String scope = q.scopeText(req.id);
        BigDecimal creditValue = BigDecimal.ZERO;
        if (credits != 0) {
            creditValue = BigDecimal.valueOf(credits).divide(BigDecimal.valueOf(q.creditScale)).stripTrailingZeros();
            if (creditValue.scale() < 0) {
                creditValue = creditValue.setScale(0);
            }
        }
        StringBuilder m = new StringBuilder();
        if (units > 0) {
            m.append(units).append(" more unit").append(units == 1 ? "" : "s");
        }
        if (credits > 0) {
            if (m.length() > 0) {
                m.append(" and ");
            }
            m.append(creditValue.toPlainString()).append(" more credit").append(credits == q.creditScale ? "" : "s");
        }
        if (!scope.isEmpty()) {
            m.append(' ').append(scope);
        }
        if (!options.isEmpty()) {
            boolean noChoice = units > 0 && credits == 0 && options.size() == units;
            m.append(noChoice ? ": " : ": choose from ");
            m.append(String.join(", ", options.subList(0, Math.min(OPTIONS_SHOWN, options.size()))));
            if (options.size() > OPTIONS_SHOWN) {
                m.append(" and ").append(options.size() - OPTIONS_SHOWN).append(" more");
            }
        }
        return new Shortfall(req.id, req.text, units, creditValue, options, m.toString());
    }

    /** Units of the set the candidate has not achieved (so could still add), in the spec's order. */
    private static List<String> options(CompiledQualification q, Judgement j, boolean[] member) {
        List<String> out = new ArrayList<>();
        for (int u = 0; u < member.length; u++) {
            if (member[u] && !j.usable[u]) {
                out.add(q.units[u].ref);
            }
        }
        return out;
    }
}
