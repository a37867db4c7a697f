package org.qdl.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.model.Condition;
import org.qdl.model.GradeRule;
import org.qdl.model.Unit;
import org.qdl.syntax.print.Printer;
import org.qdl.syntax.tree.GradingBlock;
import org.qdl.syntax.tree.Name;
import org.qdl.syntax.tree.RuleNode;

/**
 * An end-point assessment's grade table (`grade table units Report, Discussion { Distinction, Pass: Merit … }`),
 * checked and turned into grade rules, a row a rule: `grade Merit when unit Report graded Distinction and unit
 * Discussion graded Pass`. A table must give a grade for every combination of grades at which its units count
 * (Q0230), each once (Q0232), a grade per unit on every row (Q0231).
 */
final class GradeTables {
    /** Missing combinations named in full up to this many; then how many more. */
    private static final int MISSING_NAMED = 6;

    private GradeTables() {
    }

    /** The table's rows as grade rules, in its order; empty when it has errors (reported). */
    static Optional<List<GradeRule>> rows(GradingBlock.GradeTable t, Env env) {
        Diagnostics out = env.out;
        List<List<String>> grades = new ArrayList<>();
        List<List<String>> all = new ArrayList<>();
        boolean ok = true;
        for (Name unit : t.units()) {
            Optional<List<String>> g = Conditions.unitGrades(unit, env);
            ok &= g.isPresent();
            all.add(g.orElse(List.of()));
            grades.add(g.isPresent() ? counting(env.units.get(unit.text()), g.get()) : List.of());
        }
        boolean unitsKnown = ok;
        List<GradeRule> rules = new ArrayList<>();
        Map<List<String>, GradingBlock.TableRow> seen = new HashMap<>();
        for (GradingBlock.TableRow row : t.rows()) {
            if (row.cells().size() != t.units().size()) {
                out.add(Diagnostic.of(Code.Q0231, row.span(), "this row gives " + row.cells().size() + " "
                        + (row.cells().size() == 1 ? "grade" : "grades") + " for a table of " + t.units().size()
                        + " " + (t.units().size() == 1 ? "unit" : "units")).withLabel("wrong number of grades")
                        .withHelp("give one grade for each of " + String.join(", ", t.units().stream().map(Name::text)
                                .toList()) + ", in that order, then `:` and the grade they give"));
                ok = false;
                continue;
            }
            List<String> cells = row.cells().stream().map(Name::text).toList();
            boolean known = true;
            for (int i = 0; i < cells.size() && unitsKnown; i++) {
                known &= Conditions.unitGrade(t.units().get(i).text(), row.cells().get(i), all.get(i), out);
            }
            ok &= known;
            GradingBlock.TableRow first = seen.putIfAbsent(cells, row);
            if (first != null) {
                out.add(Diagnostic.of(Code.Q0232, row.span(), "the grades " + String.join(", ", cells)
                        + " are given a grade twice").withLabel("second row").withNote(first.span(), "first row")
                        .withHelp("keep one row for each combination of grades"));
                ok = false;
                continue;
            }
            List<Condition.Atom> atoms = new ArrayList<>();
            List<org.qdl.syntax.tree.Condition.Atom> written = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                String unit = t.units().get(i).text();
                atoms.add(Condition.Atom.unitGraded(unit, cells.get(i), Condition.Direction.EXACTLY));
                written.add(new org.qdl.syntax.tree.Condition.UnitGraded(t.units().get(i),
                        new org.qdl.syntax.tree.Condition.LabelBound(row.cells().get(i), RuleNode.Direction.EXACTLY,
                                row.cells().get(i).span()), row.span()));
            }
            // the row as the condition it stands for: `unit Report graded Distinction and unit Discussion graded Pass`
            String text = Printer.condition(new org.qdl.syntax.tree.Condition(written, row.span()));
            rules.add(new GradeRule(row.grade().text(), Optional.of(new Condition(text, atoms)), Optional.empty()));
        }
        if (!ok) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        int count = missing(grades, 0, new ArrayList<>(), seen, missing);
        if (count > 0) {
            String named = String.join("; ", missing) + (count > missing.size() ? "; and " + (count - missing.size())
                    + " more" : "");
            out.add(Diagnostic.of(Code.Q0230, t.span(), "the grade table leaves out " + count + " "
                    + (count == 1 ? "combination" : "combinations") + " of grades: " + named)
                    .withLabel("no grade for " + (count == 1 ? "it" : "them"))
                    .withHelp("add a row for each, such as `" + missing.get(0) + ": GRADE`; a learner with those "
                            + "grades would otherwise get no grade"));
            return Optional.empty();
        }
        return Optional.of(rules);
    }

    /** The grades at which a unit counts: achieved or recorded on its scale, or its grade rules' grades. */
    private static List<String> counting(Unit unit, List<String> grades) {
        if (unit.gradingScale().isEmpty()) {
            return grades;
        }
        return unit.gradingScale().get().labelNames().stream().filter(l -> unit.gradingScale().get().achieved()
                .contains(l) || unit.gradingScale().get().recordedOnly().contains(l)).toList();
    }

    /** Counts the combinations with no row, naming the first few (in the table's order, lowest grades first). */
    private static int missing(List<List<String>> grades, int i, List<String> prefix,
            Map<List<String>, GradingBlock.TableRow> seen, List<String> named) {
        if (i == grades.size()) {
            if (seen.containsKey(prefix)) {
                return 0;
            }
            if (named.size() < MISSING_NAMED) {
                named.add(String.join(", ", prefix));
            }
            return 1;
        }
        int count = 0;
        for (String g : grades.get(i)) {
            prefix.add(g);
            count += missing(grades, i + 1, prefix, seen, named);
            prefix.remove(prefix.size() - 1);
        }
        return count;
    }
}
