package org.qdl.cli.spectest;

import java.util.List;
import org.qdl.runtime.candidate.Achievement;

/**
 * One learner and what must come out for them.
 *
 * @param name what the case shows, in the author's words
 * @param line where the case starts in its test file (1-based)
 * @param learner the candidate id the engine sees
 * @param units the learner's units, as a centre would send them
 * @param expectations only what the author stated is checked
 * @param registered the learner's registration date (ISO), or null
 * @param on the evaluation date (ISO), or null
 */
public record TestCase(String name, int line, String learner, List<Achievement> units,
        List<Expectation> expectations, String registered, String on) {

    public TestCase(String name, int line, String learner, List<Achievement> units, List<Expectation> expectations) {
        this(name, line, learner, units, expectations, null, null);
    }

    public TestCase {
        units = List.copyOf(units);
        expectations = List.copyOf(expectations);
    }
}
