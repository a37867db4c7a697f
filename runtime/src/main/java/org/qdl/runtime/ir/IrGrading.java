package org.qdl.runtime.ir;

import java.math.BigDecimal;
import java.util.List;

/**
 * How the overall grade is decided: the first of {@code rules} that some valid combination of the candidate's
 * units satisfies gives the grade (so the best combination is the one graded). No rules: no overall grade.
 * {@code points} says what each counted unit is worth, for rules over points.
 */
public record IrGrading(List<IrGradeRule> rules, IrPoints points) {

    public IrGrading {
        rules = IrDocument.nonNull(rules);
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
