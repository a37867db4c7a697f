package org.qdl.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.model.Grading;
import org.qdl.model.Rule;
import org.qdl.syntax.print.Printer;
import org.qdl.syntax.tree.Condition;
import org.qdl.syntax.tree.GradingBlock;
import org.qdl.syntax.tree.Name;
import org.qdl.syntax.tree.RuleNode;

/**
 * Checks `grade from the best 75 credits at level 4, taken from at most 120 credits, including group core` and
 * builds the model's selection: the best credits are chosen by points per credit, so they need such a table, and
 * a grade is then given by points alone.
 */
final class Selections {
    private Selections() {
    }

    static Optional<Grading.Selection> build(GradingBlock.Selection sel, GradingBlock block,
            Optional<GradingBlock.PointsTable> table, Env env) {
        Diagnostics out = env.out;
        boolean ok = true;
        if (sel.best().isPresent()) {
            ok &= Numbers.inRange(sel.best().get(), out);
            if (sel.best().get().value().signum() <= 0) {
                out.add(Diagnostic.of(Code.Q0235, sel.best().get().span(), "the best " + sel.best().get()
                        + " credits grade nothing").withLabel("no credits").withHelp("name a number of credits above 0"));
                ok = false;
            }
            if (table.isEmpty() || table.get().per() != GradingBlock.Per.CREDIT) {
                Diagnostic d = Diagnostic.of(Code.Q0145, sel.span(), "the best " + sel.best().get() + " credits are "
                        + "chosen by their points per credit, but the grading has no `points per credit` table")
                        .withLabel("best by what?")
                        .withHelp("add `points per credit { level 4: P 0, M 1, D 2 }`");
                out.add(table.isPresent() ? d.withNote(table.get().span(), "points per unit cannot be split by credit")
                        : d);
                ok = false;
            }
            for (GradingBlock.Item item : block.items()) {
                Optional<Condition> when = item instanceof GradingBlock.GradeWhen w ? w.when()
                        : item instanceof GradingBlock.Threshold t ? t.when() : Optional.empty();
                for (Condition.Atom atom : when.map(Condition::atoms).orElse(List.of())) {
                    if (!(atom instanceof Condition.MinimumPoints)) {
                        out.add(Diagnostic.of(Code.Q0146, atom.span(), "with the best " + sel.best().get()
                                + " credits graded, a grade is given by their points only")
                                .withLabel("not about points").withNote(sel.span(), "the credits graded")
                                .withHelp("give the grade by points (`grade D from 150 points`), or grade every "
                                        + "counted credit (`grade from units at level 4`)"));
                        ok = false;
                    } else if (((Condition.MinimumPoints) atom).from().isPresent()) {
                        // the last of the best credits may fall in any of several units worth as much per credit,
                        // so the points some units bring to them are not determined
                        out.add(Diagnostic.of(Code.Q0146, atom.span(), "with the best " + sel.best().get()
                                + " credits graded, a grade is given by the points of all of them, not of some units")
                                .withLabel("points from some units").withNote(sel.span(), "the credits graded")
                                .withHelp("give the grade by the points of the credits graded (`at least 24 "
                                        + "points`), or grade every counted credit (`grade from units at level 4`)"));
                        ok = false;
                    }
                }
            }
        }
        if (sel.cap().isPresent()) {
            ok &= Numbers.inRange(sel.cap().get(), out);
            if (sel.best().isPresent() && sel.cap().get().value().compareTo(sel.best().get().value()) < 0) {
                out.add(Diagnostic.of(Code.Q0235, sel.cap().get().span(), "the best " + sel.best().get()
                        + " credits cannot be taken from at most " + sel.cap().get() + " credits")
                        .withLabel("fewer than the credits graded")
                        .withHelp("take them from at least " + sel.best().get() + " credits"));
                ok = false;
            }
        }
        Optional<Rule.LevelFilter> level = Optional.empty();
        if (sel.level().isPresent()) {
            level = RuleBuilder.levelFilter(env, sel.level().get());
            ok &= level.isPresent();
        }
        List<String> including = new ArrayList<>();
        Optional<Rule.Scope> scope = Optional.empty();
        if (sel.including().isPresent()) {
            RuleNode.Pool pool = sel.including().get();
            Set<String> units = new LinkedHashSet<>();
            if (pool instanceof RuleNode.UnitPool u) {
                for (Name ref : u.units()) {
                    if (env.decls.units.containsKey(ref.text())) {
                        units.add(ref.text());
                    } else {
                        GroupResolver.unknownUnit(env, ref, "");
                        ok = false;
                    }
                }
                scope = Optional.of(new Rule.Scope(Rule.ScopeKind.UNITS, u.units().stream().map(Name::text).toList()));
            } else {
                RuleNode.GroupPool g = (RuleNode.GroupPool) pool;
                for (Name n : g.groups()) {
                    List<String> members = env.groupUnits.get(n.text());
                    if (members == null) {
                        GroupResolver.unknownGroup(env, n);
                        ok = false;
                    } else {
                        units.addAll(members);
                    }
                }
                scope = Optional.of(new Rule.Scope(Rule.ScopeKind.GROUPS, g.groups().stream().map(Name::text)
                        .toList()));
            }
            including.addAll(units);
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new Grading.Selection(sel.best().map(n -> n.value()), level,
                sel.cap().map(n -> n.value()), including, scope, Printer.selectionText(sel)));
    }
}
