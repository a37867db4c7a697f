package org.qdl.cli.candidates;

import java.util.List;
import org.qdl.runtime.candidate.Candidate;

/**
 * A run of consecutive candidates, in input order. Its candidates may be built lazily, on the thread that
 * evaluates them.
 */
public interface Chunk {
    int size();

    /** The id of the i-th candidate, cheaply. */
    String id(int i);

    List<Candidate> candidates();

    static Chunk of(List<Candidate> candidates) {
        return new Chunk() {
            @Override
            public int size() {
                return candidates.size();
            }

            @Override
            public String id(int i) {
                return candidates.get(i).id();
            }

            @Override
            public List<Candidate> candidates() {
                return candidates;
            }
        };
    }
}
