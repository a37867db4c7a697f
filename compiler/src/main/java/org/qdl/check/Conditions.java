package org.qdl.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.diag.DidYouMean;
import org.qdl.model.Condition;
import org.qdl.syntax.print.Printer;
import org.qdl.syntax.tree.Condition.Atom;
import org.qdl.syntax.tree.RuleNode;

/**
 * Conditions in two places: a unit's (over its criterion ratings) and the qualification's grading (over the
 * counted units' grades and points). Each atom is checked for belonging where it is and for naming labels that
 * exist.
 */
final class Conditions {
    private Conditions() {
    }

    /** Over criteria: labels must be in {@code scaleLabels}; empty when there is no scale to read them on. */
    static Optional<Condition> forUnit(org.qdl.syntax.tree.Condition c, Optional<List<String>> scaleLabels,
            String unit, Diagnostics out) {
        boolean ok = true;
        List<Condition.Atom> atoms = new ArrayList<>();
        for (Atom a : c.atoms()) {
            if (a instanceof org.qdl.syntax.tree.Condition.EveryCriterion e) {
                ok &= label(e.bound().label(), scaleLabels, "criterion scale of unit `" + unit + "`", out);
                atoms.add(new Condition.Atom(Condition.Kind.EVERY_CRITERION, e.bound().label().text(),
                        direction(e.bound().direction()), BigDecimal.ZERO, false, BigDecimal.ZERO));
            } else if (a instanceof org.qdl.syntax.tree.Condition.SomeCriteria s) {
                ok &= label(s.bound().label(), scaleLabels, "criterion scale of unit `" + unit + "`", out);
                ok &= count(s.count(), s.percent(), out);
                atoms.add(new Condition.Atom(Condition.Kind.SOME_CRITERIA, s.bound().label().text(),
                        direction(s.bound().direction()), s.count().value(), s.percent(), BigDecimal.ZERO));
            } else {
                out.add(Diagnostic.of(Code.Q0113, a.span(), "a unit's condition is about its criteria; this is about "
                        + "counted units and belongs in the qualification's `grading`").withLabel("not allowed here"));
                ok = false;
            }
        }
        return ok ? Optional.of(new Condition(Printer.condition(c), atoms)) : Optional.empty();
    }

    /** Over counted units: labels must be grades some unit can have; points need a points table. */
    static Optional<Condition> forQualification(org.qdl.syntax.tree.Condition c, Collection<String> grades,
            boolean hasPoints, Env env) {
        Diagnostics out = env.out;
        boolean ok = true;
        List<Condition.Atom> atoms = new ArrayList<>();
        for (Atom a : c.atoms()) {
            if (a instanceof org.qdl.syntax.tree.Condition.EveryUnitGraded e) {
                ok &= grade(e.bound().label(), grades, out);
                atoms.add(new Condition.Atom(Condition.Kind.EVERY_UNIT, e.bound().label().text(),
                        direction(e.bound().direction()), BigDecimal.ZERO, false, BigDecimal.ZERO));
            } else if (a instanceof org.qdl.syntax.tree.Condition.SomeUnitsGraded s) {
                ok &= grade(s.bound().label(), grades, out);
                ok &= count(s.count(), s.percent(), out);
                atoms.add(new Condition.Atom(Condition.Kind.SOME_UNITS, s.bound().label().text(),
                        direction(s.bound().direction()), s.count().value(), s.percent(), BigDecimal.ZERO));
            } else if (a instanceof org.qdl.syntax.tree.Condition.SomeCreditsGraded s) {
                ok &= grade(s.bound().label(), grades, out);
                ok &= Numbers.inRange(s.credits(), out);
                Optional<org.qdl.model.Rule.LevelFilter> level = Optional.empty();
                if (s.level().isPresent()) {
                    if (env.framework.isEmpty() && s.level().get().level().isPresent()) {
                        Levels.resolve(env, s.level().get().level().get());   // reports the missing framework
                    }
                    level = RuleBuilder.levelFilter(env, s.level().get());
                    ok &= level.isPresent();
                }
                atoms.add(new Condition.Atom(Condition.Kind.SOME_CREDITS, s.bound().label().text(),
                        direction(s.bound().direction()), s.credits().value(), false, BigDecimal.ZERO, level));
            } else if (a instanceof org.qdl.syntax.tree.Condition.UnitGraded u) {
                Optional<List<String>> unitGrades = unitGrades(u.unit(), env);
                ok &= unitGrades.isPresent() && unitGrade(u.unit().text(), u.bound().label(), unitGrades.get(), out);
                atoms.add(Condition.Atom.unitGraded(u.unit().text(), u.bound().label().text(),
                        direction(u.bound().direction())));
            } else if (a instanceof org.qdl.syntax.tree.Condition.MinimumPoints m) {
                ok &= Numbers.inRange(m.points(), out);
                Optional<Condition.From> from = Optional.empty();
                if (m.from().isPresent()) {
                    RuleBuilder.Pool pool = new RuleBuilder(env).pool(m.from().get());
                    if (pool.scope().kind() == org.qdl.model.Rule.ScopeKind.EACH_OF_GROUPS) {
                        out.add(Diagnostic.of(Code.Q0223, m.from().get().span(), "points are counted over all of "
                                + "these groups together, not over each of them").withLabel("`each of`")
                                .withHelp("write `from groups " + String.join(", ", pool.scope().names())
                                        + "` for their points together, or one condition per group joined with `and`"));
                        ok = false;
                    }
                    from = Optional.of(new Condition.From(pool.scope(), pool.units()));
                }
                if (!hasPoints) {
                    out.add(Diagnostic.of(Code.Q0314, a.span(), "this grade needs points, but the grading has no "
                            + "points table").withLabel("points of what?")
                            .withHelp("add `points per credit { level 3: P 7, M 8, D 9 }` (or `points per unit`)"));
                    ok = false;
                }
                atoms.add(new Condition.Atom(Condition.Kind.POINTS, "", Condition.Direction.EXACTLY, BigDecimal.ZERO,
                        false, m.points().value(), Optional.empty(), from));
            } else {
                out.add(Diagnostic.of(Code.Q0113, a.span(), "the qualification's grading is about counted units; "
                        + "a condition on criteria belongs in a unit (`achieved when` or `grade`)")
                        .withLabel("not allowed here"));
                ok = false;
            }
        }
        return ok ? Optional.of(new Condition(Printer.condition(c), atoms)) : Optional.empty();
    }

    static Condition.Direction direction(RuleNode.Direction d) {
        return switch (d) {
            case OR_ABOVE -> Condition.Direction.OR_ABOVE;
            case OR_BELOW -> Condition.Direction.OR_BELOW;
            case EXACTLY -> Condition.Direction.EXACTLY;
        };
    }

    private static boolean label(org.qdl.syntax.tree.Name label, Optional<List<String>> labels, String where,
            Diagnostics out) {
        if (labels.isEmpty()) {
            return true;
        }
        if (labels.get().contains(label.text())) {
            return true;
        }
        Diagnostic d = Diagnostic.of(Code.Q0108, label.span(), "`" + label.text() + "` is not a label of the " + where)
                .withLabel("not in the scale");
        out.add(DidYouMean.suggest(label.text(), labels.get()).map(n -> d.withHelp("did you mean `" + n + "`?"))
                .orElse(d.withHelp("the labels are " + String.join(", ", labels.get()))));
        return false;
    }

    /**
     * The grades a named unit can have (its result scale's labels, or its grade rules' grades), or empty when it is
     * not declared or has none (reported).
     */
    static Optional<List<String>> unitGrades(org.qdl.syntax.tree.Name ref, Env env) {
        org.qdl.model.Unit unit = env.units.get(ref.text());
        if (unit == null) {
            GroupResolver.unknownUnit(env, ref, "");
            return Optional.empty();
        }
        List<String> grades = new ArrayList<>();
        unit.gradingScale().ifPresent(s -> grades.addAll(s.labelNames()));
        unit.grades().forEach(g -> {
            if (!grades.contains(g.grade())) {
                grades.add(g.grade());
            }
        });
        if (grades.isEmpty()) {
            env.out.add(Diagnostic.of(Code.Q0233, ref.span(), "unit `" + ref.text() + "` has no grades to compare")
                    .withLabel("no grading scale and no grade rules")
                    .withHelp("give the unit a `grading scale` (such as Fail < Pass < Merit < Distinction)"));
            return Optional.empty();
        }
        return Optional.of(grades);
    }

    /** Whether a label is a grade of the named unit; reported when it is not. */
    static boolean unitGrade(String unit, org.qdl.syntax.tree.Name label, List<String> grades, Diagnostics out) {
        if (grades.contains(label.text())) {
            return true;
        }
        Diagnostic d = Diagnostic.of(Code.Q0108, label.span(), "unit `" + unit + "` cannot be graded `"
                + label.text() + "`").withLabel("not one of its grades");
        out.add(DidYouMean.suggest(label.text(), grades).map(n -> d.withHelp("did you mean `" + n + "`?"))
                .orElse(d.withHelp("unit `" + unit + "` can be graded " + String.join(", ", grades))));
        return false;
    }

    private static boolean grade(org.qdl.syntax.tree.Name label, Collection<String> grades, Diagnostics out) {
        return grade(label.text(), label.span(), grades, out);
    }

    /** Whether some unit can be graded {@code label}; Q0108 (with the grade it most likely meant) if not. */
    static boolean grade(String label, org.qdl.syntax.Span span, Collection<String> grades, Diagnostics out) {
        if (grades.contains(label)) {
            return true;
        }
        Diagnostic d = Diagnostic.of(Code.Q0108, span, "no unit of this qualification can be graded `"
                + label + "`").withLabel("unknown grade");
        out.add(DidYouMean.suggest(label, grades).map(n -> d.withHelp("did you mean `" + n + "`?"))
                .orElse(d.withHelp(grades.isEmpty() ? "units get grades from a `grading scale` or `grade` rules"
                        : "units can be graded " + String.join(", ", grades))));
        return false;
    }

    private static boolean count(org.qdl.syntax.tree.Num n, boolean percent, Diagnostics out) {
        if (!Numbers.inRange(n, out)) {
            return false;
        }
        if (percent && n.value().compareTo(BigDecimal.valueOf(100)) > 0) {
            out.add(Diagnostic.of(Code.Q0206, n.span(), "a percentage above 100 can never be met")
                    .withLabel("more than 100%"));
            return false;
        }
        if (!percent && !n.isWhole()) {
            out.add(Diagnostic.of(Code.Q0214, n.span(), "a number of criteria or units must be whole")
                    .withLabel("not a whole number"));
            return false;
        }
        return true;
    }
}
