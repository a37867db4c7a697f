package org.qdl.runtime.result;

import java.util.List;

/**
 * A listed unit as the engine understood it: achieved or not (and why not), its grade and status, and whether
 * it counted.
 *
 * @param status the status word as given ("planned"), or "achieved" when none was given
 * @param reason why the unit does not count; {@link Reason#NONE} when it does
 * @param shortOf for {@link Reason#CRITERIA_NOT_MET}: the criteria rated below what a part of the unit's achievement
 *     rule that is not met needs, in the unit's order, with their ratings (an unrated one at the scale's default)
 * @param mark the result as a mark, for a unit whose scale grades marks ("32", "71%"), the grade being the label it
 *     gives; null otherwise
 */
public record UnitResult(String unit, boolean achieved, String grade, String status, Reason reason,
        List<Rating> shortOf, String mark) {

    public UnitResult {
        shortOf = List.copyOf(shortOf);
    }

    public UnitResult(String unit, boolean achieved, String grade, String status, Reason reason,
            List<Rating> shortOf) {
        this(unit, achieved, grade, status, reason, shortOf, null);
    }

    /** A unit result with no criteria to name. */
    public UnitResult(String unit, boolean achieved, String grade, String status, Reason reason) {
        this(unit, achieved, grade, status, reason, List.of());
    }

    /** A criterion and the label it was rated (or taken) at. */
    public record Rating(String criterion, String label) {
    }

    /** Why a listed unit does not count. */
    public enum Reason {
        NONE,
        /** its status is not one the engine knows (see the problem E006) */
        UNKNOWN_STATUS,
        /** it has a result but no grading scale (E003) */
        RESULT_WITHOUT_SCALE,
        /** its result is not on its scale (E003) */
        UNKNOWN_RESULT,
        /** its result (the unit's {@code grade}) is not an achieving label, like "Not yet passed" */
        RESULT_NOT_ACHIEVED,
        /** its criterion ratings do not meet the unit's achievement rule */
        CRITERIA_NOT_MET,
        /** it is planned, and planned units count only in what-if mode */
        PLANNED,
        /**
         * no attempt at it that achieves it is allowed by the qualification's rules on attempts (a registration period,
         * resits): the result's {@code timing} says why each did not stand
         */
        NOT_ALLOWED,
        /**
         * it was taken before the end-point assessment's gateway was met (its date before the day the last gateway
         * item was held; see the problem E020)
         */
        BEFORE_GATEWAY
    }
}
