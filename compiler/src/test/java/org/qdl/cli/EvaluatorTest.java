package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.qdl.check.Compilation;
import org.qdl.check.Frontend;
import org.qdl.cli.candidates.BadInputException;
import org.qdl.cli.candidates.CsvCandidates;
import org.qdl.cli.results.Report;
import org.qdl.cli.results.ReportOptions;
import org.qdl.cli.results.ResultFormat;
import org.qdl.runtime.engine.CompiledQualification;
import org.qdl.runtime.engine.EvaluationOptions;
import org.qdl.runtime.ir.IrUnit;
import org.qdl.runtime.words.ResultWords;

/**
 * The evaluator hands chunks to its workers a few at a time while warming up and many at a time after: the results
 * come out the same, in input order, one per learner, however many are evaluated at once.
 */
class EvaluatorTest {
    private static final Path SVQ = Fixtures.repo().resolve("specs/svq-customer-service-scqf5.qdl");

    @Test
    void resultsAreTheSameWhetherChunksAreEvaluatedOneAtATimeOrManyAtOnce() throws Exception {
        Compilation c = Frontend.compile(SVQ, "svq.qdl");
        CompiledQualification q = CompiledQualification.compile(c.ir().orElseThrow());
        List<String> units = q.ir().units().stream().map(IrUnit::ref).toList();
        // 7,500 learners: eight chunks, the last one short
        StringBuilder csv = new StringBuilder("candidate,unit\n");
        Random random = new Random(18);
        int learners = 7 * Evaluator.CHUNK + Evaluator.CHUNK / 2;
        for (int l = 0; l < learners; l++) {
            for (int k = 0, n = 3 + random.nextInt(7); k < n; k++) {
                csv.append('L').append(l).append(',').append(units.get(random.nextInt(units.size()))).append('\n');
            }
        }
        byte[] input = csv.toString().getBytes(StandardCharsets.UTF_8);

        String warmingUpThroughout = run(q, input, 4, Integer.MAX_VALUE);
        String neverWarmingUp = run(q, input, 4, 0);
        String warmingUpForThree = run(q, input, 4, 3);
        String oneWorker = run(q, input, 1, 3);

        assertThat(warmingUpThroughout.lines().count()).isEqualTo(learners + 1);
        assertThat(warmingUpThroughout.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))))
                .as("one result per learner, in input order")
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, learners).mapToObj(l -> "L" + l).toList());
        assertThat(neverWarmingUp).isEqualTo(warmingUpThroughout);
        assertThat(warmingUpForThree).isEqualTo(warmingUpThroughout);
        assertThat(oneWorker).isEqualTo(warmingUpThroughout);
    }

    @Test
    void whileWarmingUpAtMostHalfTheWorkersEvaluateAtOnce() throws Exception {
        Compilation c = Frontend.compile(SVQ, "svq.qdl");
        CompiledQualification q = CompiledQualification.compile(c.ir().orElseThrow());
        StringBuilder csv = new StringBuilder("candidate,unit\n");
        for (int l = 0; l < 6 * Evaluator.CHUNK; l++) {
            csv.append('L').append(l).append(",4427-450\n");
        }
        byte[] input = csv.toString().getBytes(StandardCharsets.UTF_8);
        AtomicInteger busy = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Evaluator evaluator = new Evaluator(q, EvaluationOptions.DEFAULT, 4, candidate -> {
            most.accumulateAndGet(busy.incrementAndGet(), Math::max);
            if (Integer.parseInt(candidate.id().substring(1)) % 20 == 0) {
                sleep(); // a chunk takes some tens of milliseconds: long enough for the next to start meanwhile
            }
            busy.decrementAndGet();
            return candidate;
        }, candidate -> true, Integer.MAX_VALUE, () -> true);
        evaluator.run(CsvCandidates.read(new ByteArrayInputStream(input), "in.csv", null, w -> { }),
                first -> report(q), new ByteArrayOutputStream(), Progress.NONE, () -> 0);

        assertThat(most.get()).as("workers evaluating at once, of 4, while warming up").isEqualTo(2);
    }

    @Test
    void theWarmUpEndsWhenTheCompilersAreNoLongerBusyAndThenEveryWorkerEvaluates() throws Exception {
        Compilation c = Frontend.compile(SVQ, "svq.qdl");
        CompiledQualification q = CompiledQualification.compile(c.ir().orElseThrow());
        int chunks = 40;
        StringBuilder csv = new StringBuilder("candidate,unit\n");
        for (int l = 0; l < chunks * Evaluator.CHUNK; l++) {
            csv.append(l).append(",4427-450\n");
        }
        byte[] input = csv.toString().getBytes(StandardCharsets.UTF_8);
        AtomicInteger busy = new AtomicInteger();
        AtomicInteger mostWhileWarming = new AtomicInteger();
        AtomicInteger mostAfter = new AtomicInteger();
        AtomicInteger asked = new AtomicInteger();
        int switchAt = Evaluator.WARM_UP_LEAST + Evaluator.WARM_UP_LOOK;
        Evaluator evaluator = new Evaluator(q, EvaluationOptions.DEFAULT, 4, candidate -> {
            int chunk = Integer.parseInt(candidate.id()) / Evaluator.CHUNK;
            int now = busy.incrementAndGet();
            if (chunk < switchAt - 2) {
                mostWhileWarming.accumulateAndGet(now, Math::max);
            } else if (chunk > switchAt + 2) {
                mostAfter.accumulateAndGet(now, Math::max);
                if (Integer.parseInt(candidate.id()) % 20 == 0) {
                    sleep();
                }
            }
            busy.decrementAndGet();
            return candidate;
        }, candidate -> true, Evaluator.WARM_UP_MOST, () -> asked.incrementAndGet() == 1);
        evaluator.run(CsvCandidates.read(new ByteArrayInputStream(input), "in.csv", null, w -> { }),
                first -> report(q), new ByteArrayOutputStream(), Progress.NONE, () -> 0);

        assertThat(asked.get()).as("asked after the least chunks, and again after as many as it waits between looks")
                .isEqualTo(2);
        assertThat(mostWhileWarming.get()).as("workers at once, of 4, while the compilers are busy").isBetween(1, 2);
        assertThat(mostAfter.get()).as("workers at once, of 4, once they are not").isEqualTo(4);
    }

    private static void sleep() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String run(CompiledQualification q, byte[] input, int threads, int warmUpChunks)
            throws IOException, BadInputException {
        Evaluator evaluator = new Evaluator(q, EvaluationOptions.DEFAULT, threads, candidate -> candidate,
                candidate -> true, warmUpChunks, () -> true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        evaluator.run(CsvCandidates.read(new ByteArrayInputStream(input), "in.csv", null, w -> { }), first -> report(q),
                out, Progress.NONE, () -> 0);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Report report(CompiledQualification q) {
        return ResultFormat.CSV.report(new ReportOptions(q.id(), q.title(), false, false, true, false, 0),
                ResultWords.of(q.ir()));
    }
}
