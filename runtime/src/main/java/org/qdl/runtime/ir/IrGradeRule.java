package org.qdl.runtime.ir;

/** `grade X when CONDITION`; a null condition is `otherwise`. */
public record IrGradeRule(String grade, IrCondition when) {
}
