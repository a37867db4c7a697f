package org.qdl.runtime.candidate;

import java.util.List;

/** A candidate and the units they have achieved (or plan), in the order given. */
public record Candidate(String id, List<Achievement> achievements) {

    public Candidate {
        achievements = List.copyOf(achievements);
    }
}
