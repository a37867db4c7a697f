package org.qdl.cli.spectest;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The report a person reads: a line for each file, each failing case as expected vs got with the learner's units,
 * and the totals. Problems that stopped a file are on stderr (see the command), not here.
 */
public final class HumanTestReport {
    private HumanTestReport() {
    }

    /** {@code fail} and {@code ok} colour the verdict words (identity without a terminal). */
    public static String render(List<FileOutcome> outcomes, UnaryOperator<String> ok, UnaryOperator<String> fail) {
        StringBuilder s = new StringBuilder();
        for (FileOutcome f : outcomes) {
            if (!f.ran()) {
                s.append(fail.apply("ERROR")).append(' ').append(f.display()).append(": could not run (see above)\n");
                continue;
            }
            for (CaseOutcome c : f.cases()) {
                if (!c.passed()) {
                    failure(s, f, c, fail);
                }
            }
            if (f.failed() == 0) {
                s.append(ok.apply("ok")).append("   ").append(f.display()).append(": ")
                        .append(count(f.cases().size(), "case")).append(" passed\n");
            }
        }
        TestSummary t = TestSummary.of(outcomes);
        s.append('\n').append(t.ok() ? ok.apply("test result: ok") : fail.apply("test result: FAILED")).append(". ")
                .append(t.passed()).append(" passed, ").append(t.failed()).append(" failed");
        if (t.brokenFiles() > 0) {
            s.append(", ").append(count(t.brokenFiles(), "file")).append(" could not run");
        }
        s.append(" (").append(count(t.files(), "test file")).append(")\n");
        return s.toString();
    }

    private static void failure(StringBuilder s, FileOutcome f, CaseOutcome c, UnaryOperator<String> fail) {
        TestCase tc = c.testCase();
        s.append(fail.apply("FAIL")).append(' ').append(f.display()).append(':').append(tc.line()).append(": ")
                .append(tc.name()).append('\n');
        int width = Math.max("learner".length(), c.mismatches().stream()
                .mapToInt(m -> m.fact().key().length()).max().orElse(0));
        String pad = " ".repeat(width + 5);
        s.append("  ").append(padded("learner", width)).append("  ").append(tc.learner()).append('\n');
        s.append("  ").append(padded("units", width)).append("  ").append(Units.describe(tc.units())).append('\n');
        for (Mismatch m : c.mismatches()) {
            s.append("  ").append(padded(m.fact().key(), width)).append("  expected: ").append(m.expected())
                    .append('\n').append(pad).append("     got: ").append(m.got()).append('\n');
        }
    }

    private static String padded(String key, int width) {
        return key + ":" + " ".repeat(width - key.length());
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
