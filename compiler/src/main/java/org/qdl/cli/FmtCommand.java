package org.qdl.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
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

/** `qdl fmt FILE-OR-DIR...`: the canonical layout, printed, written in place, verified, or shown as a diff. */
@Command(name = "fmt", mixinStandardHelpOptions = true,
        description = {"Print specs in the canonical layout (comments kept).",
            "With --write, rewrite the files that change; with --check, list the files that are not formatted "
                    + "and exit 1 if there are any; with --diff, show what would change as a unified diff "
                    + "(exit 1 if anything would)."})
final class FmtCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = {"-w", "--write"}, description = "Rewrite each file in place (only those that change).")
    boolean write;

    @Option(names = "--check", description = "Change nothing; list files that are not formatted, exit 1 if any.")
    boolean check;

    @Option(names = "--diff", description = "Change nothing; print a unified diff of what --write would change, "
            + "exit 1 if anything would.")
    boolean diff;

    @Parameters(arity = "1..*", paramLabel = "FILE-OR-DIR",
            description = "The .qdl files to format; a folder means every *.qdl under it.")
    List<String> files;

    @Override
    public Integer call() {
        if ((write ? 1 : 0) + (check ? 1 : 0) + (diff ? 1 : 0) > 1) {
            throw CliException.usage("--write, --check and --diff cannot be used together: "
                    + "--check and --diff change nothing");
        }
        List<SpecPaths.Typed> paths = SpecPaths.expand(main.io, files, ".qdl", "spec");
        List<Diagnostic> diagnostics = new ArrayList<>();
        boolean unformatted = false;
        for (SpecPaths.Typed file : paths) {
            String typed = file.display();
            // read as qdl check reads it, so that fmt never rewrites a file check refuses to read
            Frontend.Text read = Frontend.read(file.path(), typed);
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
            boolean changes = !formatted.equals(text);
            if (check) {
                if (changes) {
                    CheckedStdout.print(main, typed + "\n");
                    unformatted = true;
                }
            } else if (diff) {
                if (changes) {
                    CheckedStdout.print(main, unifiedDiff(typed, text, formatted));
                    unformatted = true;
                }
            } else if (write) {
                if (changes) {
                    AtomicFile.write(file.path(), typed, formatted);
                }
            } else {
                CheckedStdout.print(main, formatted);
            }
        }
        Diagnostics.print(main, diagnostics, DiagnosticFormat.HUMAN);
        return !diagnostics.isEmpty() || unformatted ? ExitCode.INPUT : ExitCode.OK;
    }

    /** The change as `diff -u` shows it, so that it reads (and applies) the same way. */
    static String unifiedDiff(String name, String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        List<String> lines = UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, a,
                DiffUtils.diff(a, b), 3);
        StringBuilder s = new StringBuilder();
        lines.forEach(l -> s.append(l).append('\n'));
        if (a.equals(b)) {
            // only line endings or the final newline differ, which a line diff cannot show
            s.append("--- a/").append(name).append("\n+++ b/").append(name)
                    .append("\n@@ line endings or the newline at the end of the file @@\n");
        }
        return s.toString();
    }
}
