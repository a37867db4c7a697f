package org.qdl.runtime.ir;

import java.math.BigDecimal;
import java.util.List;

/**
 * A conjunction of atoms over a unit's criterion ratings, or over counted units' grades and points. {@code text}
 * is the condition as its author wrote it, for display; null where the author wrote none (`from 260 points`).
 */
public record IrCondition(String text, List<IrAtom> all) {

    public IrCondition {
        all = IrDocument.nonNull(all);
    }

    /**
     * A label with a {@code direction} is compared in the order of the relevant scale; {@code count} is a number,
     * or a percentage when {@code percent} (for {@link Kind#SOME_CREDITS}, a number of credits); {@code points} is
     * the least number of points; {@code level} (since IR 2.2, may be null) keeps only the units at that level;
     * {@code pool} (since IR 2.3, {@link Kind#POINTS} only, may be null: every counted unit) the units whose points
     * count (`at least 24 points from group core`); {@code unit} (since IR 2.3, {@link Kind#UNIT_GRADED} only) names
     * the unit whose grade is compared.
     */
    public record IrAtom(Kind kind, String label, IrComparison direction, BigDecimal count, boolean percent,
            BigDecimal points, IrRule.IrLevelFilter level, List<String> pool, String unit) {

        public IrAtom {
            pool = pool == null ? null : List.copyOf(pool);
        }

        public IrAtom(Kind kind, String label, IrComparison direction, BigDecimal count, boolean percent,
                BigDecimal points) {
            this(kind, label, direction, count, percent, points, null, null, null);
        }

        public IrAtom(Kind kind, String label, IrComparison direction, BigDecimal count, boolean percent,
                BigDecimal points, IrRule.IrLevelFilter level) {
            this(kind, label, direction, count, percent, points, level, null, null);
        }
    }

    public enum Kind {
        /** every criterion of the unit rated at the label */
        EVERY_CRITERION,
        /** a number (or percentage) of the unit's criteria rated at the label */
        SOME_CRITERIA,
        /** every counted unit graded at the label */
        EVERY_UNIT,
        /** a number (or percentage) of counted units graded at the label */
        SOME_UNITS,
        /** at least a number of credits of counted units graded at the label (since IR 2.2) */
        SOME_CREDITS,
        /** the counted units' points (of the units in {@code pool}, when it is given) at least a number */
        POINTS,
        /**
         * the named {@code unit} counted and graded at the label (since IR 2.3): an end-point assessment's grade
         * table, one row a grade rule
         */
        UNIT_GRADED
    }
}
