package org.qdl.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.qdl.check.Compilation;
import org.qdl.check.Frontend;
import org.qdl.diag.Diagnostic;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.model.Qualification;
import org.qdl.runtime.ir.IrJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** `qdl build FILE... -o DIR`: compile specs to the IR, all or nothing. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Compile specs to the IR the rule engine reads: DIR/<qualification-id>.qdl.json.",
            "Writes nothing when any file has an error (exit 1)."})
final class BuildCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @picocli.CommandLine.Mixin
    ImportRoot importRoot;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "The directory to write to (created if missing).")
    String output;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The .qdl files to build; each declares a qualification.")
    List<String> files;

    @Override
    public Integer call() {
        files.forEach(f -> UserFiles.spec(main.io, f));
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, IrDocument> built = new LinkedHashMap<>();
        Map<String, String> builtFrom = new LinkedHashMap<>();
        for (String f : files) {
            Path path = main.io.resolve(f);
            Compilation c = Frontend.compile(path, f, importRoot.resolve(main.io));
            diagnostics.addAll(c.diagnostics());
            if (c.hasErrors()) {
                continue;
            }
            if (c.qualification().isEmpty()) {
                diagnostics.add(Diagnostics.noQualification(path, f, "there is nothing to build"));
                continue;
            }
            Qualification q = c.qualification().get();
            String earlier = builtFrom.putIfAbsent(q.id(), f);
            if (earlier != null) {
                throw CliException.input("`" + f + "` and `" + earlier + "` both declare qualification `" + q.id()
                        + "`; both would be written to " + q.id() + ".qdl.json");
            }
            built.put(q.id(), c.ir().orElseThrow());
        }
        Diagnostics.print(main, diagnostics, DiagnosticFormat.HUMAN);
        if (Diagnostics.anyError(diagnostics)) {
            return ExitCode.INPUT;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        built.forEach((id, ir) -> texts.put(id + ".qdl.json", IrJson.write(ir)));
        Path dir = UserFiles.outputDirectory(main.io, output);
        texts.forEach((name, text) -> AtomicFile.write(dir.resolve(name), Path.of(output, name).toString(), text));
        return ExitCode.OK;
    }
}
