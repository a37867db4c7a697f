package org.qdl.runtime.candidate;

import java.util.List;
import org.qdl.runtime.result.Problem;

/**
 * A candidate and the units they have achieved (or plan), in the order given, with the problems found while
 * their records were read (a row that could not be read, an ambiguous date): the engine reports those first on
 * the candidate's result.
 */
public record Candidate(String id, List<Achievement> achievements, List<Problem> problems) {

    public Candidate {
        achievements = List.copyOf(achievements);
        problems = List.copyOf(problems);
    }

    public Candidate(String id, List<Achievement> achievements) {
        this(id, achievements, List.of());
    }
}
