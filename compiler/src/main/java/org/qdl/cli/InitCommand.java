package org.qdl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.qdl.check.Compilation;
import org.qdl.check.Frontend;
import org.qdl.cli.init.Scaffold;
import org.qdl.diag.Diagnostic;
import org.qdl.syntax.SourceFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** `qdl init --id ID --title TITLE ...`: a new spec and its test file, both passing as written. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Scaffold a new spec (ID.qdl) and its test file (ID.test.yaml) from a few flags.",
            "Never replaces a file; the spec is checked before anything is written."})
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--id", required = true, paramLabel = "ID",
            description = "The qualification's id, also the file name (e.g. svq-customer-service-scqf5).")
    String id;

    @Option(names = "--title", required = true, paramLabel = "TITLE", description = "The qualification's title.")
    String title;

    @Option(names = "--awarding-body", paramLabel = "NAME", defaultValue = "Awarding body",
            description = "Who awards it (default: ${DEFAULT-VALUE}).")
    String awardingBody;

    @Option(names = "--framework", paramLabel = "NAME", defaultValue = "RQF",
            description = "The framework its level is in: RQF, SCQF, ... (default: ${DEFAULT-VALUE}).")
    String framework;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "2",
            description = "Its level, e.g. 2 or \"entry 3\" (default: ${DEFAULT-VALUE}).")
    String level;

    @Option(names = "--units", paramLabel = "REF", split = ",", defaultValue = "U1",
            description = "The mandatory units' references, comma-separated (default: ${DEFAULT-VALUE}).")
    List<String> units;

    @Option(names = "--credit", paramLabel = "N", defaultValue = "5",
            description = "Each unit's credit (default: ${DEFAULT-VALUE}).")
    int credit;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = ".",
            description = "The folder to write into (default: the current one).")
    String output;

    @Override
    public Integer call() {
        if (credit < 0) {
            throw CliException.usage("--credit must be 0 or more, not " + credit);
        }
        Scaffold scaffold = new Scaffold(id, title, awardingBody, framework, level,
                units.stream().map(String::strip).toList(), credit);
        Path dir = UserFiles.outputDirectory(main.io, output);
        String specName = id + ".qdl";
        String testName = id + ".test.yaml";
        Path spec = dir.resolve(specName);
        Path tests = dir.resolve(testName);
        for (Path p : List.of(spec, tests)) {
            if (Files.exists(p)) {
                throw CliException.usage("`" + shown(p.getFileName().toString()) + "` already exists; "
                        + "qdl init never replaces a file");
            }
        }
        // the flags become spec text: check it first, so that a bad id or level is reported where it is
        SourceFile source = new SourceFile(shown(specName), scaffold.spec());
        Compilation c = Frontend.compile(source, dir);
        List<Diagnostic> errors = c.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            main.error("the flags do not make a valid spec; nothing was written:");
            Diagnostics.print(main, errors, DiagnosticFormat.HUMAN);
            return ExitCode.INPUT;
        }
        AtomicFile.write(spec, shown(specName), scaffold.spec());
        AtomicFile.write(tests, shown(testName), scaffold.tests());
        main.io.out().println("wrote " + shown(specName) + " and " + shown(testName)
                + "; next: qdl check " + shown(specName) + " && qdl test " + shown(specName));
        return ExitCode.OK;
    }

    private String shown(String name) {
        return output.equals(".") ? name : output.replaceAll("/+$", "") + "/" + name;
    }
}
