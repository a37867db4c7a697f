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
            description = "human (default), short (FILE:LINE:COL: error[CODE]: message), json, or sarif "
                    + "(SARIF 2.1.0 for code hosts to annotate pull requests).")
    DiagnosticFormat format;

    @Parameters(arity = "1..*", paramLabel = "FILE-OR-DIR",
            description = "The .qdl files to check; a folder means every *.qdl under it.")
    List<String> files;

    @Override
    public Integer call() {
        List<Diagnostic> all = new ArrayList<>();
        for (SpecPaths.Typed f : SpecPaths.expand(main.io, files, ".qdl", "spec")) {
            all.addAll(Frontend.compile(f.path(), f.display(), importRoot.resolve(main.io)).diagnostics());
        }
        // a file imported by another in the same folder is checked twice: say each finding once
        java.util.Map<String, Diagnostic> once = new java.util.LinkedHashMap<>();
        for (Diagnostic d : all) {
            once.putIfAbsent(d.span().file().path() + ":" + d.span().start() + ":" + d.span().end() + ":"
                    + d.code() + ":" + d.message(), d);
        }
        all = List.copyOf(once.values());
        if (!all.isEmpty() || format == DiagnosticFormat.JSON || format == DiagnosticFormat.SARIF) {
            Diagnostics.print(main, all, format);
        }
        return Diagnostics.anyError(all) ? ExitCode.INPUT : ExitCode.OK;
    }
}
