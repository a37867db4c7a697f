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
 */
public record NotCounted(String unit, Reason reason, String requirement, List<String> others, UnitResult detail) {

    public NotCounted {
        others = List.copyOf(others);
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
