package org.qdl.runtime.ir;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
    private final Set<String> scales = new HashSet<>();

    private IrValidator(String name) {
        this.name = name;
    }

    static void validate(IrDocument doc, String name) throws IrException {
        new IrValidator(name).check(doc);
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
            require(scales.add(s.id()), at + ".id", "repeats scale `" + s.id() + "`");
        }
        for (int i = 0; i < doc.units().size(); i++) {
            IrUnit u = doc.units().get(i);
            String at = "$.units[" + i + "]";
            require(u.ref() != null, at + ".ref", "is missing");
            require(units.add(u.ref()), at + ".ref", "repeats unit `" + u.ref() + "`");
            require(u.gradingScale() == null || scales.contains(u.gradingScale()), at + ".gradingScale",
                    "names unknown scale `" + u.gradingScale() + "`");
            require(u.criterionScale() == null || scales.contains(u.criterionScale()), at + ".criterionScale",
                    "names unknown scale `" + u.criterionScale() + "`");
            require(u.credit() == null || u.credit().signum() >= 0, at + ".credit", "is negative");
            number(u.credit(), at + ".credit");
            number(u.glh(), at + ".glh");
            condition(u.achievedWhen(), at + ".achievedWhen", true);
            for (int g = 0; g < u.grades().size(); g++) {
                require(u.grades().get(g).grade() != null, at + ".grades[" + g + "].grade", "is missing");
                condition(u.grades().get(g).when(), at + ".grades[" + g + "].when", true);
            }
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
        if (doc.grading() != null) {
            for (int i = 0; i < doc.grading().rules().size(); i++) {
                IrGradeRule r = doc.grading().rules().get(i);
                require(r.grade() != null, "$.grading.rules[" + i + "].grade", "is missing");
                condition(r.when(), "$.grading.rules[" + i + "].when", false);
            }
            if (doc.grading().points() != null) {
                require(doc.grading().points().per() != null, "$.grading.points.per", "is missing");
                List<IrGrading.IrPointsRow> rows = doc.grading().points().rows();
                for (int r = 0; r < rows.size(); r++) {
                    String row = "$.grading.points.rows[" + r + "]";
                    number(rows.get(r).glh(), row + ".glh");
                    for (int e = 0; e < rows.get(r).entries().size(); e++) {
                        number(rows.get(r).entries().get(e).points(), row + ".entries[" + e + "].points");
                    }
                }
            }
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
                case EVERY_UNIT, SOME_UNITS, POINTS -> false;
            };
            require(aboutCriteria == ofUnit, at + ".all[" + i + "].kind", ofUnit
                    ? "must be about the unit's criteria" : "must be about the counted units");
            number(a.count(), at + ".all[" + i + "].count");
            number(a.points(), at + ".all[" + i + "].points");
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
