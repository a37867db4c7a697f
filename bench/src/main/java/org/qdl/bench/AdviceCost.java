package org.qdl.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.engine.CompiledQualification;
import org.qdl.runtime.engine.EvaluationOptions;

/**
 * What advice costs on the SVQ when no learner's advice is remembered: each round compiles the qualification afresh
 * (outside the timing), so every distinct record of the class pays for its completions, as in a large class of
 * distinct records. Evaluations per second of the thread's CPU time over the not-achieved learners, with advice
 * ({@code EvaluationOptions.advise}) and without (the shortfalls' options are checked either way).
 *
 * <pre>{@code taskset -c 1 java -cp bench/target/benchmarks.jar org.qdl.bench.AdviceCost}</pre>
 */
public final class AdviceCost {
    private static Object sink;

    private AdviceCost() {
    }

    public static void main(String[] args) {
        CompiledQualification first = CompiledQualification.compile(Structures.svq());
        List<Candidate> all = Structures.svqCandidates(1024, 42);
        Candidate[] notAchieved = all.stream().filter(c -> !first.evaluate(c).achieved()).toArray(Candidate[]::new);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        EvaluationOptions plain = EvaluationOptions.DEFAULT.withAdvice(false);
        EvaluationOptions advised = EvaluationOptions.DEFAULT.withAdvice(true);
        long warmUntil = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            round(notAchieved, plain, cpu);
            round(notAchieved, advised, cpu);
        }
        for (EvaluationOptions o : List.of(plain, advised)) {
            double[] perSecond = new double[10];
            for (int r = 0; r < perSecond.length; r++) {
                perSecond[r] = round(notAchieved, o, cpu);
            }
            Arrays.sort(perSecond);
            System.out.printf("SVQ not achieved, advice %-3s, nothing remembered %,10.0f evaluations per CPU-second"
                    + " (median of 10; best %,.0f)%n", o.advise() ? "on" : "off", perSecond[5], perSecond[9]);
        }
    }

    private static double round(Candidate[] candidates, EvaluationOptions options, ThreadMXBean cpu) {
        CompiledQualification q = CompiledQualification.compile(Structures.svq());
        long start = cpu.getCurrentThreadCpuTime();
        for (Candidate c : candidates) {
            sink = q.evaluate(c, options);
        }
        return candidates.length * 1e9 / (cpu.getCurrentThreadCpuTime() - start);
    }
}
