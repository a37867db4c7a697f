package org.qdl.runtime.candidate;

import java.util.List;
import org.qdl.runtime.result.Problem;

/**
 * A candidate and the units they have achieved (or plan), in the order given, with the problems found while
 * their records were read (a row that could not be read, an ambiguous date): the engine reports those first on
 * the candidate's result. {@code registered} is the date the candidate was registered for the qualification (ISO), or
 * null when not given: a qualification's registration period starts from it.
 */
public record Candidate(String id, List<Achievement> achievements, List<Problem> problems, String registered) {

    public Candidate {
        achievements = List.copyOf(achievements);
        problems = List.copyOf(problems);
    }

    public Candidate(String id, List<Achievement> achievements, List<Problem> problems) {
        this(id, achievements, problems, null);
    }

    public Candidate(String id, List<Achievement> achievements) {
        this(id, achievements, List.of());
    }
}
