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
        this.qualification = qualification;
        this.options = options;
        this.threads = Math.max(1, threads);
        this.plan = plan;
        this.chosen = chosen;
    }

    /** A chunk's results as the bytes to write. */
    private record Rendered(byte[] bytes, int candidates, int achieved, int undecided) {
    }

    /**
     * Evaluates everything {@code source} gives and writes the report to {@code out}; the report is made once the
     * first chunk is known (a table pads ids to its width). Returns the number of candidates and of achieved ones.
     */
    Report.Summary run(CandidateSource source, Function<Chunk, Report> reportFor, OutputStream out, Progress progress,
            LongSupplier skippedRows) throws IOException, BadInputException {
        Chunk first = source.next(CHUNK);
        Report report = reportFor.apply(first);
        byte[] separator = utf8(report.separator());
        write(out, utf8(report.header()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "qdl-eval");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Rendered>> inFlight = new ArrayDeque<>();
        long candidates = 0;
        long achieved = 0;
        long undecided = 0;
        boolean firstText = true;
        try {
            for (Chunk chunk = first; chunk != null; chunk = source.next(CHUNK)) {
                Chunk c = chunk;
                inFlight.add(pool.submit(() -> evaluate(c, report)));
                while (inFlight.size() > 2 * threads) {
                    Rendered r = take(inFlight);
                    firstText = write(out, separator, r, firstText);
                    candidates += r.candidates();
                    achieved += r.achieved();
                    undecided += r.undecided();
                    progress.step(r.candidates());
                }
            }
            while (!inFlight.isEmpty()) {
                Rendered r = take(inFlight);
                firstText = write(out, separator, r, firstText);
                candidates += r.candidates();
                achieved += r.achieved();
                undecided += r.undecided();
                progress.step(r.candidates());
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
        Report.Summary summary = new Report.Summary(candidates, achieved, skippedRows.getAsLong(), undecided);
        write(out, utf8(report.footer(summary)));
        return summary;
    }

    private Rendered evaluate(Chunk chunk, Report report) {
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
        return new Rendered(utf8(report.render(results)), results.size(), achieved, undecided);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean write(OutputStream out, byte[] separator, Rendered r, boolean firstText)
            throws IOException {
        if (!firstText) {
            write(out, separator);
        }
        write(out, r.bytes());
        return false;
    }

    private static void write(OutputStream out, byte[] bytes) throws IOException {
        if (bytes.length > 0) {
            out.write(bytes);
        }
    }

    private static Rendered take(ArrayDeque<Future<Rendered>> inFlight) {
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
