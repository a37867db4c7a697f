package org.qdl.runtime.ir;

import java.math.BigDecimal;
import java.util.List;

/**
 * How the overall grade is decided: the first of {@code rules} that some valid combination of the candidate's
 * units satisfies gives the grade (so the best combination is the one graded). No rules: no overall grade.
 * {@code points} says what each counted unit is worth, for rules over points. {@code tariff} (since IR 2.1, may
 * be null): UCAS-style points per credit, reported with each result; it gives no grade, and when there is no
 * {@code points} table the reported combination is the one worth the most tariff points. {@code gradeRequired}
 * (since IR 2.3; null reads as false, and is written so): `otherwise not achieved`, a learner whose units meet the
 * rules but none of the grades has not achieved the qualification. {@code selection} (since IR 2.3, may be null):
 * the counted credits the grade is worked out from; null grades every counted credit.
 */
public record IrGrading(List<IrGradeRule> rules, IrPoints points, IrPoints tariff, Boolean gradeRequired,
        IrSelection selection) {

    public IrGrading {
        rules = IrDocument.nonNull(rules);
        gradeRequired = Boolean.TRUE.equals(gradeRequired) ? Boolean.TRUE : null;
    }

    public IrGrading(List<IrGradeRule> rules, IrPoints points, IrPoints tariff) {
        this(rules, points, tariff, null, null);
    }

    public IrGrading(List<IrGradeRule> rules, IrPoints points) {
        this(rules, points, null);
    }

    /**
     * `grade from the best 75 credits at level 4, taken from at most 120 credits, including group core` (since IR
     * 2.3). {@code best} (may be null: every counted credit) is how many credits are graded, chosen by the most points
     * per credit, a proportion of one unit making up the total; {@code level} (may be null) keeps only the counted
     * units at that level; {@code cap} (may be null) is the most credits the valid combination they are taken from
     * may have; {@code including} lists the units whose credits are always graded when counted; {@code text} is the
     * selection as its author wrote it.
     */
    public record IrSelection(BigDecimal best, IrRule.IrLevelFilter level, BigDecimal cap, List<String> including,
            String text) {
        public IrSelection {
            including = IrDocument.nonNull(including);
        }
    }

    /** Whether a learner must meet some grade to achieve the qualification (`otherwise not achieved`). */
    public boolean requiresGrade() {
        return Boolean.TRUE.equals(gradeRequired);
    }

    /** Points per credit or per unit, by the unit's level or GLH and its grade. */
    public record IrPoints(Per per, List<IrPointsRow> rows) {
        public enum Per { CREDIT, UNIT }

        public IrPoints {
            rows = IrDocument.nonNull(rows);
        }
    }

    /** A row applies to units at {@code levelRank} (or with {@code glh}); a row with neither applies to any unit. */
    public record IrPointsRow(Integer levelRank, BigDecimal glh, List<IrPointsEntry> entries) {
        public IrPointsRow {
            entries = IrDocument.nonNull(entries);
        }
    }

    public record IrPointsEntry(String grade, BigDecimal points) {
    }
}
