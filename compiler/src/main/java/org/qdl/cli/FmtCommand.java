package org.qdl.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.qdl.check.Frontend;
import org.qdl.diag.Diagnostic;
import org.qdl.syntax.parse.ParseResult;
import org.qdl.syntax.parse.SpecParser;
import org.qdl.syntax.print.Printer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** `qdl fmt FILE...`: the canonical layout, printed, written in place, or verified. */
@Command(name = "fmt", mixinStandardHelpOptions = true,
        description = {"Print specs in the canonical layout (comments kept).",
            "With --write, rewrite the files that change; with --check, list the files that are not formatted "
                    + "and exit 1 if there are any."})
final class FmtCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = {"-w", "--write"}, description = "Rewrite each file in place (only those that change).")
    boolean write;

    @Option(names = "--check", description = "Change nothing; list files that are not formatted, exit 1 if any.")
    boolean check;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The .qdl files to format.")
    List<String> files;

    @Override
    public Integer call() {
        if (write && check) {
            throw CliException.usage("--write and --check cannot be used together: --check changes nothing");
        }
        List<Path> paths = new ArrayList<>();
        files.forEach(f -> paths.add(UserFiles.spec(main.io, f)));
        List<Diagnostic> diagnostics = new ArrayList<>();
        boolean unformatted = false;
        for (int i = 0; i < files.size(); i++) {
            String typed = files.get(i);
            // read as qdl check reads it, so that fmt never rewrites a file check refuses to read
            Frontend.Text read = Frontend.read(paths.get(i), typed);
            if (read.source().isEmpty()) {
                diagnostics.addAll(read.diagnostics());
                continue;
            }
            String text = read.source().get().text();
            ParseResult parsed = SpecParser.parse(read.source().get());
            if (!parsed.ok()) {
                diagnostics.addAll(parsed.diagnostics());
                continue;
            }
            String formatted = Printer.print(parsed.tree());
            if (check) {
                if (!formatted.equals(text)) {
                    main.io.out().println(typed);
                    unformatted = true;
                }
            } else if (write) {
                if (!formatted.equals(text)) {
                    AtomicFile.write(paths.get(i), typed, formatted);
                }
            } else {
                main.io.out().print(formatted);
            }
        }
        Diagnostics.print(main, diagnostics, DiagnosticFormat.HUMAN);
        return !diagnostics.isEmpty() || unformatted ? ExitCode.INPUT : ExitCode.OK;
    }
}
