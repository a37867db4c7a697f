package org.qdl.runtime.ir;

import java.math.BigDecimal;

/** A value, or a range of values ("327 to 488 GLH"); {@code max} equals {@code min} for a single value. */
public record IrRange(BigDecimal min, BigDecimal max) {
}
