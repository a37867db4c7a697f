package org.qdl.runtime.result;

import java.util.List;

/**
 * What a qualification's rules on time and attempts made of a candidate's attempt history (present on a result only
 * when the qualification has such rules).
 *
 * @param registered the candidate's registration date (ISO), or null when not given (the registration period is then
 *     not checked)
 * @param registrationEnds the registration's last day (ISO), when the qualification has a registration period and the
 *     candidate a registration date; else null
 * @param registrationEnded whether the evaluation date (`--on`) is after the registration's last day: no attempt from
 *     then on can count
 * @param attempts every attempt at a unit of the qualification, unit by unit in the order listed, each unit's attempts
 *     in the order they were sat
 * @param closed why no unit can count towards the qualification any more, or null: the learner was registered after
 *     the registration closed, the evaluation date is after the certification end date, or after the learner's
 *     registration ended
 * @param closedOn the day {@code closed} happened (ISO): the registration's closing date, the certification end date
 *     or the registration's last day; null when {@code closed} is
 * @param onEvaluationDate whether the certification or registration is known to have ended from the evaluation date
 *     (`--on`), rather than from an attempt dated after it (today is at least that day): evaluated after the
 *     certification end date no learner is certificated, while an attempt after it leaves a learner who achieved
 *     before it achieved
 * @param closedUnits the units closed to the learner on their own, in the order listed: units they do not count (or
 *     hold exempt or not passed) whose resits are used up or whose resit window has passed, so that no further attempt
 *     at them could count; they are never offered as further units
 */
public record Timing(String registered, String registrationEnds, boolean registrationEnded, List<Attempt> attempts,
        Closed closed, String closedOn, boolean onEvaluationDate, List<ClosedUnit> closedUnits) {

    /** Why no unit can count any more. */
    public enum Closed {
        /** registered after the qualification's last registration date: not registered for it at all */
        REGISTRATION_CLOSED,
        /** evaluated after the certification end date: no certificate is issued */
        CERTIFICATION_ENDED,
        /** evaluated after the registration's last day: a unit achieved from then on does not count */
        REGISTRATION_ENDED;

        /** The word in JSON and the shortfall's requirement: `registration-closed`. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public Timing {
        attempts = List.copyOf(attempts);
        closedUnits = List.copyOf(closedUnits);
        if ((closed == null) != (closedOn == null)) {
            throw new IllegalArgumentException("a closing needs its day, and a day its closing");
        }
    }

    /** No unit closed on its own. */
    public Timing(String registered, String registrationEnds, boolean registrationEnded, List<Attempt> attempts,
            Closed closed, String closedOn, boolean onEvaluationDate) {
        this(registered, registrationEnds, registrationEnded, attempts, closed, closedOn, onEvaluationDate, List.of());
    }

    /** This timing with only these of its closed units (those that matter to the learner's result). */
    public Timing withClosedUnits(List<ClosedUnit> units) {
        return new Timing(registered, registrationEnds, registrationEnded, attempts, closed, closedOn, onEvaluationDate,
                units);
    }

    /** Nothing closed. */
    public Timing(String registered, String registrationEnds, boolean registrationEnded, List<Attempt> attempts) {
        this(registered, registrationEnds, registrationEnded, attempts, null, null, false);
    }
}
