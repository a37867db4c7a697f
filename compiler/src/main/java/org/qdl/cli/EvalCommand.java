package org.qdl.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.qdl.cli.candidates.BadInputException;
import org.qdl.cli.candidates.CandidateSource;
import org.qdl.cli.candidates.Chunk;
import org.qdl.cli.candidates.CsvCandidates;
import org.qdl.cli.candidates.InputFormat;
import org.qdl.cli.candidates.JsonCandidates;
import org.qdl.cli.candidates.JsonLinesCandidates;
import org.qdl.cli.candidates.ColumnMapping;
import org.qdl.cli.candidates.DateOrder;
import org.qdl.cli.candidates.ReadOptions;
import org.qdl.cli.candidates.XlsxCandidates;
import org.qdl.cli.results.HtmlReport;
import org.qdl.cli.results.Report;
import org.qdl.cli.results.XlsxReport;
import org.qdl.cli.results.ReportOptions;
import org.qdl.cli.results.ResultFormat;
import org.qdl.cli.trace.Timeline;
import org.qdl.runtime.engine.CompiledQualification;
import org.qdl.runtime.engine.EvaluationOptions;
import org.qdl.runtime.ir.IrUnit;
import org.qdl.runtime.words.ResultWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** `qdl eval SPEC INPUT`: evaluate candidates against a qualification. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Evaluate candidates against a qualification: achieved or not yet, the grade, the credits, "
                + "and what each candidate still needs.",
            "SPEC is a .qdl source or a compiled .qdl.json. INPUT is .json ({\"candidates\": [...]}), .jsonl (one "
                    + "candidate a line), .csv (columns candidate,unit and optionally result,status,date,"
                    + "criterion,rating; comma, semicolon or tab; UTF-8 or UTF-16), an .xlsx workbook read like CSV, "
                    + "or - for stdin.",
            "Exits 0 when every candidate was evaluated (achieved, not yet, or undecided within --search-steps), 1 "
                    + "when the spec or the input has problems."})
final class EvalCommand implements Callable<Integer> {
    /** Inputs at least this large get a progress bar (when stderr is a terminal). */
    private static final long LARGE_INPUT = 4L << 20;

    @ParentCommand
    Main main;

    @picocli.CommandLine.Mixin
    ImportRoot importRoot;

    @Parameters(index = "0", paramLabel = "SPEC", description = "The qualification: a .qdl file or a .qdl.json IR file.")
    String spec;

    @Parameters(index = "1", paramLabel = "INPUT", description = "The candidates: a .csv (or other delimited export), .xlsx, .json or .jsonl file, or - "
            + "for stdin.")
    String input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default, for a person), json (the contract's document), csv (a row per candidate), "
                    + "xlsx (an Excel workbook; with -o, or to a stdout that is not a terminal) or html (a report for "
                    + "tutors and learners: a class page and a printable page per learner, in the folder -o names).")
    ResultFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the results to FILE (whole or not at all) instead of stdout.")
    String output;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "json, jsonl, csv or xlsx: the input's format when its name does not say (stdin is guessed).")
    InputFormat inputFormat;

    @Option(names = "--sheet", paramLabel = "NAME",
            description = "The sheet of an .xlsx workbook to read (default: the first).")
    String sheet;

    @Option(names = "--columns", paramLabel = "COLUMN=HEADER,...",
            description = "Which of the file's headers holds each column qdl reads, e.g. "
                    + "--columns candidate=\"Learner ID\",unit=\"Unit code\",result=Grade. A file "
                    + ColumnMapping.FILE_NAME + " beside the input (lines like candidate=Learner ID) is read "
                    + "when there is one; common headers (Learner ID, Unit code, Grade, ...) need no mapping.")
    String columns;

    @Option(names = "--columns-file", paramLabel = "FILE",
            description = "Read the column mapping from FILE (lines like candidate=Learner ID).")
    String columnsFile;

    @Option(names = "--date-format", paramLabel = "FORMAT",
            description = "How the input writes dates that are not ISO: dd/mm/yyyy, mm/dd/yyyy or iso. By default "
                    + "the file's own dates settle it, and a date that could be either is reported, never guessed.")
    String dateFormat;

    @Option(names = "--explain", description = "Also say which unit counted for which requirement, and why units did not count.")
    boolean explain;

    @Option(names = "--include-planned",
            description = "What-if: count units whose status is planned as if achieved.")
    boolean includePlanned;

    @Option(names = "--with", paramLabel = "UNIT[:RESULT]",
            description = "What if: count this unit as achieved (with this result, if given) for every candidate, or "
                    + "for the one --candidate names, without editing the input. Repeatable.")
    List<String> with = new java.util.ArrayList<>();

    @Option(names = "--without", paramLabel = "UNIT",
            description = "What if: leave this unit out for every candidate (or the one --candidate names). Repeatable.")
    List<String> without = new java.util.ArrayList<>();

    @Option(names = "--candidate", paramLabel = "ID",
            description = "Evaluate only this candidate of the input (a --with/--without plan then applies to it).")
    String candidateId;

    @Option(names = "--fail-on-not-achieved", description = "Exit 1 when any candidate has not achieved the qualification.")
    boolean failOnNotAchieved;

    @Option(names = "--fail-on-undecided",
            description = "Exit 1 when the engine could not decide some candidate within the search budget.")
    boolean failOnUndecided;

    @Option(names = "--search-steps", paramLabel = "N",
            description = "The exact search's budget per candidate, in steps (default "
                    + EvaluationOptions.DEFAULT_SEARCH_STEPS + ", about a second): a candidate it cannot decide "
                    + "within them is reported undecided (problem E008) and the others as usual.")
    Long searchSteps;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD",
            description = "The evaluation date, for a qualification with rules on time and attempts: attempts dated "
                    + "after it have not happened, a registration whose period ended before it is reported ended, "
                    + "and after the certification end date no learner is certificated (never today's date unless "
                    + "given, so that results can be reproduced).")
    String on;

    @Option(names = "--skip-bad-rows",
            description = "Report malformed rows (or candidates) on stderr and evaluate the rest, instead of stopping.")
    boolean skipBadRows;

    @Override
    public Integer call() throws IOException {
        Timeline.mark("eval");
        searchSteps(); // a bad budget is a usage error before anything is read
        on();
        Path specPath = UserFiles.spec(main.io, spec);
        Path inputPath = input.equals("-") ? null : UserFiles.existing(main.io, input, "candidate file");
        if (format == ResultFormat.HTML && output == null) {
            throw CliException.usage("--format html writes a folder of pages: name it with -o, e.g. -o report/");
        }
        if (format == ResultFormat.XLSX && output == null && main.io.stdoutTerminal().getAsBoolean()) {
            throw CliException.usage("--format xlsx writes a workbook, not text: name it with -o, e.g. -o results.xlsx");
        }
        if (output != null && format != ResultFormat.HTML) {
            // refused before an hour's evaluation, not after it
            AtomicFile.checkTarget(main.io.resolve(output), output, reads(specPath, inputPath));
        }
        // the spec is compiled while the input is read (a large CSV file is read whole before anything is
        // evaluated), or was begun while picocli read the command line (SpecAhead); what the reading has to say
        // waits until the spec has compiled
        ReadOptions readOptions = readOptions(inputPath);
        HeldMessages messages = new HeldMessages(main::warning);
        HeldMessages notes = new HeldMessages(main::note);
        SpecAhead ahead = main.specAhead != null && main.specAhead.isFor(spec, importRoot) ? main.specAhead : null;
        Optional<Path> imports = importRoot.resolve(main.io);
        FutureTask<LoadedSpec> loading = new FutureTask<>(() -> {
            LoadedSpec loaded = ahead != null ? ahead.get()
                    : LoadedSpec.compile(specPath, spec, imports, "spec compiled");
            if (loaded.qualification() != null) {
                notes.release();
                messages.release();
            }
            return loaded;
        });
        Thread loader = new Thread(loading, "qdl-spec");
        loader.setDaemon(true);
        loader.start();
        AtomicLong skipped = new AtomicLong();
        Consumer<String> skip = !skipBadRows ? null : message -> {
            skipped.incrementAndGet();
            messages.accept(message + " (skipped)");
        };
        Consumer<String> warn = messages;
        String inputName = inputPath == null ? "<stdin>" : input;
        // a pipe or a device named as the input (`<(…)`, /dev/stdin) is read once, as a stream, like `-`: a file
        // is read in parallel stretches, and a workbook from its end, which need a regular file
        Path regularInput = inputPath != null && Files.isRegularFile(inputPath) ? inputPath : null;
        boolean large = regularInput == null || Files.size(regularInput) >= LARGE_INPUT;
        // the output file is opened while a regular file is read, a stream's results when they come (OutputAhead)
        // (a channel's stream asks a pipe for its position, which a pipe has not: a plain file stream does not)
        Supplier<AtomicFile> openOutput =
                () -> AtomicFile.open(main.io.resolve(output), output, reads(specPath, inputPath));
        try (OutputAhead opened = output == null || format == ResultFormat.HTML ? null
                        : regularInput != null ? OutputAhead.begin(openOutput) : OutputAhead.whenTaken(openOutput);
                InputStream raw = inputPath == null ? main.io.in()
                : regularInput == null ? new java.io.FileInputStream(inputPath.toFile())
                : Files.newInputStream(inputPath);
                CandidateSource source = open(new BufferedInputStream(raw, 1 << 16), regularInput, inputName, skip,
                        warn, notes, readOptions);
                Progress progress = showProgress(large) ? Progress.bar(main.io.err(), columns()) : Progress.NONE) {
            CompiledQualification q = spec(loading);
            if (q == null) {
                return ExitCode.INPUT;
            }
            if (source instanceof CsvCandidates) {
                progress.total(((CsvCandidates) source).count());
            }
            Report.Summary summary = write(q, LoadedSpec.await(loading).words(), source, progress, skipped,
                    reads(specPath, inputPath), inputName, opened);
            if (candidateId != null && summary.candidates() == 0) {
                throw CliException.input("no candidate `" + candidateId + "` in " + inputName);
            }
            boolean failed = failOnNotAchieved && summary.notAchieved() > 0
                    || failOnUndecided && summary.undecided() > 0;
            return failed ? ExitCode.INPUT : ExitCode.OK;
        } catch (BadInputException e) {
            // a broken spec is reported before a broken input, as if the spec had been read first
            if (spec(loading) == null) {
                return ExitCode.INPUT;
            }
            notes.release();
            if (e instanceof XlsxCandidates.NoSuchSheetException) {
                throw CliException.usage(e.getMessage());
            }
            throw CliException.input(e.getMessage());
        } catch (WriteFailure e) {
            // a full disk or a closed pipe: the results did not all arrive, which is never exit 0
            throw e.toCli();
        } catch (HtmlReport.ReportFailure e) {
            throw CliException.input(e.getMessage());
        } catch (IOException e) {
            if (spec(loading) == null) {
                return ExitCode.INPUT;
            }
            throw e;
        }
    }

    /** The files this run reads, which `-o` must not name. */
    private static List<Path> reads(Path spec, Path input) {
        return input == null ? List.of(spec) : List.of(spec, input);
    }

    /**
     * Evaluates and writes the results, told in {@code words}; {@code opened} is the output file (with -o, but for
     * HTML's folder).
     */
    private Report.Summary write(CompiledQualification q, ResultWords words, CandidateSource source, Progress progress,
            AtomicLong skipped, List<Path> reads, String inputName, OutputAhead opened)
            throws IOException, BadInputException {
        WhatIfPlan plan = WhatIfPlan.of(with, without, q);
        // advice is worked out where it is shown: for a person (table) and for tools (JSON), not in the CSV row
        boolean advise = format == ResultFormat.TABLE || format == ResultFormat.JSON;
        Evaluator evaluator = new Evaluator(q, new EvaluationOptions(includePlanned, searchSteps(), advise, on()),
                Runtime.getRuntime().availableProcessors(), plan::apply,
                candidateId == null ? c -> true : c -> candidateId.equals(c.id()));
        boolean credits = q.ir().units().stream().map(IrUnit::credit).anyMatch(c -> c != null && c.signum() > 0);
        boolean color = output == null && format == ResultFormat.TABLE && main.outStyle().colored();
        boolean tariff = q.ir().grading() != null && q.ir().grading().tariff() != null;
        java.util.function.Function<Chunk, Report> reportFor = first -> format.report(new ReportOptions(q.id(),
                q.title(), includePlanned, explain, credits, color, idWidth(first), tariff, plan.words(), inputName), words);
        if (!format.text()) {
            ReportOptions options = new ReportOptions(q.id(), q.title(), includePlanned, explain, credits, false, 0,
                    tariff, plan.words(), inputName);
            if (format == ResultFormat.HTML) {
                HtmlReport html = new HtmlReport(options, words, main.io.resolve(output), java.util.Set.copyOf(reads));
                return evaluator.run(source, Evaluator.sink(html), progress, skipped::get);
            }
            if (output != null) {
                try (AtomicFile file = opened.take()) {
                    Report.Summary summary = evaluator.run(source,
                            Evaluator.sink(new XlsxReport(options, words, file.stream())), progress, skipped::get);
                    file.commit();
                    return summary;
                }
            }
            try (Spool spool = new Spool()) {
                Report.Summary summary = evaluator.run(source, Evaluator.sink(new XlsxReport(options, words, spool)),
                        progress, skipped::get);
                progress.close();
                spool.copyTo(new StdoutStream(main.io.out()));
                return summary;
            }
        }
        if (output != null) {
            try (AtomicFile file = opened.take()) {
                OutputStream out = buffered(file.stream());
                Report.Summary summary = evaluator.run(source, reportFor, out, progress, skipped::get);
                out.flush();
                file.commit();
                return summary;
            }
        }
        if (!source.streaming()) {
            OutputStream out = buffered(new StdoutStream(main.io.out()));
            Report.Summary summary = evaluator.run(source, reportFor, out, progress, skipped::get);
            out.flush();
            return summary;
        }
        try (Spool spool = new Spool()) {
            OutputStream out = buffered(spool);
            Report.Summary summary = evaluator.run(source, reportFor, out, progress, skipped::get);
            out.flush();
            progress.close();
            spool.copyTo(new StdoutStream(main.io.out()));
            return summary;
        }
    }

    /**
     * A bar on stderr for a large input, when a person is watching stderr and the results go elsewhere (on the
     * same terminal, the results themselves show the progress, and a bar would tangle with them).
     */
    private boolean showProgress(boolean large) {
        return large && (output != null || !main.io.stdoutTerminal().getAsBoolean())
                && main.io.stderrTerminal().getAsBoolean();
    }

    /** The evaluation date as an ISO date, or null; a date that is not one is a usage error. */
    private String on() {
        if (on == null) {
            return null;
        }
        if (org.qdl.runtime.text.Days.of(on) == org.qdl.runtime.text.Days.NONE) {
            throw CliException.usage("--on must be a date written yyyy-mm-dd, such as 2026-07-31, not `" + on + "`");
        }
        return on.trim();
    }

    private long searchSteps() {
        if (searchSteps == null) {
            return EvaluationOptions.DEFAULT_SEARCH_STEPS;
        }
        if (searchSteps < 1) {
            throw CliException.usage("--search-steps must be at least 1, not " + searchSteps);
        }
        return searchSteps;
    }

    /** Results arrive as UTF-8 bytes, encoded where they were rendered: the output only copies them. */
    private static OutputStream buffered(OutputStream out) {
        return new java.io.BufferedOutputStream(out, 1 << 16);
    }

    private static int idWidth(Chunk first) {
        int width = 0;
        for (int i = 0; first != null && i < first.size(); i++) {
            width = Math.max(width, first.id(i).length());
        }
        return Math.min(width, 24);
    }

    private int columns() {
        try {
            return Integer.parseInt(main.io.env().getOrDefault("COLUMNS", "80").trim());
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    /**
     * How to read the input: the column mapping (--columns, else --columns-file, else a mapping file beside the
     * input), the date format and the sheet. A mapping that cannot be used is a usage error, before anything is read.
     */
    private ReadOptions readOptions(Path inputPath) {
        DateOrder dates = DateOrder.AUTO;
        if (dateFormat != null) {
            try {
                dates = DateOrder.parse(dateFormat);
            } catch (IllegalArgumentException e) {
                throw CliException.usage("--date-format: " + e.getMessage());
            }
        }
        Map<String, String> mapping = Map.of();
        try {
            if (columnsFile != null) {
                mapping = ColumnMapping.read(UserFiles.existing(main.io, columnsFile, "column mapping file"),
                        columnsFile);
            } else if (columns == null && inputPath != null) {
                Path beside = inputPath.toAbsolutePath().resolveSibling(ColumnMapping.FILE_NAME);
                if (Files.isRegularFile(beside)) {
                    String shown = Path.of(input).resolveSibling(ColumnMapping.FILE_NAME).toString();
                    mapping = ColumnMapping.read(beside, shown);
                    main.note("using the column mapping in " + shown);
                }
            }
            if (columns != null) {
                mapping = ColumnMapping.parse(columns);
            }
        } catch (ColumnMapping.Invalid e) {
            throw CliException.usage(e.getMessage());
        } catch (IOException e) {
            throw CliException.usage("cannot read the column mapping: " + e.getMessage());
        }
        return new ReadOptions(mapping, dates, sheet);
    }

    /** The candidates of the input, read from {@code in}; a CSV file is read from {@code path} (in parallel). */
    private CandidateSource open(BufferedInputStream in, Path path, String name, Consumer<String> skip,
            Consumer<String> warn, Consumer<String> notes, ReadOptions options) throws IOException, BadInputException {
        InputFormat f = inputFormat;
        if (f == null) {
            f = InputFormat.fromName(name).orElse(null);
        }
        if (f == null) {
            f = InputFormat.sniff(in);
        }
        if (f != InputFormat.XLSX && sheet != null) {
            throw CliException.usage("--sheet names a sheet of an .xlsx workbook, and " + name + " is read as " + f);
        }
        switch (f) {
            case JSON:
                return JsonCandidates.open(in, name, skip, warn);
            case JSONL:
                return JsonLinesCandidates.open(in, name, skip, warn);
            case XLSX:
                if (path == null) {
                    // a workbook is a zip, read from its end: stdin is kept in a temporary file first
                    Path temp = Files.createTempFile("qdl-stdin-", ".xlsx");
                    try {
                        Files.copy(in, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        return XlsxCandidates.read(temp, name, options, skip, warn, notes);
                    } finally {
                        Files.deleteIfExists(temp);
                    }
                }
                return XlsxCandidates.read(path, name, options, skip, warn, notes);
            default:
                return path == null ? CsvCandidates.read(in, name, skip, warn, notes, options)
                        : CsvCandidates.read(path, name, skip, warn, notes, options,
                                Runtime.getRuntime().availableProcessors());
        }
    }

    /** Waits for the spec: the compiled qualification, or null when it has errors (which are then printed). */
    private CompiledQualification spec(FutureTask<LoadedSpec> loading) {
        LoadedSpec loaded = LoadedSpec.await(loading);
        if (loaded.qualification() == null) {
            Diagnostics.print(main, loaded.errors(), DiagnosticFormat.HUMAN);
        }
        return loaded.qualification();
    }
}
