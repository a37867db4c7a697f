package org.qdl.runtime.ir;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit (module, competency) as the engine needs it. {@code gradingScale} names the scale of its `result`;
 * {@code criterionScale} that of its criterion ratings, decided by {@code achievedWhen}; {@code grades} are
 * its grade rules, best first; {@code gradeOrder} lists its possible grades lowest first.
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
        IrSource source) {

    public IrUnit {
        criteria = IrDocument.nonNull(criteria);
        grades = IrDocument.nonNull(grades);
        gradeOrder = IrDocument.nonNull(gradeOrder);
    }
}
