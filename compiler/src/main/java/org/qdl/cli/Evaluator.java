package org.qdl.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.qdl.cli.candidates.BadInputException;
import org.qdl.cli.candidates.CandidateSource;
import org.qdl.cli.candidates.Chunk;
import org.qdl.cli.results.Report;
import org.qdl.cli.trace.Timeline;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.engine.CompiledQualification;
import org.qdl.runtime.engine.EvaluationOptions;
import org.qdl.runtime.result.Result;

/**
 * Evaluates candidates on all cores and writes their results in input order. Chunks of candidates are built,
 * evaluated, rendered and encoded to UTF-8 bytes in the worker that took them; the calling thread only hands out
 * chunks and copies finished bytes to the output, so no stage that grows with the input runs on one thread. Only a
 * few chunks are in flight at once, so memory stays bounded however large the input.
 */
final class Evaluator {
    static final int CHUNK = 1000;

    private final CompiledQualification qualification;
    private final EvaluationOptions options;
    private final int threads;

    /** A what-if plan applied to each candidate evaluated (see {@link WhatIfPlan}). */
    private final java.util.function.UnaryOperator<Candidate> plan;
    /** Which candidates of the input to evaluate (--candidate). */
    private final java.util.function.Predicate<Candidate> chosen;

    Evaluator(CompiledQualification qualification, EvaluationOptions options, int threads) {
        this(qualification, options, threads, c -> c, c -> true);
    }

    Evaluator(CompiledQualification qualification, EvaluationOptions options, int threads,
            java.util.function.UnaryOperator<Candidate> plan, java.util.function.Predicate<Candidate> chosen) {
        this(qualification, options, threads, plan, chosen, Compilers.optimising() ? WARM_UP_MOST : 0,
                new Compilers());
    }

    /**
     * An evaluator that warms up for at most {@code warmUpMost} chunks, for as long as {@code compilersBusy} says (see
     * {@link #WARM_UP_LEAST}).
     */
    Evaluator(CompiledQualification qualification, EvaluationOptions options, int threads,
            java.util.function.UnaryOperator<Candidate> plan, java.util.function.Predicate<Candidate> chosen,
            int warmUpMost, java.util.function.BooleanSupplier compilersBusy) {
        this.qualification = qualification;
        this.options = options;
        this.threads = Math.max(1, threads);
        this.plan = plan;
        this.chosen = chosen;
        this.warmUpMost = warmUpMost;
        this.compilersBusy = compilersBusy;
    }

    /**
     * A run starts by warming up: its chunks are evaluated by half the workers (one, on two cores), leaving the other
     * cores to the JIT compilers. Until they have compiled the engine and the report, every worker runs slow code, and
     * on a machine with few cores the workers and the compilers share the cores: more workers then only do more work
     * in slow code and delay the compiled code they all wait for. The warm-up lasts at least {@link #WARM_UP_LEAST}
     * chunks, then for as long as the compilers are busy ({@link Compilers}: asked every {@link #WARM_UP_LOOK}
     * chunks), at most {@link #WARM_UP_MOST}. On two cores the compilers are done after 80 to 100 chunks, later on a
     * slower minute (BENCHMARKS.md has the measurements). Without the optimising compiler (the launcher runs eval of a
     * small class on the quick one alone) there is no warm-up: the quick compiler's code comes soon whatever the
     * workers do, and holding a worker back left a core idle while the writer and the one worker took turns
     * (interleaved pairs on two cores: 10,000 to 500,000 learners 5-7% quicker without it, one core unchanged).
     */
    static final int WARM_UP_LEAST = 16;
    static final int WARM_UP_LOOK = 8;
    static final int WARM_UP_MOST = 512;

    private final int warmUpMost;
    private final java.util.function.BooleanSupplier compilersBusy;

    private record Rendered<T>(T output, int candidates, int achieved, int undecided) {
    }

    /**
     * Where results go: each chunk's results are first prepared on the thread that evaluated them (a text report
     * renders them there, in parallel), then written in input order on one thread.
     */
    interface Output<T> {
        void start(Chunk first) throws IOException;

        /** Thread-safe. */
        T prepare(List<Result> results);

        void write(T prepared) throws IOException;

        void finish(Report.Summary summary) throws IOException;
    }

    /**
     * A text report to {@code out}, made once the first chunk is known (a table pads ids to its width). A chunk's
     * results are rendered and encoded to UTF-8 in the worker that evaluated them; the writer only copies bytes.
     */
    static Output<byte[]> text(Function<Chunk, Report> reportFor, OutputStream out) {
        return new Output<>() {
            private Report report;
            private byte[] separator;
            private boolean first = true;

            @Override
            public void start(Chunk chunk) throws IOException {
                report = reportFor.apply(chunk);
                separator = utf8(report.separator());
                byte[] header = utf8(report.header());
                if (header.length > 0) {
                    out.write(header);
                }
            }

            @Override
            public byte[] prepare(List<Result> results) {
                return report.renderUtf8(results);
            }

            @Override
            public void write(byte[] text) throws IOException {
                if (!first && separator.length > 0) {
                    out.write(separator);
                }
                first = false;
                if (text.length > 0) {
                    out.write(text);
                }
            }

            @Override
            public void finish(Report.Summary summary) throws IOException {
                byte[] footer = utf8(report.footer(summary));
                if (footer.length > 0) {
                    out.write(footer);
                }
            }
        };
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Results in input order to a sink that writes them itself (a workbook, a folder of pages). */
    static Output<List<Result>> sink(org.qdl.cli.results.ResultSink sink) {
        return new Output<>() {
            @Override
            public void start(Chunk first) throws IOException {
                sink.start();
            }

            @Override
            public List<Result> prepare(List<Result> results) {
                return results;
            }

            @Override
            public void write(List<Result> results) throws IOException {
                sink.accept(results);
            }

            @Override
            public void finish(Report.Summary summary) throws IOException {
                sink.finish(summary);
            }
        };
    }

    Report.Summary run(CandidateSource source, Function<Chunk, Report> reportFor, OutputStream out, Progress progress,
            LongSupplier skippedRows) throws IOException, BadInputException {
        return run(source, text(reportFor, out), progress, skippedRows);
    }

    /**
     * Evaluates everything {@code source} gives and hands the results to {@code output} in input order. Returns the
     * number of candidates and of achieved ones.
     */
    <T> Report.Summary run(CandidateSource source, Output<T> output, Progress progress, LongSupplier skippedRows)
            throws IOException, BadInputException {
        Timeline.mark("evaluating");
        Chunk first = source.next(CHUNK);
        output.start(first);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "qdl-eval");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Rendered<T>>> inFlight = new ArrayDeque<>();
        long candidates = 0;
        long achieved = 0;
        long undecided = 0;
        long handedOut = 0;
        boolean warming = true;
        int halfTheWorkers = Math.max(1, threads / 2);
        try {
            for (Chunk chunk = first; chunk != null; chunk = source.next(CHUNK)) {
                Chunk c = chunk;
                inFlight.add(pool.submit(() -> evaluate(c, output)));
                handedOut++;
                if (warming && (handedOut > warmUpMost || handedOut >= WARM_UP_LEAST
                        && handedOut % WARM_UP_LOOK == 0 && !compilersBusy.getAsBoolean())) {
                    warming = false;
                }
                // the chunks left in flight while the next is made: two per worker, so that none waits while the
                // writer copies; while warming up, fewer than half the workers, so that at most half are at work
                int left = warming ? halfTheWorkers - 1 : 2 * threads;
                while (inFlight.size() > left) {
                    Rendered<T> r = take(inFlight);
                    output.write(r.output());
                    candidates += r.candidates();
                    achieved += r.achieved();
                    undecided += r.undecided();
                    progress.step(r.candidates());
                }
            }
            while (!inFlight.isEmpty()) {
                Rendered<T> r = take(inFlight);
                output.write(r.output());
                candidates += r.candidates();
                achieved += r.achieved();
                undecided += r.undecided();
                progress.step(r.candidates());
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
        Timeline.mark("all evaluated");
        Report.Summary summary = new Report.Summary(candidates, achieved, skippedRows.getAsLong(), undecided);
        output.finish(summary);
        return summary;
    }

    private <T> Rendered<T> evaluate(Chunk chunk, Output<T> output) {
        List<Candidate> candidates = chunk.candidates();
        List<Result> results = new ArrayList<>(candidates.size());
        int achieved = 0;
        int undecided = 0;
        for (Candidate c : candidates) {
            if (!chosen.test(c)) {
                continue;
            }
            Result r = qualification.evaluate(plan.apply(c), options);
            results.add(r);
            if (r.achieved()) {
                achieved++;
            }
            if (r.undecided()) {
                undecided++;
            }
        }
        return new Rendered<>(output.prepare(results), results.size(), achieved, undecided);
    }

    private static <T> Rendered<T> take(ArrayDeque<Future<Rendered<T>>> inFlight) {
        try {
            return inFlight.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }
}
