package org.qdl.runtime.engine;

import java.math.BigDecimal;
import java.util.List;

/** `grade X when ...` for the qualification; no atoms means `otherwise`. */
record GradeRule(String grade, List<Atom> atoms) {

    /** Units graded label+direction (every one, or a count or percent of them), or at least {@code points}. */
    record Atom(org.qdl.runtime.ir.IrCondition.Kind kind, String label, Direction direction, BigDecimal count, boolean percent, BigDecimal points) {
    }
}
