package org.qdl.runtime.ir;

import java.math.BigDecimal;
import java.util.List;

/** A conjunction of atoms over a unit's criterion ratings, or over counted units' grades and points. */
public record IrCondition(String text, List<IrAtom> all) {

    public IrCondition {
        all = IrDocument.nonNull(all);
    }

    /**
     * {@code kind}: "everyCriterion", "someCriteria", "everyUnit", "someUnits" or "points". A label with a
     * {@code direction} ("eq", "ge", "le") is compared in the order of the relevant scale; {@code count} is a
     * number, or a percentage when {@code percent}.
     */
    public record IrAtom(String kind, String label, String direction, BigDecimal count, boolean percent,
            BigDecimal points) {
    }
}
