package org.qdl.runtime.words;

import org.qdl.runtime.result.Attempt;
import org.qdl.runtime.result.Timing;

/**
 * The rules on time and attempts in a result, in words: "registered 2024-09-02, registration valid to 2027-09-01";
 * "attempt 2 of U3 (2025-06-10, Distinction) counts as Pass: a resit is capped at Pass".
 */
final class TimingWords {
    private TimingWords() {
    }

    /** The registration line, or "" when there is nothing to say. */
    static String registration(Timing t, String unchecked) {
        if (t.closed() == Timing.Closed.REGISTRATION_CLOSED) {
            return "registered " + t.registered() + ", after registration closed on " + t.closedOn()
                    + ": no unit counts towards this qualification";
        }
        String line = registrationOnly(t, unchecked);
        if (t.closed() == Timing.Closed.CERTIFICATION_ENDED && t.onEvaluationDate()) {
            String ended = "certification ended on " + t.closedOn() + ": no certificate is issued from now on";
            return line.isEmpty() ? ended : line + "; " + ended;
        }
        return line;
    }

    /** {@code unchecked}: what a missing registration date leaves unchecked ("the registration period"), or null. */
    private static String registrationOnly(Timing t, String unchecked) {
        if (t.registered() == null) {
            return unchecked != null ? "no registration date given: " + unchecked + " was not checked" : "";
        }
        if (t.registrationEnds() == null) {
            return "registered " + t.registered();
        }
        return "registered " + t.registered() + ", registration " + (t.registrationEnded() ? "ended " : "valid to ")
                + t.registrationEnds() + (t.registrationEnded() ? ": no unit achieved from now on counts" : "");
    }

    /** One attempt: which it was, and whether it stands for its unit and why (not). */
    static String attempt(Attempt a, boolean checksDates) {
        StringBuilder s = new StringBuilder("attempt ").append(a.attempt()).append(" at ").append(a.unit());
        String given = a.date() == null ? (checksDates ? "no date" : "") : a.date();
        if (a.result() != null) {
            given = given.isEmpty() ? a.result() : given + ", " + a.result();
        }
        if (!given.isEmpty()) {
            s.append(" (").append(given).append(')');
        }
        s.append(switch (a.reason()) {
            case STANDS -> " counts" + (a.date() == null && checksDates ? "; with no date, its time was not checked" : "");
            case CAPPED -> " counts as " + a.grade() + ": a resit is capped at " + a.limit();
            case BETTER_ATTEMPT -> " does not count: a better attempt does";
            case NOT_ACHIEVED -> " does not count: not achieved";
            case AFTER_EVALUATION_DATE -> " does not count: after the evaluation date " + a.limit();
            case BEFORE_REGISTRATION -> " does not count: before registration on " + a.limit();
            case AFTER_REGISTRATION -> " does not count: after the registration ended on " + a.limit();
            case BEFORE_GATEWAY -> " does not count: taken before the gateway was met on " + a.limit();
            case OVER_RESIT_LIMIT -> " does not count: " + resits(a.limit());
            case RESIT_TOO_LATE -> " does not count: a resit after its window ended on " + a.limit();
            case RESIT_ONCE_ACHIEVED -> " does not count: attempt " + a.limit()
                    + " achieved the unit, and there is no resit once achieved";
            case REGISTERED_AFTER_CLOSE -> " does not count: the learner was registered after registration closed on "
                    + a.limit();
            case AFTER_CERTIFICATION_END -> " does not count: after the certification end date " + a.limit();
        });
        return s.toString();
    }

    /**
     * Why a unit is closed to the learner: "its resits are used up (at most 1 resit per unit)", "its resit window
     * closed on 2026-02-28".
     */
    static String closedWhy(org.qdl.runtime.result.ClosedUnit c) {
        return switch (c.why()) {
            case RESITS_USED_UP -> "its resits are used up (" + ("0".equals(c.limit()) ? "no resits are allowed"
                    : "at most " + c.limit() + ("1".equals(c.limit()) ? " resit" : " resits") + " per unit") + ")";
            case RESIT_WINDOW_CLOSED -> "its resit window closed on " + c.limit();
        };
    }

    /** A closed unit's line: "U3 is closed to the learner: its resits are used up (at most 1 resit per unit)". */
    static String closed(org.qdl.runtime.result.ClosedUnit c) {
        return c.unit() + " is closed to the learner: " + closedWhy(c) + "; no further attempt at it can count";
    }

    private static String resits(String most) {
        return "0".equals(most) ? "no resits are allowed"
                : "at most " + most + ("1".equals(most) ? " resit is" : " resits are") + " allowed per unit";
    }
}
