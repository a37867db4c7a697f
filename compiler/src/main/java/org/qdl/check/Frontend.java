package org.qdl.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.diag.Severity;
import org.qdl.lower.Lowered;
import org.qdl.lower.Lowering;
import org.qdl.prove.StructureProof;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.syntax.SourceFile;

/**
 * The compiler's front end in one call: read a spec and its imports, parse them, check them, and return the
 * checked qualification with every diagnostic.
 */
public final class Frontend {
    /** At most this many diagnostics are reported for one spec and its imports; the rest would bury the first. */
    public static final int MAX_DIAGNOSTICS = 100;

    private Frontend() {
    }

    /** Checks a spec file; {@code displayName} is how messages name it (as the user typed it). */
    public static Compilation compile(Path file, String displayName) {
        return compile(file, displayName, Optional.empty());
    }

    /**
     * As {@link #compile(Path, String)}; with an {@code importRoot}, imports may only read files under it (for a
     * service that checks specs it did not write: otherwise an import can read any file the process can).
     */
    public static Compilation compile(Path file, String displayName, Optional<Path> importRoot) {
        SourceLoader loader = new SourceLoader(importRoot);
        if (!loader.loadRoot(file, displayName)) {
            return new Compilation(Optional.empty(), Optional.empty(), loader.diagnostics());
        }
        return check(loader);
    }

    public static Compilation compile(Path file) {
        return compile(file, file.toString());
    }

    /** A spec file's text, or why it cannot be read as a spec. */
    public record Text(Optional<SourceFile> source, List<Diagnostic> diagnostics) {
    }

    /**
     * Reads a spec file as {@link #compile(Path, String)} reads it — no larger than a spec may be, UTF-8, no NUL
     * bytes, without its byte-order mark — for commands that take its text without checking it (`qdl fmt`).
     */
    public static Text read(Path file, String displayName) {
        SourceLoader loader = new SourceLoader();
        Optional<SourceFile> source = loader.readOnly(file, displayName);
        return new Text(source, loader.diagnostics());
    }

    /** Checks spec text held in memory; imports resolve against {@code baseDirectory}. */
    public static Compilation compile(SourceFile source, Path baseDirectory) {
        SourceLoader loader = new SourceLoader();
        loader.loadText(source, baseDirectory);
        return check(loader);
    }

    private static List<Diagnostic> capped(List<Diagnostic> diagnostics) {
        if (diagnostics.size() <= MAX_DIAGNOSTICS) {
            return diagnostics;
        }
        List<Diagnostic> out = new ArrayList<>(diagnostics.subList(0, MAX_DIAGNOSTICS));
        List<Diagnostic> rest = diagnostics.subList(MAX_DIAGNOSTICS, diagnostics.size());
        long errors = rest.stream().filter(Diagnostic::isError).count();
        // Only warnings left out: the notice is a warning too, so that it does not turn a clean spec into a failed one.
        Severity severity = errors > 0 ? Severity.ERROR : Severity.WARNING;
        String more = errors > 0 ? errors + " more errors and " + (rest.size() - errors) + " more warnings"
                : rest.size() + " more warnings";
        out.add(new Diagnostic(severity, Code.Q0007, "too many problems: " + more + " not shown",
                rest.get(0).span(), "", List.of(),
                Optional.of("fix these and check again: later problems often follow from earlier ones")));
        return out;
    }

    private static Compilation check(SourceLoader loader) {
        List<Diagnostic> diagnostics = new ArrayList<>(loader.diagnostics());
        boolean syntaxOk = diagnostics.stream().noneMatch(Diagnostic::isError);
        // a file that could not be read at all (a missing import) would leave every name in it undeclared
        if (!loader.allRead()) {
            return result(loader, diagnostics, Optional.empty(), Optional.empty());
        }
        Checker.Output out = Checker.check(loader.files(), syntaxOk);
        diagnostics.addAll(out.diagnostics());
        Optional<IrDocument> ir = Optional.empty();
        if (out.qualification().isPresent() && diagnostics.stream().noneMatch(Diagnostic::isError)) {
            // check → lower → prove: the proof runs the engine on exactly what `qdl build` would write
            Lowered lowered = Lowering.lower(out.qualification().get());
            diagnostics.addAll(lowered.diagnostics());
            if (lowered.diagnostics().stream().noneMatch(Diagnostic::isError)) {
                diagnostics.addAll(StructureProof.prove(out.qualification().get(), lowered.ir(), out.sites()));
                ir = Optional.of(lowered.ir());
            }
        }
        return result(loader, diagnostics, out.qualification(), ir);
    }

    private static Compilation result(SourceLoader loader, List<Diagnostic> diagnostics,
            Optional<org.qdl.model.Qualification> qualification, Optional<IrDocument> ir) {
        diagnostics.sort(Comparator.comparing((Diagnostic d) -> d.span().file().path().equals(
                loader.files().isEmpty() ? "" : loader.files().get(0).source().path()) ? 0 : 1)
                .thenComparing(d -> d.span().file().path())
                .thenComparingInt(d -> d.span().start()));
        boolean errors = diagnostics.stream().anyMatch(Diagnostic::isError);
        return new Compilation(errors ? Optional.empty() : qualification, errors ? Optional.empty() : ir,
                capped(diagnostics));
    }
}
