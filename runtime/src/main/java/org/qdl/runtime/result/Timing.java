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
 */
public record Timing(String registered, String registrationEnds, boolean registrationEnded, List<Attempt> attempts) {

    public Timing {
        attempts = List.copyOf(attempts);
    }
}
