package org.qdl.runtime.engine;

import java.math.BigDecimal;
import java.util.List;

/** `grade X when ...` for the qualification; no atoms means `otherwise`. */
record GradeRule(String grade, String text, List<Atom> atoms) {

    /**
     * {@code kind}: "everyUnit", "someUnits" (units graded label+direction, count or percent), "points"
     * (at least {@code points}).
     */
    record Atom(String kind, String label, Direction direction, BigDecimal count, boolean percent, BigDecimal points) {
    }
}
