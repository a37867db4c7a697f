package org.qdl.runtime.ir;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.qdl.runtime.text.Days;
import org.qdl.runtime.text.Labels;

/**
 * Checks what the schema says and Jackson cannot: required fields are present, enumerated words are known,
 * every reference (units, scales) resolves, and every number is one the engine computes with exactly (what the
 * compiler's Q0217 allows: up to a million, to three decimal places). A document that passes can be compiled
 * without surprises.
 */
final class IrValidator {
    private static final BigDecimal MAX = IrFormat.MAX_NUMBER;
    private static final int DECIMALS = IrFormat.DECIMALS;

    private final String name;
    private final Set<String> units = new HashSet<>();
    private final Map<String, IrScale> scales = new HashMap<>();
    /** Every grade some unit can be given: what the qualification's grade conditions may name. */
    private final Set<String> unitGrades = new HashSet<>();

    private IrValidator(String name) {
        this.name = name;
    }

    static void validate(IrDocument doc, String name) throws IrException {
        new IrValidator(name).check(doc);
    }

    /** The rules on time and attempts: periods of at least one day, a resit cap some unit can be graded. */
    private void attempts(IrAttempts a) throws IrException {
        period(a.registrationValid(), "$.attempts.registrationValid");
        period(a.resitWithin(), "$.attempts.resitWithin");
        require(a.resitsPerUnit() == null || a.resitsPerUnit() >= 0 && a.resitsPerUnit() <= 1000,
                "$.attempts.resitsPerUnit", "must be a whole number from 0 to 1000");
        require(a.resitCap() == null || unitGrades.contains(a.resitCap()), "$.attempts.resitCap", "names `"
                + a.resitCap() + "`, a grade no unit can be given");
        long closes = date(a.registrationCloses(), "$.attempts.registrationCloses");
        long ends = date(a.certificationEnds(), "$.attempts.certificationEnds");
        require(closes == Days.NONE || ends == Days.NONE || closes < ends, "$.attempts.registrationCloses",
                "must be before the certification end date " + a.certificationEnds());
    }

    /** An ISO date, or absent: its day number, or {@link Days#NONE} when absent. */
    private long date(String iso, String at) throws IrException {
        if (iso == null) {
            return Days.NONE;
        }
        long day = Days.of(iso);
        require(day != Days.NONE, at, "must be a date (yyyy-mm-dd), not `" + iso + "`");
        return day;
    }

    private void period(IrAttempts.IrPeriod p, String at) throws IrException {
        if (p != null) {
            require(p.unit() != null, at + ".unit", "is missing");
            require(p.count() >= 1 && p.count() <= 1000, at + ".count", "must be a whole number from 1 to 1000");
        }
    }

    /** Each alias belongs to a label of the scale and reads as that label alone (ignoring case and spacing). */
    private void aliases(IrScale s, String at) throws IrException {
        Map<String, String> meaning = new HashMap<>();
        for (String label : s.labels()) {
            meaning.putIfAbsent(Labels.fold(label), label);
        }
        for (Map.Entry<String, List<String>> e : s.aliases().entrySet()) {
            require(s.labels().contains(e.getKey()), at + ".aliases", "names `" + e.getKey()
                    + "`, not one of the scale's labels");
            for (String alias : e.getValue()) {
                require(alias != null && !alias.isBlank(), at + ".aliases." + e.getKey(), "has an empty alias");
                String was = meaning.putIfAbsent(Labels.fold(alias), e.getKey());
                require(was == null || was.equals(e.getKey()), at + ".aliases." + e.getKey(), "gives `" + alias
                        + "`, which already reads as `" + was + "`");
            }
        }
    }

    private void check(IrDocument doc) throws IrException {
        require(doc.qualification() != null, "$.qualification", "is missing");
        require(doc.qualification().id() != null, "$.qualification.id", "is missing");
        for (int i = 0; i < doc.scales().size(); i++) {
            IrScale s = doc.scales().get(i);
            String at = "$.scales[" + i + "]";
            require(s.id() != null, at + ".id", "is missing");
            require(!s.labels().isEmpty(), at + ".labels", "is empty");
            require(s.defaultLabel() == null || s.labels().contains(s.defaultLabel()), at + ".defaultLabel",
                    "is not one of the scale's labels");
            for (String a : s.achieved()) {
                require(s.labels().contains(a), at + ".achieved", "names `" + a + "`, not one of the scale's labels");
            }
            number(s.marks(), at + ".marks");
            require(s.from().isEmpty() || s.marks() != null, at + ".from", "gives least marks, but marks is missing");
            for (Map.Entry<String, BigDecimal> f : s.from().entrySet()) {
                require(s.labels().contains(f.getKey()), at + ".from", "names `" + f.getKey()
                        + "`, not one of the scale's labels");
                require(f.getValue() != null && f.getValue().signum() >= 0 && f.getValue().compareTo(s.marks()) <= 0,
                        at + ".from." + f.getKey(), "is not a mark from 0 to " + s.marks());
            }
            if (s.marks() != null) {
                BigDecimal last = null;
                for (int l = 1; l < s.labels().size(); l++) {
                    BigDecimal f = s.from().get(s.labels().get(l));
                    require(f != null, at + ".from", "gives no least mark for `" + s.labels().get(l) + "`");
                    require(last == null || f.compareTo(last) > 0, at + ".from." + s.labels().get(l),
                            "does not rise above the label below it");
                    last = f;
                }
            }
            for (String r : s.recorded()) {
                require(s.labels().contains(r), at + ".recorded", "names `" + r + "`, not one of the scale's labels");
            }
            for (String a : s.achieved()) {
                require(s.recorded().isEmpty() || s.recorded().contains(a), at + ".recorded",
                        "leaves out `" + a + "`, which is achieved (an achieved label is recorded too)");
            }
            aliases(s, at);
            require(scales.putIfAbsent(s.id(), s) == null, at + ".id", "repeats scale `" + s.id() + "`");
        }
        for (int i = 0; i < doc.units().size(); i++) {
            IrUnit u = doc.units().get(i);
            String at = "$.units[" + i + "]";
            require(u.ref() != null, at + ".ref", "is missing");
            require(units.add(u.ref()), at + ".ref", "repeats unit `" + u.ref() + "`");
            require(u.gradingScale() == null || scales.containsKey(u.gradingScale()), at + ".gradingScale",
                    "names unknown scale `" + u.gradingScale() + "`");
            require(u.criterionScale() == null || scales.containsKey(u.criterionScale()), at + ".criterionScale",
                    "names unknown scale `" + u.criterionScale() + "`");
            require(u.credit() == null || u.credit().signum() >= 0, at + ".credit", "is negative");
            number(u.credit(), at + ".credit");
            number(u.glh(), at + ".glh");
            require(u.glh() == null || u.glh().signum() >= 0, at + ".glh", "is negative");
            number(u.tqt(), at + ".tqt");
            require(u.tqt() == null || u.tqt().signum() >= 0, at + ".tqt", "is negative");
            condition(u.achievedWhen(), at + ".achievedWhen", true);
            unitCondition(u, u.achievedWhen(), at + ".achievedWhen");
            for (int g = 0; g < u.grades().size(); g++) {
                require(u.grades().get(g).grade() != null, at + ".grades[" + g + "].grade", "is missing");
                condition(u.grades().get(g).when(), at + ".grades[" + g + "].when", true);
                unitCondition(u, u.grades().get(g).when(), at + ".grades[" + g + "].when");
            }
            unitGrades.addAll(gradesOf(u));
        }
        for (int i = 0; i < doc.groups().size(); i++) {
            IrGroup g = doc.groups().get(i);
            refs(g.units(), "$.groups[" + i + "].units");
        }
        rules(doc.rules(), "$.rules");
        for (int i = 0; i < doc.equivalents().size(); i++) {
            refs(doc.equivalents().get(i), "$.equivalents[" + i + "]");
        }
        for (int i = 0; i < doc.pathways().size(); i++) {
            IrPathway p = doc.pathways().get(i);
            String at = "$.pathways[" + i + "]";
            require(p.id() != null, at + ".id", "is missing");
            require(p.kind() != null, at + ".kind", "is missing");
            rules(p.rules(), at + ".rules");
        }
        for (int i = 0; i < doc.smallerQualifications().size(); i++) {
            IrSmaller s = doc.smallerQualifications().get(i);
            String at = "$.smaller[" + i + "]";
            require(s.id() != null, at + ".id", "is missing");
            rules(s.rules(), at + ".rules");
            grading(doc, s.grading(), at + ".grading");
        }
        if (doc.attempts() != null) {
            attempts(doc.attempts());
        }
        grading(doc, doc.grading(), "$.grading");
        for (int i = 0; i < doc.requisites().size(); i++) {
            IrRequisite r = doc.requisites().get(i);
            String at = "$.requires[" + i + "]";
            require(r.id() != null, at + ".id", "is missing");
            require(r.kind() != null, at + ".kind", "is missing");
            if (r.level() != null) {
                require(r.kind() == IrRequisite.Kind.COMPONENT, at + ".level", "is only for a component");
                require(r.level().op() != null, at + ".level.op", "is missing");
                require(!r.frameworkLevels().isEmpty(), at + ".levels", "are missing: a component's level is read by "
                        + "them");
            }
        }
    }

    /** The qualification's grading, or a smaller qualification's. */
    private void grading(IrDocument doc, IrGrading grading, String at) throws IrException {
        if (grading != null) {
            for (int i = 0; i < grading.rules().size(); i++) {
                IrGradeRule r = grading.rules().get(i);
                require(r.grade() != null, at + ".rules[" + i + "].grade", "is missing");
                condition(r.when(), at + ".rules[" + i + "].when", false);
                gradeCondition(r.when(), at + ".rules[" + i + "].when", grading.points() != null);
            }
            require(!grading.requiresGrade() || !grading.rules().isEmpty(), at + ".gradeRequired",
                    "is true, but there are no grades to meet");
            table(doc, grading.points(), at + ".points");
            table(doc, grading.tariff(), at + ".tariff");
            if (grading.tariff() != null) {
                require(grading.tariff().per() == IrGrading.IrPoints.Per.CREDIT, at + ".tariff.per",
                        "must be `credit`");
            }
            selection(doc, doc.grading(), "$.grading.selection");
        }
    }

    /**
     * The credits graded: numbers the engine keeps exactly, included units the document has, and the best credits
     * chosen by points per credit (so with such a table, and grades by all their points alone).
     */
    private void selection(IrDocument doc, IrGrading grading, String at) throws IrException {
        IrGrading.IrSelection s = grading.selection();
        if (s == null) {
            return;
        }
        number(s.best(), at + ".best");
        number(s.cap(), at + ".cap");
        if (s.best() != null) {
            require(s.best().signum() > 0, at + ".best", "must be above 0");
            require(grading.points() != null && grading.points().per() == IrGrading.IrPoints.Per.CREDIT,
                    "$.grading.points", "must be a table per credit: the best credits are chosen by points per credit");
            for (int i = 0; i < grading.rules().size(); i++) {
                IrCondition when = grading.rules().get(i).when();
                if (when != null) {
                    for (int a = 0; a < when.all().size(); a++) {
                        require(when.all().get(a).kind() == IrCondition.Kind.POINTS,
                                "$.grading.rules[" + i + "].when.all[" + a + "].kind",
                                "must be `points`: the best credits are graded by points only");
                        // which unit's credits fill the last of the best ones is a tie among equal rates, so the
                        // points of some units alone are not determined
                        require(when.all().get(a).pool() == null, "$.grading.rules[" + i + "].when.all[" + a
                                + "].pool", "must be absent: the best credits are graded by all their points");
                    }
                }
            }
            require(s.cap() == null || s.cap().compareTo(s.best()) >= 0, at + ".cap", "is below best");
        }
        Set<String> refs = new HashSet<>();
        doc.units().forEach(u -> refs.add(u.ref()));
        for (int i = 0; i < s.including().size(); i++) {
            require(refs.contains(s.including().get(i)), at + ".including[" + i + "]",
                    "names unknown unit `" + s.including().get(i) + "`");
        }
    }

    /** A points (or tariff) table: well-formed, and within what the engine adds up exactly. */
    private void table(IrDocument doc, IrGrading.IrPoints table, String at) throws IrException {
            if (table != null) {
                require(table.per() != null, at + ".per", "is missing");
                List<IrGrading.IrPointsRow> rows = table.rows();
                for (int r = 0; r < rows.size(); r++) {
                    String row = at + ".rows[" + r + "]";
                    number(rows.get(r).glh(), row + ".glh");
                    for (int e = 0; e < rows.get(r).entries().size(); e++) {
                        require(rows.get(r).entries().get(e).points() != null, row + ".entries[" + e + "].points",
                                "is missing");
                        number(rows.get(r).entries().get(e).points(), row + ".entries[" + e + "].points");
                    }
                }
                pointsWithinReach(doc, table, at);
            }
    }

    private void rules(List<IrRule> rules, String at) throws IrException {
        for (int i = 0; i < rules.size(); i++) {
            IrRule r = rules.get(i);
            String here = at + "[" + i + "]";
            require(r.id() != null, here + ".id", "is missing");
            require(r.counting() != null, here + ".counting", "is missing");
            require(r.scope() != null, here + ".scope", "is missing");
            if (r.pool() != null) {
                refs(r.pool(), here + ".pool");
            }
            if (r.level() != null) {
                require(r.level().op() != null, here + ".level.op", "is missing");
            }
            for (int q = 0; q < r.including().size(); q++) {
                refs(r.including().get(q).anyOf(), here + ".including[" + q + "].anyOf");
            }
            bounds(r.units(), here + ".units");
            bounds(r.credits(), here + ".credits");
            bounds(r.glh(), here + ".glh");
            bounds(r.tqt(), here + ".tqt");
            int measures = (r.credits() != null ? 1 : 0) + (r.glh() != null ? 1 : 0) + (r.tqt() != null ? 1 : 0);
            require(measures <= 1, here, "bounds more than one of credits, glh and tqt");
            if (r.gate() != null) {
                require(r.gate().op() != null, here + ".gate.op", "is missing");
                require(r.counting() == IrRule.Counting.BOUNDS, here + ".counting", "must be `bounds` for a gate");
            }
            if (r.graded() != null) {
                require(r.graded().label() != null, here + ".graded.label", "is missing");
                require(r.graded().op() != null, here + ".graded.op", "is missing");
                require(r.counting() == IrRule.Counting.BOUNDS, here + ".counting", "must be `bounds` for a rule "
                        + "on graded units");
            }
            if (r.unitCredits() != null) {
                require(!r.unitCredits().isEmpty(), here + ".unitCredits", "is empty");
                for (int c = 0; c < r.unitCredits().size(); c++) {
                    require(r.unitCredits().get(c) != null, here + ".unitCredits[" + c + "]", "is missing");
                    number(r.unitCredits().get(c), here + ".unitCredits[" + c + "]");
                }
            }
        }
    }

    private void bounds(IrRule.IrBounds b, String at) throws IrException {
        if (b == null) {
            return;
        }
        require(b.min() == null || b.min().signum() >= 0, at + ".min", "is negative");
        require(b.max() == null || b.max().signum() >= 0, at + ".max", "is negative");
        number(b.min(), at + ".min");
        number(b.max(), at + ".max");
    }

    /** A unit's condition reads its criteria; the qualification's reads its counted units. */
    private void condition(IrCondition c, String at, boolean ofUnit) throws IrException {
        if (c == null) {
            return;
        }
        for (int i = 0; i < c.all().size(); i++) {
            IrCondition.IrAtom a = c.all().get(i);
            require(a.kind() != null, at + ".all[" + i + "].kind", "is missing");
            boolean aboutCriteria = switch (a.kind()) {
                case EVERY_CRITERION, SOME_CRITERIA -> true;
                case EVERY_UNIT, SOME_UNITS, SOME_CREDITS, POINTS, UNIT_GRADED -> false;
            };
            require(aboutCriteria == ofUnit, at + ".all[" + i + "].kind", ofUnit
                    ? "must be about the unit's criteria" : "must be about the counted units");
            number(a.count(), at + ".all[" + i + "].count");
            number(a.points(), at + ".all[" + i + "].points");
        }
    }

    /**
     * Every unit's worth under every entry of the table is kept exactly, and all units together are worth no more
     * than {@link PointsLimits#MAX_TOTAL} (each unit counted at its best entry, whichever row applies).
     */
    private void pointsWithinReach(IrDocument doc, IrGrading.IrPoints table, String at) throws IrException {
        boolean perCredit = table.per() == IrGrading.IrPoints.Per.CREDIT;
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < doc.units().size(); i++) {
            IrUnit u = doc.units().get(i);
            BigDecimal best = BigDecimal.ZERO;
            for (IrGrading.IrPointsRow row : table.rows()) {
                for (IrGrading.IrPointsEntry e : row.entries()) {
                    BigDecimal worth = PointsLimits.worth(e.points(), u.credit(), perCredit);
                    require(PointsLimits.exact(worth), at, "makes unit `" + u.ref() + "` worth "
                            + worth.stripTrailingZeros().toPlainString() + " points, finer than the engine's "
                            + DECIMALS + " decimal places");
                    best = best.max(worth.abs());
                }
            }
            total = total.add(best);
        }
        require(total.compareTo(PointsLimits.MAX_TOTAL) <= 0, at, "makes the units worth up to "
                + total.stripTrailingZeros().toPlainString() + " points together, beyond the engine's exact range of "
                + PointsLimits.MAX_TOTAL.toPlainString());
    }

    /**
     * The grades a unit can have: its grading scale's labels (a result given as it is), and those its grade order
     * and its grade rules (decided from its criteria) name.
     */
    private List<String> gradesOf(IrUnit u) {
        List<String> grades = new ArrayList<>(u.gradingScale() == null ? List.of()
                : scales.get(u.gradingScale()).labels());
        u.gradeOrder().stream().filter(g -> !grades.contains(g)).forEach(grades::add);
        u.grades().stream().map(IrGradeRule::grade).filter(g -> g != null && !grades.contains(g)).forEach(grades::add);
        return grades;
    }

    /** A condition on a unit's criteria: criterion atoms only, each label on the unit's criterion scale. */
    private void unitCondition(IrUnit u, IrCondition c, String at) throws IrException {
        if (c == null || c.all().isEmpty()) {
            return;
        }
        require(u.criterionScale() != null, at, "is a condition on criteria, but the unit has no criterionScale");
        IrScale scale = scales.get(u.criterionScale());
        for (int i = 0; i < c.all().size(); i++) {
            IrCondition.IrAtom a = c.all().get(i);
            require(a.label() != null && scale.labels().contains(a.label()), at + ".all[" + i + "].label",
                    "names `" + a.label() + "`, not a label of scale `" + scale.id() + "` ("
                            + String.join(", ", scale.labels()) + ")");
        }
    }

    /** A condition of the qualification's grading: unit atoms naming grades some unit can have, points with a table. */
    private void gradeCondition(IrCondition c, String at, boolean pointsTable) throws IrException {
        if (c == null) {
            return;
        }
        for (int i = 0; i < c.all().size(); i++) {
            IrCondition.IrAtom a = c.all().get(i);
            String here = at + ".all[" + i + "]";
            if (a.kind() == IrCondition.Kind.POINTS) {
                require(pointsTable, here, "is a condition on points, but $.grading.points is missing");
                require(a.points() != null, here + ".points", "is missing");
                if (a.pool() != null) {
                    refs(a.pool(), here + ".pool");
                }
                continue;
            }
            require(a.label() != null && unitGrades.contains(a.label()), here + ".label", "names `" + a.label()
                    + "`, not a grade any unit can have");
            require((a.kind() == IrCondition.Kind.UNIT_GRADED) == (a.unit() != null), here + ".unit",
                    a.unit() == null ? "is missing" : "is only for a condition on one unit's grade");
            require(a.unit() == null || units.contains(a.unit()), here + ".unit", "names unknown unit `"
                    + a.unit() + "`");
            require(a.kind() != IrCondition.Kind.SOME_UNITS && a.kind() != IrCondition.Kind.SOME_CREDITS
                    || a.count() != null, here + ".count", "is missing");
            require(a.pool() == null, here + ".pool", "is only for a condition on points");
            require(a.level() == null || a.kind() == IrCondition.Kind.SOME_CREDITS, here + ".level",
                    "is only for a condition on credits");
            require(a.kind() != IrCondition.Kind.SOME_CREDITS || !a.percent(), here + ".percent",
                    "is not for a condition on credits");
        }
    }

    /** A number the engine keeps exactly: at most a million either way, at most three decimal places. */
    private void number(BigDecimal v, String at) throws IrException {
        if (v == null) {
            return;
        }
        require(v.abs().compareTo(MAX) <= 0, at, "is " + shown(v) + ", beyond the engine's range of "
                + MAX.toPlainString());
        require(v.stripTrailingZeros().scale() <= DECIMALS, at, "is " + shown(v) + ", finer than the engine's "
                + DECIMALS + " decimal places");
    }

    private static String shown(BigDecimal v) {
        String text = v.toPlainString();
        return text.length() <= 20 ? text : text.substring(0, 12) + "… (" + text.length() + " digits)";
    }

    private void refs(List<String> refs, String at) throws IrException {
        for (String r : refs) {
            require(units.contains(r), at, "names unit `" + r + "`, which is not in $.units");
        }
    }

    private void require(boolean ok, String at, String problem) throws IrException {
        if (!ok) {
            throw new IrException(name + ": does not match the IR schema: " + at + " " + problem);
        }
    }
}
