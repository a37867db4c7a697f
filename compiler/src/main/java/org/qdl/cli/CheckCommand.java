package org.qdl.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.qdl.check.Frontend;
import org.qdl.diag.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** `qdl check FILE...`: parse and check specs; silent when all is well. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Parse and check specs (and the files they import). Silent when all is well; "
                + "diagnostics go to stderr, or with --format json as one JSON document to stdout.",
            "Exits 1 when any file has an error; warnings alone exit 0."})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @picocli.CommandLine.Mixin
    ImportRoot importRoot;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "human",
            description = "human (default), short (FILE:LINE:COL: error[CODE]: message) or json.")
    DiagnosticFormat format;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The .qdl files to check.")
    List<String> files;

    @Override
    public Integer call() {
        files.forEach(f -> UserFiles.spec(main.io, f));
        List<Diagnostic> all = new ArrayList<>();
        for (String f : files) {
            all.addAll(Frontend.compile(main.io.resolve(f), f, importRoot.resolve(main.io)).diagnostics());
        }
        if (!all.isEmpty() || format == DiagnosticFormat.JSON) {
            Diagnostics.print(main, all, format);
        }
        return Diagnostics.anyError(all) ? ExitCode.INPUT : ExitCode.OK;
    }
}
