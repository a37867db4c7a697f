package org.qdl.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * `grade X when CONDITION`, `grade X otherwise` (no condition), or `grade X from N points` ({@code fromPoints}).
 */
public record GradeRule(String grade, Optional<Condition> when, Optional<BigDecimal> fromPoints) {
}
