package org.qdl.model;

import java.math.BigDecimal;

/** A value ({@code min == max}) or a range ("327 to 488"). */
public record Range(BigDecimal min, BigDecimal max) {

    public static Range of(BigDecimal value) {
        return new Range(value, value);
    }

    public boolean isSingle() {
        return min.compareTo(max) == 0;
    }

    @Override
    public String toString() {
        return isSingle() ? min.toPlainString() : min.toPlainString() + " to " + max.toPlainString();
    }
}
