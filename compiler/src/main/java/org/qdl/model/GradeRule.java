package org.qdl.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * `grade X when CONDITION`, `grade X otherwise` (no condition), or `grade X from N points` ({@code fromPoints}),
 * which may also have a condition (`grade "Level 2 Pass" from 48 points when at least 24 points from group core`):
 * then both must hold.
 */
public record GradeRule(String grade, Optional<Condition> when, Optional<BigDecimal> fromPoints) {
}
