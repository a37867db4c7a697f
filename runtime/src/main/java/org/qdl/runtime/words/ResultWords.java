package org.qdl.runtime.words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.runtime.ir.IrRule;
import org.qdl.runtime.ir.IrUnit;
import org.qdl.runtime.result.Advice;
import org.qdl.runtime.result.Counted;
import org.qdl.runtime.result.GradeCount;
import org.qdl.runtime.result.NotCounted;
import org.qdl.runtime.result.Problem;
import org.qdl.runtime.result.Shortfall;
import org.qdl.runtime.result.UnitResult;

/**
 * An evaluation's facts in words, for one qualification: made once from its IR (rule texts, where rules look,
 * units' achievement rules), then used for any number of results, from any number of threads.
 *
 * <pre>{@code
 * ResultWords words = ResultWords.of(qualification.ir());
 * result.shortfalls().forEach(s -> System.out.println(words.shortfall(s)));
 * }</pre>
 */
public final class ResultWords {
    /** By rule id: the rule as its author wrote it. */
    private final Map<String, String> ruleTexts = new HashMap<>();
    /** By rule id: the words after the rule's amount in a shortfall. */
    private final Map<String, String> scopes = new HashMap<>();
    /** By the id the engine gives the n-th class of equivalent units: "equivalent units A, B". */
    private final Map<String, String> equivalences = new HashMap<>();
    private final UnitReasonWords unitReasons;
    /** Whether some unit can be achieved at two grades or more, so that a grade profile says something. */
    private final boolean gradeProfile;
    /** The rules on time and attempts, or null. */
    private final org.qdl.runtime.ir.IrAttempts attempts;
    /** By unit reference: the unit's title, where it has one. */
    private final Map<String, String> titles = new HashMap<>();
    /** By unit reference: the unit's credit, for a proportion of it graded. */
    private final Map<String, java.math.BigDecimal> unitCredits = new HashMap<>();
    /** Whether the grading grades chosen credits (`grade from the best 75 credits …`). */
    private final boolean gradedCredits;

    private ResultWords(IrDocument ir) {
        List<IrRule> rules = new ArrayList<>(ir.rules());
        ir.pathways().forEach(p -> rules.addAll(p.rules()));
        for (IrRule r : rules) {
            ruleTexts.putIfAbsent(r.id(), r.text() == null ? "" : r.text());
            scopes.putIfAbsent(r.id(), ScopeWords.of(r));
        }
        for (int c = 0; c < ir.equivalents().size(); c++) {
            equivalences.put(Counted.equivalenceId(c), "equivalent units " + String.join(", ", ir.equivalents().get(c)));
        }
        if (ir.grading() != null && !ir.grading().rules().isEmpty()) {
            // what a learner below every grade falls short of: the lowest grade (`otherwise not achieved`)
            ruleTexts.put(Shortfall.GRADING, gradeText(ir.grading().rules().get(ir.grading().rules().size() - 1)));
        }
        for (org.qdl.runtime.ir.IrRequisite r : ir.requisites()) {
            // what a learner missing it is told, and what its shortfall's rule is
            String what = (r.title() == null || r.title().isBlank() ? r.id() : r.title() + " (" + r.id() + ")");
            ruleTexts.putIfAbsent(r.id(), switch (r.kind()) {
                case QUALIFICATION -> "must hold the " + what + " before registering for this qualification";
                case COMPONENT -> "needs " + what + (r.level() == null ? "" : " at "
                        + (ir.qualification().framework() == null ? "" : ir.qualification().framework() + " ")
                        + "level " + (r.level().label() == null ? String.valueOf(r.level().rank()) : r.level().label())
                        + switch (r.level().op()) {
                            case EQ -> "";
                            case GE -> " or above";
                            case LE -> " or below";
                        }) + (r.isGateway() ? " at the gateway, before the assessment is taken"
                                : ", beside this qualification's units");
            });
        }
        unitReasons = new UnitReasonWords(ir);
        attempts = ir.attempts();
        if (attempts != null) {
            // the rule a shortfall of a learner for whom no unit can count any more goes back to
            if (attempts.registrationCloses() != null) {
                ruleTexts.put(Shortfall.REGISTRATION_CLOSED, "registration closes " + attempts.registrationCloses());
            }
            if (attempts.certificationEnds() != null) {
                ruleTexts.put(Shortfall.CERTIFICATION_ENDED, "certification ends " + attempts.certificationEnds());
            }
            List<String> resitRules = new ArrayList<>(2);
            if (attempts.resitsPerUnit() != null) {
                resitRules.add("at most " + attempts.resitsPerUnit() + (attempts.resitsPerUnit() == 1 ? " resit" : " resits")
                        + " per unit");
            }
            if (attempts.resitWithin() != null) {
                resitRules.add("resit within " + period(attempts.resitWithin()));
            }
            if (!resitRules.isEmpty()) {
                // the rules that close a unit on its own
                ruleTexts.put(Shortfall.UNITS_CLOSED, String.join("; ", resitRules));
            }
            if (attempts.registrationValid() != null) {
                org.qdl.runtime.ir.IrAttempts.IrPeriod p = attempts.registrationValid();
                String unit = p.unit().name().toLowerCase(java.util.Locale.ROOT);
                ruleTexts.put(Shortfall.REGISTRATION_ENDED, "registration valid for " + p.count() + " "
                        + (p.count() == 1 ? unit.substring(0, unit.length() - 1) : unit));
            }
        }
        gradeProfile = gradedUnits(ir);
        ir.units().forEach(u -> {
            if (u.title() != null && !u.title().isBlank()) {
                titles.put(u.ref(), u.title());
            }
            if (u.credit() != null) {
                unitCredits.put(u.ref(), u.credit());
            }
        });
        gradedCredits = ir.grading() != null && ir.grading().selection() != null;
    }

    /** "12 months", "1 year": a period as the spec says it. */
    private static String period(org.qdl.runtime.ir.IrAttempts.IrPeriod p) {
        String unit = p.unit().name().toLowerCase(java.util.Locale.ROOT);
        return p.count() + " " + (p.count() == 1 ? unit.substring(0, unit.length() - 1) : unit);
    }

    /**
     * Whether results say which credits the grade was worked out from: only for a grading that chooses them
     * (`grade from the best 75 credits …`, `grade from units at level 5`), so every other output reads as before.
     */
    public boolean showsGradedCredits() {
        return gradedCredits;
    }

    /** "4001 15, 4002 15, 4005 7.5 of 15 (37.5 credits)": the credits graded, a proportion said as such. */
    public String graded(List<org.qdl.runtime.result.GradedCredit> graded) {
        StringBuilder s = new StringBuilder();
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        for (org.qdl.runtime.result.GradedCredit g : graded) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(g.unit()).append(' ').append(plain(g.credits()));
            java.math.BigDecimal whole = unitCredits.get(g.unit());
            if (whole != null && whole.compareTo(g.credits()) != 0) {
                s.append(" of ").append(plain(whole));
            }
            total = total.add(g.credits());
        }
        if (s.length() > 0) {
            s.append(" (").append(plain(total)).append(total.compareTo(java.math.BigDecimal.ONE) == 0 ? " credit)"
                    : " credits)");
        }
        return s.toString();
    }

    private static String plain(java.math.BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    /**
     * The registration line of a result with rules on time and attempts ("registered 2024-09-02, registration valid
     * to 2027-09-01"), or "" when there is nothing to say.
     */
    public String registration(org.qdl.runtime.result.Timing t) {
        String unchecked = attempts == null ? null : attempts.registrationValid() != null ? "the registration period"
                : attempts.registrationCloses() != null ? "the registration's closing date" : null;
        return TimingWords.registration(t, unchecked);
    }

    /** An attempt and whether it counts for its unit: "attempt 2 at U3 (2025-06-10, Distinction) counts as Pass: …". */
    public String attempt(org.qdl.runtime.result.Attempt a) {
        return TimingWords.attempt(a, attempts != null && (attempts.registrationValid() != null
                || attempts.resitWithin() != null || attempts.certificationEnds() != null));
    }

    /**
     * A unit closed to the learner, one line: "U3 is closed to the learner: its resits are used up (at most 1 resit per
     * unit); no further attempt at it can count".
     */
    public String closedUnit(org.qdl.runtime.result.ClosedUnit c) {
        return TimingWords.closed(c);
    }

    /** The unit's title, "" when it has none (or is not part of the qualification). */
    public String unitTitle(String ref) {
        return ref == null ? "" : titles.getOrDefault(ref, "");
    }

    /** "4427-450 Deliver customer service", or the reference alone when the unit has no title. */
    public String unitWithTitle(String ref) {
        String title = unitTitle(ref);
        return title.isEmpty() ? ref : ref + " " + title;
    }

    /** "grade Pass from 18 points", "grade \"Level 2 Pass\" when …", as the author wrote it. */
    private static String gradeText(org.qdl.runtime.ir.IrGradeRule g) {
        String label = bare(g.grade()) ? g.grade() : '"' + g.grade() + '"';
        if (g.when() == null) {
            return "grade " + label + " otherwise";
        }
        if (g.when().text() != null) {
            return "grade " + label + " when " + g.when().text();
        }
        java.math.BigDecimal p = g.when().all().isEmpty() ? null : g.when().all().get(0).points();
        return "grade " + label + (p == null ? "" : " from " + p.stripTrailingZeros().toPlainString() + " points");
    }

    /** Whether a label reads without quotes: letters, digits and `_` (no regex: the browser's engine stays small). */
    private static boolean bare(String label) {
        if (label.isEmpty()) {
            return false;
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (!(c == '_' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    private static boolean gradedUnits(IrDocument ir) {
        Map<String, Integer> achievedLabels = new HashMap<>();
        ir.scales().forEach(s -> achievedLabels.put(s.id(), s.achieved().size()));
        for (IrUnit u : ir.units()) {
            boolean byScale = u.gradingScale() != null && achievedLabels.getOrDefault(u.gradingScale(), 0) >= 2;
            boolean byRules = u.grades().stream().map(g -> g.grade()).distinct().count() >= 2;
            if (byScale || byRules) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether results of this qualification show a grade profile: only when some unit can be achieved at two grades
     * or more (else it would only repeat the counted units), so that every other qualification's results read as
     * they always have.
     */
    public boolean showsGradeProfile() {
        return gradeProfile;
    }

    /** "Distinction 30 credits (2 units), Merit 15 credits (1 unit)"; without credits "Distinction 2 units". */
    public String profile(List<GradeCount> profile) {
        StringBuilder s = new StringBuilder();
        for (GradeCount g : profile) {
            if (s.length() > 0) {
                s.append(", ");
            }
            String units = g.units() + (g.units() == 1 ? " unit" : " units");
            s.append(g.grade()).append(' ');
            if (g.credits() != null && g.credits().signum() > 0) {
                String credits = g.credits().stripTrailingZeros().toPlainString();
                s.append(credits).append(g.credits().compareTo(java.math.BigDecimal.ONE) == 0 ? " credit (" : " credits (")
                        .append(units).append(')');
            } else {
                s.append(units);
            }
        }
        return s.toString();
    }

    public static ResultWords of(IrDocument ir) {
        return new ResultWords(ir);
    }

    /** The rule as its author wrote it, by its id; "" for none. */
    public String rule(String requirementId) {
        return ruleTexts.getOrDefault(requirementId, "");
    }

    /** What a unit counted for: the rule's text, or "equivalent units A, B". */
    public String countedFor(Counted c) {
        return switch (c.kind()) {
            case RULE -> rule(c.requirement());
            case EQUIVALENCE -> equivalences.getOrDefault(c.requirement(), "");
        };
    }

    /** "1 more unit from group C: choose from …", "must include 4427-301 (…)". */
    public String shortfall(Shortfall s) {
        return ShortfallWords.of(s, rule(s.requirement()), scopes.getOrDefault(s.requirement(), ""));
    }

    /** "unit `4427-999` is not part of this qualification; did you mean `4427-552`?". */
    public String problem(Problem p) {
        return ProblemWords.of(p);
    }

    /**
     * The same after where its row is in the input named {@code input}, when that is known: "orders.csv:1234: unit
     * `4427-999` is not part of this qualification; did you mean `4427-552`?".
     */
    public String problem(Problem p, String input) {
        return ProblemWords.at(p, input);
    }

    /** The same, appended to {@code out}: for a report that writes many, without a string for each. */
    public StringBuilder appendProblem(StringBuilder out, Problem p, String input) {
        return ProblemWords.appendAt(out, p, input);
    }

    /** "unit 4427-211 is barred by 4427-210 (…)", "unit 46 does not count: criteria not met: … ; below it: 1.2 at L". */
    public String notCounted(NotCounted n) {
        return NotCountedWords.of(n, rule(n.requirement() == null ? "" : n.requirement()),
                n.detail() == null ? "" : unitReasons.of(n.detail()));
    }

    /** The ways to complete the qualification, one a line: "add one of A, B and one of C, D", "and 3 more ways". */
    public List<String> advice(Advice a) {
        return AdviceWords.lines(a);
    }

    /** One way to complete it: "add one of A, B and C". */
    public String way(Advice a, Advice.Way w) {
        return AdviceWords.way(w, a.forCredit());
    }

    /** Why a listed unit does not count ("result Not yet passed"), or "" when it counts. */
    public String unitReason(UnitResult u) {
        return unitReasons.of(u);
    }
}
