package org.qdl.runtime.result;

import java.math.BigDecimal;

/**
 * A counted unit's credits that the grade was worked out from (`grade from the best 75 credits …`): all of its
 * credits, or a proportion of them when the total graded falls inside the unit.
 */
public record GradedCredit(String unit, BigDecimal credits) {
}
