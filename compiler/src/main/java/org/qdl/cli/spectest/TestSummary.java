package org.qdl.cli.spectest;

import java.util.List;

/** Counts over a run of test files, as every report states them. */
public record TestSummary(int files, long passed, long failed, long brokenFiles) {

    public static TestSummary of(List<FileOutcome> outcomes) {
        long passed = 0;
        long failed = 0;
        long broken = 0;
        for (FileOutcome f : outcomes) {
            passed += f.cases().size() - f.failed();
            failed += f.failed();
            broken += f.ran() ? 0 : 1;
        }
        return new TestSummary(outcomes.size(), passed, failed, broken);
    }

    public boolean ok() {
        return failed == 0 && brokenFiles == 0;
    }
}
