package org.qdl.runtime.ir;

import java.math.BigDecimal;
import java.util.List;

/**
 * How the overall grade is decided: the first of {@code rules} that some valid combination of the candidate's
 * units satisfies gives the grade (so the best combination is the one graded). No rules: no overall grade.
 * {@code points} says what each counted unit is worth, for rules over points. {@code tariff} (since IR 2.1, may
 * be null): UCAS-style points per credit, reported with each result; it gives no grade, and when there is no
 * {@code points} table the reported combination is the one worth the most tariff points.
 */
public record IrGrading(List<IrGradeRule> rules, IrPoints points, IrPoints tariff) {

    public IrGrading {
        rules = IrDocument.nonNull(rules);
    }

    public IrGrading(List<IrGradeRule> rules, IrPoints points) {
        this(rules, points, null);
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
