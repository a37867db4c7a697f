package org.qdl.cli;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.qdl.cli.spectest.FileOutcome;
import org.qdl.cli.spectest.HumanTestReport;
import org.qdl.cli.spectest.JsonTestReport;
import org.qdl.cli.spectest.JunitTestReport;
import org.qdl.cli.spectest.SpecTestRunner;
import org.qdl.cli.spectest.TestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** `qdl test FILE-OR-DIR...`: run the spec test files (`*.test.yaml`) found there. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run spec test files (NAME.test.yaml beside NAME.qdl): each case is a learner and what must "
                + "come out for them (achieved, grade, units needed, shortfalls, endorsements, problems).",
            "A folder means every *.test.yaml under it; a .qdl file means the test file beside it. "
                    + "Exits 1 when any case fails or any test file cannot run."})
final class TestCommand implements Callable<Integer> {
    static final String SUFFIX = ".test.yaml";

    enum Format {
        HUMAN, JSON, JUNIT;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @ParentCommand
    Main main;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "human",
            description = "human (default), json (one document on stdout) or junit (JUnit XML for CI).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of stdout (e.g. --format junit -o TEST-qdl.xml).")
    String output;

    @Parameters(arity = "1..*", paramLabel = "FILE-OR-DIR",
            description = "Test files, specs (their NAME.test.yaml) or folders (every *.test.yaml under them).")
    List<String> paths;

    @Override
    public Integer call() {
        List<SpecPaths.Typed> files = testFiles();
        List<FileOutcome> outcomes = new ArrayList<>();
        for (SpecPaths.Typed f : files) {
            FileOutcome o = SpecTestRunner.run(f.path(), f.display());
            if (!o.specDiagnostics().isEmpty()) {
                Diagnostics.print(main, o.specDiagnostics(), DiagnosticFormat.HUMAN);
            } else {
                o.errors().forEach(e -> main.io.err().println(e));
            }
            outcomes.add(o);
        }
        Style style = output == null ? main.outStyle() : Style.of(false);
        String report = switch (format) {
            case HUMAN -> HumanTestReport.render(outcomes, style::ok, style::error);
            case JSON -> JsonTestReport.render(outcomes);
            case JUNIT -> JunitTestReport.render(outcomes);
        };
        if (output == null) {
            CheckedStdout.print(main, report);
        } else {
            AtomicFile.write(main.io.resolve(output), output, report);
        }
        return TestSummary.of(outcomes).ok() ? ExitCode.OK : ExitCode.INPUT;
    }

    private List<SpecPaths.Typed> testFiles() {
        List<String> direct = new ArrayList<>();
        List<SpecPaths.Typed> out = new ArrayList<>();
        for (String p : paths) {
            if (p.endsWith(".qdl")) {
                UserFiles.existing(main.io, p, "spec");
                String beside = p.substring(0, p.length() - ".qdl".length()) + SUFFIX;
                if (!Files.isRegularFile(main.io.resolve(beside))) {
                    throw CliException.usage("spec `" + p + "` has no test file beside it: expected `" + beside
                            + "` (`qdl init` writes one)");
                }
                out.addAll(SpecPaths.expand(main.io, List.of(beside), SUFFIX, "test file"));
            } else {
                direct.add(p);
            }
        }
        out.addAll(SpecPaths.expand(main.io, direct, SUFFIX, "test file"));
        return out;
    }
}
