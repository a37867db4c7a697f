package org.qdl.runtime.result;

import java.math.BigDecimal;

/**
 * One line of a result's grade profile: how many of the counted units have this grade, and the credits they bring
 * (an exempt unit brings none).
 */
public record GradeCount(String grade, BigDecimal credits, int units) {
}
