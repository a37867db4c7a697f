package org.qdl.runtime.result;

/**
 * One attempt at a unit (an entry of the candidate's attempt history) as a qualification's rules on attempts read it:
 * whether it is the attempt that stands for the unit, and if not, why.
 *
 * @param unit the unit's reference
 * @param attempt its number: as given, or its place among the unit's attempts (1 the first sitting, 2 the first
 *     resit)
 * @param date its date (ISO), or null when not given
 * @param result the result as given, or null
 * @param grade the grade it counts at: its own, or the resit cap for {@link Reason#CAPPED}; null when it has none
 * @param used whether it is the attempt that stands for the unit (the best one the rules allow)
 * @param reason why it does not stand, or {@link Reason#STANDS} / {@link Reason#CAPPED} when it does
 * @param limit what it met: for {@link Reason#AFTER_REGISTRATION} the registration's last day, for
 *     {@link Reason#BEFORE_REGISTRATION} the registration date, for {@link Reason#BEFORE_GATEWAY} the day the gateway
 *     was met, for {@link Reason#RESIT_TOO_LATE} the last day of
 *     the resit's window, for {@link Reason#AFTER_EVALUATION_DATE} the evaluation date, for
 *     {@link Reason#OVER_RESIT_LIMIT} the most resits allowed, for {@link Reason#RESIT_ONCE_ACHIEVED} the number of the
 *     achieved attempt before it, for {@link Reason#CAPPED} the cap, for {@link Reason#REGISTERED_AFTER_CLOSE} the
 *     qualification's last registration date, for {@link Reason#AFTER_CERTIFICATION_END} the certification end
 *     date; else null
 */
public record Attempt(String unit, int attempt, String date, String result, String grade, boolean used,
        Reason reason, String limit) {

    public enum Reason {
        /** the attempt stands for the unit, as given */
        STANDS,
        /** the attempt stands for the unit, a resit at a grade above the cap counting at the cap ({@code limit}) */
        CAPPED,
        /** allowed, but another attempt of the unit is better */
        BETTER_ATTEMPT,
        /** allowed, but not achieved (and no attempt of the unit is better) */
        NOT_ACHIEVED,
        /** dated after the evaluation date (`--on`): it had not happened */
        AFTER_EVALUATION_DATE,
        /** dated before the candidate's registration */
        BEFORE_REGISTRATION,
        /** dated after the registration's last day */
        AFTER_REGISTRATION,
        /** dated before the day the end-point assessment's gateway was met ({@code limit}) */
        BEFORE_GATEWAY,
        /** a resit beyond the most resits per unit allowed */
        OVER_RESIT_LIMIT,
        /** a resit after the window that the last allowed attempt before it opened */
        RESIT_TOO_LATE,
        /** a resit after an achieved attempt: there is no resit to improve a grade */
        RESIT_ONCE_ACHIEVED,
        /** the learner was registered after the qualification's last registration date ({@code limit}) */
        REGISTERED_AFTER_CLOSE,
        /** dated after the qualification's certification end date ({@code limit}) */
        AFTER_CERTIFICATION_END;

        /** Whether the rules allow the attempt (it may still not be the best). */
        public boolean allowed() {
            return this == STANDS || this == CAPPED || this == BETTER_ATTEMPT || this == NOT_ACHIEVED;
        }
    }
}
