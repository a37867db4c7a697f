package org.qdl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.qdl.check.Compilation;
import org.qdl.check.Frontend;
import org.qdl.emit.handbook.HandbookEmitter;
import org.qdl.emit.handbook.HandbookException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** `qdl handbook FILE -o DIR`: the qualification's HTML handbook. */
@Command(name = "handbook", mixinStandardHelpOptions = true,
        description = {"Render the qualification's handbook as static HTML: DIR/index.html, a page per unit, the "
                + "whole handbook on one page for printing, and its stylesheet.",
            "Writes nothing when the spec has an error (exit 1)."})
final class HandbookCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @picocli.CommandLine.Mixin
    ImportRoot importRoot;

    @Parameters(paramLabel = "FILE", description = "The .qdl file that declares the qualification.")
    String file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "The directory to write the handbook to (created if missing).")
    String output;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Templates (page.ftlh, index.ftlh, unit.ftlh, handbook.ftlh, macros.ftlh, handbook.css) and "
                    + "assets/ that replace the built-in ones of the same name.")
    String templates;

    @Option(names = "--date", paramLabel = "DATE",
            description = "Print DATE (YYYY-MM-DD, or today) in each page's footer as the day the handbook was "
                    + "generated. Without it the handbook carries no date: the same spec gives the same bytes.")
    String date;

    @Override
    public Integer call() {
        Optional<LocalDate> generated = Optional.empty();
        if (date != null) {
            try {
                generated = Optional.of(date.equalsIgnoreCase("today") ? LocalDate.now() : LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw CliException.usage("--date `" + date + "` is not a date like 2026-11-23, or today");
            }
        }
        Path spec = UserFiles.spec(main.io, file);
        Optional<Path> templateDir = Optional.empty();
        if (templates != null) {
            Path dir = main.io.resolve(templates);
            if (!Files.isDirectory(dir)) {
                throw CliException.usage("cannot find templates directory `" + templates + "`");
            }
            templateDir = Optional.of(dir);
        }
        Compilation c = Frontend.compile(spec, file, importRoot.resolve(main.io));
        Diagnostics.print(main, c.diagnostics(), DiagnosticFormat.HUMAN);
        if (c.hasErrors()) {
            return ExitCode.INPUT;
        }
        if (c.qualification().isEmpty()) {
            Diagnostics.print(main, List.of(Diagnostics.noQualification(spec, file, "there is no handbook to render")),
                    DiagnosticFormat.HUMAN);
            return ExitCode.INPUT;
        }
        Path out = UserFiles.outputDirectory(main.io, output);
        try {
            HandbookEmitter.render(c.qualification().get(), out, templateDir, generated, java.util.Set.of(spec));
        } catch (HandbookException e) {
            throw CliException.input(e.getMessage());
        }
        return ExitCode.OK;
    }
}
