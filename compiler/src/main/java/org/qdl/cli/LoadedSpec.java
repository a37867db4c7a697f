package org.qdl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Future;
import org.qdl.check.Compilation;
import org.qdl.check.Frontend;
import org.qdl.cli.trace.Timeline;
import org.qdl.diag.Diagnostic;
import org.qdl.runtime.engine.CompiledQualification;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.runtime.ir.IrException;
import org.qdl.runtime.ir.IrJson;
import org.qdl.runtime.words.ResultWords;

/**
 * eval's spec: the compiled qualification and the words its results are told in, or the errors that stop the spec from
 * compiling.
 */
record LoadedSpec(CompiledQualification qualification, List<Diagnostic> errors, ResultWords words) {

    /**
     * The spec compiled, or its errors (no qualification). The words are made here, beside the input's reading, not on
     * the main thread between the reading and the first evaluation (cold code: 2.5-3.5 ms with the other cores idle).
     */
    LoadedSpec(CompiledQualification qualification, List<Diagnostic> errors) {
        this(qualification, errors, qualification == null ? null : ResultWords.of(qualification.ir()));
    }

    /**
     * Compiles the spec at {@code path} (a .qdl source, or a .qdl.json IR), as the user typed it ({@code typed}), with
     * imports only under {@code importRoot} when given, and marks {@code stage} on the timeline when it is compiled.
     * Prints nothing: this runs beside the input's reading.
     */
    static LoadedSpec compile(Path path, String typed, Optional<Path> importRoot, String stage) {
        LoadedSpec loaded = load(path, typed, importRoot);
        Timeline.mark(stage);
        // asked here, while the input is read, rather than on the main thread between reading and evaluating
        Compilers.optimising();
        return loaded;
    }

    /** Waits for a spec being compiled; throws what compiling it threw. */
    static LoadedSpec await(Future<LoadedSpec> compiling) {
        return Awaited.get(compiling, "compiling the spec");
    }

    private static LoadedSpec load(Path path, String typed, Optional<Path> importRoot) {
        if (typed.toLowerCase(Locale.ROOT).endsWith(".json")) {
            try (InputStream in = Files.newInputStream(path)) {
                return new LoadedSpec(CompiledQualification.compile(IrJson.read(in, typed)), List.of());
            } catch (IrException e) {
                throw CliException.input(e.getMessage());
            } catch (IOException e) {
                throw CliException.usage("cannot read spec `" + typed + "`: " + e.getMessage());
            }
        }
        Compilation c = Frontend.compile(path, typed, importRoot);
        if (c.hasErrors()) {
            return new LoadedSpec(null, c.diagnostics().stream().filter(d -> d.isError()).toList());
        }
        if (c.qualification().isEmpty()) {
            return new LoadedSpec(null, List.of(Diagnostics.noQualification(path, typed,
                    "there is nothing to evaluate against")));
        }
        IrDocument ir = c.ir().orElseThrow();
        return new LoadedSpec(CompiledQualification.compile(ir), List.of());
    }
}
