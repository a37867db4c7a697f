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
import org.qdl.model.GradeRule;
import org.qdl.model.Grading;
import org.qdl.model.Level;
import org.qdl.model.Unit;
import org.qdl.syntax.Span;
import org.qdl.syntax.tree.GradingBlock;

/** Checks the qualification's grading and builds the model grading. */
final class GradingBuilder {
    private GradingBuilder() {
    }

    /**
     * {@code grades}: every grade a unit of the qualification can have; {@code units}: the units the
     * qualification can count.
     */
    static Grading build(List<GradingBlock> blocks, Collection<String> grades, Collection<Unit> units, Env env) {
        if (blocks.isEmpty()) {
            return Grading.none();
        }
        Diagnostics out = env.out;
        for (int i = 1; i < blocks.size(); i++) {
            out.add(Diagnostic.of(Code.Q0114, blocks.get(i).span(), "the qualification has two `grading` blocks")
                    .withLabel("second").withNote(blocks.get(0).span(), "first").withHelp("merge them into one"));
        }
        GradingBlock block = blocks.get(0);
        Optional<GradingBlock.NoOverallGrade> none = Optional.empty();
        Optional<GradingBlock.PointsTable> table = Optional.empty();
        Optional<GradingBlock.TariffTable> tariffTable = Optional.empty();
        Optional<GradingBlock.Selection> selectionItem = Optional.empty();
        for (GradingBlock.Item item : block.items()) {
            if (item instanceof GradingBlock.Selection sel) {
                if (selectionItem.isPresent()) {
                    out.add(Diagnostic.of(Code.Q0114, sel.span(), "the grading says twice which credits it grades")
                            .withLabel("second").withNote(selectionItem.get().span(), "first")
                            .withHelp("keep one `grade from ...`"));
                } else {
                    selectionItem = Optional.of(sel);
                }
            } else if (item instanceof GradingBlock.NoOverallGrade n) {
                none = Optional.of(n);
            } else if (item instanceof GradingBlock.TariffTable t) {
                if (tariffTable.isPresent()) {
                    out.add(Diagnostic.of(Code.Q0114, t.span(), "the grading has two tariff tables")
                            .withNote(tariffTable.get().span(), "first table"));
                } else {
                    tariffTable = Optional.of(t);
                }
            } else if (item instanceof GradingBlock.PointsTable t) {
                if (table.isPresent()) {
                    out.add(Diagnostic.of(Code.Q0114, t.span(), "the grading has two points tables")
                            .withNote(table.get().span(), "first table"));
                } else {
                    table = Optional.of(t);
                }
            }
        }
        Optional<Grading.Points> points = table.map(t -> points(t, grades, env));
        Optional<GradingBlock.PointsTable> pointsTable = table;
        Optional<Grading.Selection> selection = selectionItem.flatMap(sel -> Selections.build(sel, block, pointsTable,
                env));
        if (points.isPresent()) {
            Numbers.pointsWithinReach(table.get().span(), points.get(), env.units.values(), out);
            // only the units the grade looks at need points (`grade from units at level 5`: not the level 4 ones)
            PointsCoverage.check(table.get(), points.get(), units.stream()
                    .filter(u -> selection.map(sel -> looksAt(sel, u)).orElse(true)).toList(), out);
        }
        Optional<Grading.Points> tariff = tariffTable.map(t -> points(new GradingBlock.PointsTable(
                GradingBlock.Per.CREDIT, t.rows(), t.span()), grades, env));
        if (tariff.isPresent()) {
            Numbers.pointsWithinReach(tariffTable.get().span(), tariff.get(), env.units.values(), out);
        }
        List<GradeRule> rules = new ArrayList<>();
        Optional<Span> otherwise = Optional.empty();
        Optional<GradingBlock.Threshold> lastThreshold = Optional.empty();
        Optional<Span> notAchieved = Optional.empty();
        Span lastGrade = block.span();
        boolean completeTable = false;
        for (GradingBlock.Item item : block.items()) {
            Span span = item.span();
            if (item instanceof GradingBlock.NotAchievedOtherwise) {
                if (notAchieved.isPresent()) {
                    out.add(Diagnostic.of(Code.Q0114, span, "the grading says `otherwise not achieved` twice")
                            .withLabel("second").withNote(notAchieved.get(), "first"));
                } else {
                    notAchieved = Optional.of(span);
                }
                continue;
            }
            if (item instanceof GradingBlock.Threshold || item instanceof GradingBlock.GradeWhen
                    || item instanceof GradingBlock.GradeTable) {
                lastGrade = span;
                // grades after `otherwise not achieved` are never tried
                unreachableAfterOtherwise(notAchieved, span, out);
            }
            if (item instanceof GradingBlock.GradeTable t) {
                unreachableAfterOtherwise(otherwise, span, out);
                Optional<List<GradeRule>> rows = GradeTables.rows(t, env);
                rows.ifPresent(rules::addAll);
                completeTable |= rows.isPresent();
            }
            if (item instanceof GradingBlock.Threshold t) {
                Numbers.inRange(t.points(), out);
                if (table.isEmpty()) {
                    out.add(Diagnostic.of(Code.Q0314, span, "`grade " + t.grade().text() + " from " + t.points()
                            + " points` needs a points table").withLabel("points of what?")
                            .withHelp("add `points per credit { level 3: P 7, M 8, D 9 }` (or `points per unit`)"));
                }
                if (lastThreshold.isPresent() && t.points().value().compareTo(lastThreshold.get().points().value()) >= 0) {
                    out.add(Diagnostic.of(Code.Q0213, span, "`grade " + t.grade().text() + "` needs "
                            + t.points() + " points but comes after a grade that needs " + lastThreshold.get().points()
                            + ", so it can never be given").withLabel("never reached")
                            .withNote(lastThreshold.get().span(), "this grade is tried first")
                            .withHelp("list grades from the most points to the fewest"));
                }
                if (t.when().isEmpty()) {
                    // a grade with a condition too may be missed by a learner with the points: those below it are
                    // tried next, whatever their points
                    lastThreshold = Optional.of(t);
                }
                unreachableAfterOtherwise(otherwise, span, out);
                Optional<Condition> c = t.when().isEmpty() ? Optional.empty()
                        : Conditions.forQualification(t.when().get(), grades, table.isPresent(), env);
                rules.add(new GradeRule(t.grade().text(), c, Optional.of(t.points().value())));
            } else if (item instanceof GradingBlock.GradeWhen w) {
                unreachableAfterOtherwise(otherwise, span, out);
                Optional<Condition> c = Optional.empty();
                if (w.when().isPresent()) {
                    c = Conditions.forQualification(w.when().get(), grades, table.isPresent(), env);
                } else {
                    otherwise = Optional.of(span);
                }
                rules.add(new GradeRule(w.grade().text(), c, Optional.empty()));
            }
        }
        Optional<GradeRule> everyone = rules.stream().filter(r -> r.when().isEmpty() && r.fromPoints()
                .map(p -> p.signum() <= 0 && points.isPresent() && PointsCoverage.neverNegative(points.get()))
                .orElse(true)).findFirst();
        // a complete grade table grades every learner whose named units count (an end-point assessment's methods)
        boolean everyoneGraded = completeTable || everyone.isPresent();
        String everyonesGrade = everyone.map(r -> "grade `" + r.grade() + "`").orElse("a grade from the grade table");
        if (notAchieved.isPresent() && (rules.isEmpty() || none.isPresent())) {
            out.add(Diagnostic.of(Code.Q0221, notAchieved.get(), "`otherwise not achieved` needs grades to fall "
                    + "short of").withLabel(none.isPresent() ? "the grading says `no overall grade`" : "no grade above")
                    .withHelp("list the grades first (`grade Pass from 18 points`), or remove `otherwise not achieved`"));
        } else if (notAchieved.isPresent() && everyoneGraded) {
            out.add(Diagnostic.of(Code.Q0222, notAchieved.get(), "`otherwise not achieved` never applies: every "
                    + "achieved learner gets " + everyonesGrade).withLabel("never reached")
                    .withHelp(everyone.map(r -> "give `" + r.grade() + "` a threshold or a condition, or remove "
                            + "`otherwise not achieved`").orElse("remove `otherwise not achieved`")));
        }
        if (!rules.isEmpty() && none.isEmpty() && !everyoneGraded && notAchieved.isEmpty()) {
            out.add(Diagnostic.of(Code.Q0220, lastGrade, "an achieved learner who meets none of these grades gets "
                    + "no grade").withLabel("the last grade, and some learners may not reach it")
                    .withHelp("end with the grade every achieved learner gets: `grade " + rules.get(rules.size() - 1)
                            .grade() + " otherwise`" + (points.isPresent() ? " or `from 0 points`" : "")
                            + "; or, if such a learner has not achieved the qualification, `otherwise not achieved`"));
        }
        if (none.isPresent() && !rules.isEmpty()) {
            out.add(Diagnostic.of(Code.Q0213, none.get().span(), "the grading says `no overall grade` but also gives "
                    + "grades").withLabel("contradicts the grades below").withHelp("keep one or the other"));
        }
        return new Grading(true, none.isPresent(), rules, points, tariff,
                notAchieved.isPresent() && !rules.isEmpty() && none.isEmpty(), selection);
    }

    /** Whether the grade looks at the unit: at the selection's level (any, when it names none), or included. */
    private static boolean looksAt(Grading.Selection sel, Unit u) {
        if (sel.including().contains(u.ref()) || sel.level().isEmpty()) {
            return true;
        }
        org.qdl.model.Rule.LevelFilter f = sel.level().get();
        if (u.level().isEmpty()) {
            return false;
        }
        int rank = u.level().get().rank();
        int bound = f.level().rank();
        return switch (f.direction()) {
            case EXACTLY -> rank == bound;
            case OR_ABOVE -> rank >= bound;
            case OR_BELOW -> rank <= bound;
        };
    }

    private static void unreachableAfterOtherwise(Optional<Span> otherwise, Span span, Diagnostics out) {
        otherwise.ifPresent(o -> out.add(Diagnostic.of(Code.Q0213, span, "grades after `otherwise` can never be given")
                .withLabel("unreachable").withNote(o, "`otherwise` is here").withHelp("put `otherwise` last")));
    }

    private static Grading.Points points(GradingBlock.PointsTable t, Collection<String> grades, Env env) {
        List<Grading.Row> rows = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (GradingBlock.PointsRow row : t.rows()) {
            Optional<Level> level = Optional.empty();
            Optional<BigDecimal> glh = Optional.empty();
            String key = "any";
            if (row.key().isPresent() && row.key().get() instanceof GradingBlock.LevelKey l) {
                level = Levels.resolve(env, l.level());
                key = "level " + l.level().display();
            } else if (row.key().isPresent()) {
                Numbers.inRange(((GradingBlock.GlhKey) row.key().get()).glh(), env.out);
                glh = Optional.of(((GradingBlock.GlhKey) row.key().get()).glh().value());
                key = "glh " + glh.get().toPlainString();
            }
            if (keys.contains(key)) {
                env.out.add(Diagnostic.of(Code.Q0213, row.span(), "the points table has two rows for " + key)
                        .withLabel("second row"));
                continue;
            }
            keys.add(key);
            List<Grading.Entry> entries = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            for (GradingBlock.PointsEntry e : row.entries()) {
                String grade = e.grade().text();
                if (seen.contains(grade)) {
                    env.out.add(Diagnostic.of(Code.Q0213, e.span(), "grade `" + grade + "` has two values in this row")
                            .withLabel("second value"));
                    continue;
                }
                seen.add(grade);
                if (!grades.contains(grade)) {
                    Diagnostic d = Diagnostic.of(Code.Q0108, e.grade().span(), "no unit of this qualification can be "
                            + "graded `" + grade + "`").withLabel("unknown grade");
                    env.out.add(DidYouMean.suggest(grade, grades).map(n -> d.withHelp("did you mean `" + n + "`?"))
                            .orElse(d.withHelp(grades.isEmpty() ? "units get grades from a `grading scale`"
                                    : "units can be graded " + String.join(", ", grades))));
                }
                Numbers.inRange(e.points(), env.out);
                entries.add(new Grading.Entry(grade, e.points().value()));
            }
            rows.add(new Grading.Row(level, glh, entries));
        }
        return new Grading.Points(t.per() == GradingBlock.Per.CREDIT ? Grading.Per.CREDIT : Grading.Per.UNIT, rows);
    }
}
