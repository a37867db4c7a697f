package org.qdl.runtime.ir;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit (module, competency) as the engine needs it. {@code gradingScale} names the scale of its `result`;
 * {@code criterionScale} that of its criterion ratings, decided by {@code achievedWhen}; {@code grades} are
 * its grade rules, best first; {@code gradeOrder} lists its possible grades lowest first. {@code glh} and
 * {@code tqt} (since IR 2.3) are its guided learning hours and total qualification time, when the spec gives one
 * number: what it brings to a rule counting them.
 */
public record IrUnit(
        String ref,
        String kind,
        String title,
        IrLevel level,
        BigDecimal credit,
        BigDecimal glh,
        String gradingScale,
        String criterionScale,
        List<String> criteria,
        IrCondition achievedWhen,
        List<IrGradeRule> grades,
        List<String> gradeOrder,
        IrSource source,
        BigDecimal tqt) {

    public IrUnit(String ref, String kind, String title, IrLevel level, BigDecimal credit, BigDecimal glh,
            String gradingScale, String criterionScale, List<String> criteria, IrCondition achievedWhen,
            List<IrGradeRule> grades, List<String> gradeOrder, IrSource source) {
        this(ref, kind, title, level, credit, glh, gradingScale, criterionScale, criteria, achievedWhen, grades,
                gradeOrder, source, null);
    }

    public IrUnit {
        criteria = IrDocument.nonNull(criteria);
        grades = IrDocument.nonNull(grades);
        gradeOrder = IrDocument.nonNull(gradeOrder);
    }
}
