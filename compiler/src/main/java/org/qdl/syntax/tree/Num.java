package org.qdl.syntax.tree;

import java.math.BigDecimal;
import org.qdl.syntax.Span;

/** A number as written: `7`, `1.5`. */
public record Num(BigDecimal value, Span span) implements Node {

    public boolean isWhole() {
        return value.stripTrailingZeros().scale() <= 0;
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
