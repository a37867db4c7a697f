package org.qdl.runtime.ir;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The qualification's rules on time and attempts (since IR 2.4): `attempts { registration valid for 3 years; resits at
 * most 1 per unit; resit within 12 months; resit capped at Pass; no resit once achieved }`. Each is absent (null, or
 * false) when the spec does not say it. A candidate's attempt history (dates and attempt numbers per unit, a
 * registration date) is read against them; the engine counts, per unit, the best attempt they allow.
 *
 * @param registrationValid how long a registration lasts: an attempt counts only from the registration date up to
 *     the day before the registration date plus this period
 * @param resitsPerUnit the most resits of one unit (attempts after the first) that count; null for no limit
 * @param resitWithin a resit counts only before the date of the last attempt before it that the rules allowed, plus
 *     this period
 * @param resitCap the grade label a resit is capped at (a higher grade counts as this one); null for no cap
 * @param noResitOnceAchieved a resit after an achieved attempt does not count (no resit to move from a pass to a
 *     distinction)
 * @param source where the spec says it
 * @param registrationCloses (since IR 2.5) the last day a learner may be registered (ISO date): a learner registered
 *     after it is not registered for the qualification, and none of their attempts counts; null when not said
 * @param certificationEnds (since IR 2.5) the certification end date (ISO): an attempt dated after it does not count,
 *     and evaluated after it (`--on`) no learner is certificated; null when not said
 */
public record IrAttempts(IrPeriod registrationValid, Integer resitsPerUnit, IrPeriod resitWithin, String resitCap,
        boolean noResitOnceAchieved, IrSource source,
        @JsonInclude(JsonInclude.Include.NON_NULL) String registrationCloses,
        @JsonInclude(JsonInclude.Include.NON_NULL) String certificationEnds) {

    /** Rules with no dates of the qualification's own (IR 2.4). */
    public IrAttempts(IrPeriod registrationValid, Integer resitsPerUnit, IrPeriod resitWithin, String resitCap,
            boolean noResitOnceAchieved, IrSource source) {
        this(registrationValid, resitsPerUnit, resitWithin, resitCap, noResitOnceAchieved, source, null, null);
    }

    /** A length of time: `3 years`, `6 weeks`, `12 months`. */
    public record IrPeriod(int count, Unit unit) {
        public enum Unit {
            DAYS, WEEKS, MONTHS, YEARS
        }
    }
}
