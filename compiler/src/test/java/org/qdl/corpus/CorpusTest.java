package org.qdl.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qdl.check.Compilation;
import org.qdl.check.Frontend;
import org.qdl.cli.spectest.CaseOutcome;
import org.qdl.cli.spectest.FileOutcome;
import org.qdl.cli.spectest.SpecTestRunner;
import org.qdl.diag.Diagnostic;

/**
 * Every corpus spec checks clean (no errors, no warnings) and every hand-worked expectation of its test file holds.
 */
class CorpusTest {

    static Stream<String> specs() {
        return Corpus.specs().stream();
    }

    static Stream<String> testFiles() {
        return Corpus.testFiles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void checksClean(String spec) {
        Compilation c = Frontend.compile(Corpus.directory().resolve(spec), spec);
        assertThat(c.diagnostics()).extracting(Diagnostic::message).isEmpty();
        assertThat(c.ir()).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("testFiles")
    void handWorkedExpectationsHold(String testFile) {
        FileOutcome outcome = SpecTestRunner.run(Corpus.directory().resolve(testFile), testFile);
        assertThat(outcome.errors()).isEmpty();
        List<String> failures = outcome.cases().stream().filter(c -> !c.passed())
                .map(c -> c.testCase().name() + ": " + c.mismatches()).toList();
        assertThat(failures).isEmpty();
        assertThat(outcome.cases()).isNotEmpty();
    }

    @Test
    void everySpecHasItsTestFile() {
        for (String spec : Corpus.specs()) {
            assertThat(Corpus.testFiles()).as(spec).contains(spec.replace(".qdl", ".test.yaml"));
        }
    }
}
