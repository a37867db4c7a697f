package org.qdl.cli.spectest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.qdl.check.Compilation;
import org.qdl.check.Frontend;
import org.qdl.diag.Diagnostic;
import org.qdl.diag.ShortRenderer;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.engine.CompiledQualification;
import org.qdl.runtime.engine.EvaluationOptions;

/** Runs a test file: compiles its spec as `qdl eval` does, evaluates each case's learner, compares. */
public final class SpecTestRunner {
    private SpecTestRunner() {
    }

    public static FileOutcome run(Path testFile, String display) {
        TestFileReader.Read read = TestFileReader.read(testFile, display);
        if (read.problem().isPresent()) {
            return FileOutcome.broken(display, "", List.of(read.problem().get().render()), List.of());
        }
        TestFile file = read.file().orElseThrow();
        Compilation c = Frontend.compile(file.spec(), file.specDisplay());
        if (c.hasErrors()) {
            List<Diagnostic> errors = c.diagnostics().stream().filter(Diagnostic::isError).toList();
            return FileOutcome.broken(display, file.specDisplay(),
                    ShortRenderer.render(errors).lines().toList(), errors);
        }
        if (c.ir().isEmpty()) {
            return FileOutcome.broken(display, file.specDisplay(), List.of(file.specDisplay()
                    + ":1:1: error: the spec declares no qualification, so there is nothing to test"), List.of());
        }
        CompiledQualification q = CompiledQualification.compile(c.ir().get());
        List<CaseOutcome> outcomes = new ArrayList<>();
        for (TestCase tc : file.cases()) {
            Observed got = Observed.of(q.evaluate(new Candidate(tc.learner(), tc.units(), List.of(), tc.registered()),
                    EvaluationOptions.DEFAULT.on(tc.on())));
            List<Mismatch> mismatches = new ArrayList<>();
            for (Expectation e : tc.expectations()) {
                String value = e.fact().got(got);
                if (!value.equals(e.expected())) {
                    mismatches.add(new Mismatch(e.fact(), e.expected(), value));
                }
            }
            outcomes.add(new CaseOutcome(tc, mismatches));
        }
        return new FileOutcome(display, file.specDisplay(), outcomes, List.of(), List.of());
    }
}
