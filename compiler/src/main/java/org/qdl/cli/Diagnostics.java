package org.qdl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.diag.HumanRenderer;
import org.qdl.diag.JsonRenderer;
import org.qdl.diag.SarifRenderer;
import org.qdl.diag.ShortRenderer;
import org.qdl.syntax.SourceFile;
import org.qdl.syntax.Span;

/** Prints diagnostics the way the user asked: human or short on stderr, JSON as the one document on stdout. */
final class Diagnostics {
    private Diagnostics() {
    }

    static void print(Main main, List<Diagnostic> diagnostics, DiagnosticFormat format) {
        switch (format) {
            case JSON -> CheckedStdout.print(main, JsonRenderer.render(diagnostics));
            case SARIF -> CheckedStdout.print(main, SarifRenderer.render(diagnostics, Version.version()));
            case SHORT -> main.io.err().print(ShortRenderer.render(diagnostics));
            default -> main.io.err().print(new HumanRenderer(main.errStyle().colored()).render(diagnostics));
        }
    }

    static boolean anyError(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /**
     * Q0121 for a file that was meant to declare a qualification (build, eval, handbook) and does not;
     * {@code consequence} finishes the sentence ("there is nothing to build").
     */
    static Diagnostic noQualification(Path file, String typed, String consequence) {
        String text;
        try {
            text = Files.readString(file);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            text = "";
        }
        SourceFile source = new SourceFile(typed, text);
        return Diagnostic.of(Code.Q0121, Span.at(source, 0), "`" + typed + "` declares no qualification, so "
                + consequence).withLabel("no `qualification` in this file")
                .withHelp("name the file that declares `qualification NAME \"Title\" { ... }`");
    }
}
