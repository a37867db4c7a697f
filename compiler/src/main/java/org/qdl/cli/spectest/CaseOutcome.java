package org.qdl.cli.spectest;

import java.util.List;

/** A case as run: the case and what the engine gave against each expectation it did not meet. */
public record CaseOutcome(TestCase testCase, List<Mismatch> mismatches) {

    public CaseOutcome {
        mismatches = List.copyOf(mismatches);
    }

    public boolean passed() {
        return mismatches.isEmpty();
    }
}
