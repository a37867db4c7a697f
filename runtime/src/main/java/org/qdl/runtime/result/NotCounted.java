package org.qdl.runtime.result;

import java.util.List;

/**
 * Why a listed unit of the qualification did not count (or, for {@link Reason#EXEMPT}, counted without credit),
 * as facts for a renderer to word.
 *
 * @param unit the unit's reference
 * @param reason why
 * @param requirement for {@link Reason#OVER_MAXIMUM} and {@link Reason#BARRED}: the rule's stable id
 * @param others for {@link Reason#BARRED}: the counted units it is barred against; for {@link Reason#EQUIVALENT}:
 *     the counted unit it is equivalent to
 * @param detail for {@link Reason#NOT_ACHIEVED}: the unit as the engine understood it (its result, or the
 *     criteria short with their ratings)
 * @param closed for a unit not achieved, or held exempt or not passed: why it cannot be taken again (its resits used
 *     up, its resit window passed), when it cannot; else null
 */
public record NotCounted(String unit, Reason reason, String requirement, List<String> others, UnitResult detail,
        ClosedUnit closed) {

    public NotCounted {
        others = List.copyOf(others);
    }

    public NotCounted(String unit, Reason reason, String requirement, List<String> others, UnitResult detail) {
        this(unit, reason, requirement, others, detail, null);
    }

    /** This fact, saying the unit cannot be taken again and why. */
    public NotCounted closedBy(ClosedUnit why) {
        return new NotCounted(unit, reason, requirement, others, detail, why);
    }

    public enum Reason {
        /** achieved, but the combination needs no more units of its kind */
        SURPLUS,
        /** achieved, but counting it would pass a maximum or a cap of the rule {@code requirement} */
        OVER_MAXIMUM,
        /** achieved, but barred against a unit that counted ({@code others}) */
        BARRED,
        /** achieved, but equivalent to a unit that counted ({@code others}): only one of them counts */
        EQUIVALENT,
        /** not achieved: its result, its criteria, or an input problem ({@code detail}) */
        NOT_ACHIEVED,
        /** planned: counted only in what-if mode */
        PLANNED,
        /** exempt: it counts as a unit but brings no credit */
        EXEMPT
    }
}
