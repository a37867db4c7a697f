package org.qdl.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.model.GradeRule;
import org.qdl.model.Grading;
import org.qdl.model.Unit;
import org.qdl.syntax.tree.GradingBlock;

/**
 * Whether a points table prices every grade every countable unit can be given (Q0130). The engine reads the table
 * as {@code PointsTable} does — the row keyed by the unit's level or GLH first, then the row with no key — and a
 * unit it finds no entry for is worth nothing: without this check a level or GLH the author forgot lowered
 * learners' grades silently.
 */
final class PointsCoverage {
    private PointsCoverage() {
    }

    static void check(GradingBlock.PointsTable table, Grading.Points points, Collection<Unit> units, Diagnostics out) {
        Set<String> priced = new LinkedHashSet<>();
        points.rows().forEach(r -> r.entries().forEach(e -> priced.add(e.grade())));
        boolean perCredit = points.per() == Grading.Per.CREDIT;
        Map<String, List<Unit>> missing = new LinkedHashMap<>();
        for (Unit u : units) {
            List<String> grades = achievableGrades(u);
            if (grades.stream().noneMatch(priced::contains)) {
                continue; // graded on a scale the table does not price (a pass/fail unit): nothing to forget
            }
            if (perCredit && u.credit().isEmpty()) {
                missing.computeIfAbsent(": it has no credit value, and the table gives points per credit", k -> new ArrayList<>())
                        .add(u);
                continue;
            }
            List<String> unpriced = grades.stream().filter(g -> entry(points, u, g).isEmpty()).toList();
            if (!unpriced.isEmpty()) {
                missing.computeIfAbsent(describe(points, u, unpriced), k -> new ArrayList<>()).add(u);
            }
        }
        missing.forEach((reason, list) -> {
            Unit first = list.get(0);
            String which = list.size() == 1 ? "unit `" + first.ref() + "`"
                    : list.size() + " units (" + names(list) + ")";
            out.add(Diagnostic.of(Code.Q0130, table.span(), which + " would be worth no points" + reason)
                    .withLabel("no points for " + (list.size() == 1 ? "it" : "them"))
                    .withNote(first.span(), "`" + first.ref() + "` is declared here")
                    .withHelp(reason.startsWith(" graded ") ? "give " + reason.substring(8, reason.indexOf(':'))
                            .replace(" or ", " and ") + " a value in the table (a grade worth nothing is written "
                            + "with 0, such as `U 0`)" : help(points, first)));
        });
    }

    /** True when no entry of the table is below zero, so every learner has at least 0 points. */
    static boolean neverNegative(Grading.Points points) {
        return points.rows().stream().flatMap(r -> r.entries().stream()).allMatch(e -> e.points().signum() >= 0);
    }

    /**
     * The grades at which {@code u} counts: achieved, or recorded without a pass (a `U` under compensation); a grade
     * the unit does not count at earns nothing.
     */
    private static List<String> achievableGrades(Unit u) {
        Set<String> grades = new LinkedHashSet<>();
        u.gradingScale().ifPresent(s -> grades.addAll(s.achieved()));
        u.gradingScale().ifPresent(s -> grades.addAll(s.recordedOnly()));
        u.grades().stream().map(GradeRule::grade).forEach(grades::add);
        return List.copyOf(grades);
    }

    private static Optional<BigDecimal> entry(Grading.Points points, Unit u, String grade) {
        for (boolean keyed : new boolean[] {true, false}) {
            for (Grading.Row row : points.rows()) {
                boolean hasKey = row.level().isPresent() || row.glh().isPresent();
                if (hasKey != keyed || keyed && !matches(row, u)) {
                    continue;
                }
                for (Grading.Entry e : row.entries()) {
                    if (e.grade().equals(grade)) {
                        return Optional.of(e.points());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matches(Grading.Row row, Unit u) {
        boolean level = row.level().isEmpty() || u.level().isPresent() && u.level().get().rank() == row.level().get()
                .rank();
        boolean glh = row.glh().isEmpty() || u.glh().isPresent() && u.glh().get().isSingle()
                && u.glh().get().min().compareTo(row.glh().get()) == 0;
        return level && glh;
    }

    private static String describe(Grading.Points points, Unit u, List<String> unpriced) {
        boolean byLevel = points.rows().stream().anyMatch(r -> r.level().isPresent());
        boolean byGlh = points.rows().stream().anyMatch(r -> r.glh().isPresent());
        boolean anyRow = points.rows().stream().anyMatch(r -> matches(r, u) && (r.level().isPresent()
                || r.glh().isPresent()));
        String grades = String.join(", ", unpriced.stream().map(g -> "`" + g + "`").toList());
        if (!anyRow && byLevel && u.level().isEmpty()) {
            return ": it has no level, and the table gives points by level";
        }
        if (!anyRow && byGlh && (u.glh().isEmpty() || !u.glh().get().isSingle())) {
            return ": it has no single GLH value, and the table gives points by GLH";
        }
        if (!anyRow && byLevel) {
            return ": the table has no row for level " + u.level().get().label();
        }
        if (!anyRow && byGlh) {
            return ": the table has no row for GLH " + u.glh().get().min().toPlainString();
        }
        return " graded " + grades.replace(", ", " or ") + ": the table gives that grade no points" + (anyRow && u.level().isPresent() && byLevel
                ? " at level " + u.level().get().label() : "");
    }

    private static String help(Grading.Points points, Unit u) {
        if (points.rows().stream().anyMatch(r -> r.glh().isPresent())) {
            return "add a row such as `glh " + u.glh().map(r -> r.min().toPlainString()).orElse("60")
                    + ": P 6, M 10, D 16`, or give the unit its GLH; a grade worth nothing is written `U 0`";
        }
        if (points.rows().stream().anyMatch(r -> r.level().isPresent())) {
            return "add a row such as `level " + u.level().map(l -> l.label().toLowerCase(java.util.Locale.ROOT))
                    .orElse("3") + ": P 7, M 8, D 9`, or give the unit its level; a grade worth nothing is written "
                    + "`U 0`";
        }
        return "give every grade a value in the table; a grade worth nothing is written `U 0`";
    }

    private static String names(List<Unit> units) {
        List<String> refs = units.stream().limit(5).map(u -> "`" + u.ref() + "`").toList();
        return String.join(", ", refs) + (units.size() > 5 ? ", …" : "");
    }
}
