package org.qdl.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.engine.CompiledQualification;

/**
 * The SVQ class's throughput per second of the evaluating thread's own CPU time, next to JMH's wall-clock figure:
 * on a shared machine other processes take the core now and then, which wall-clock time counts and CPU time does
 * not. Warms up for 5 s, then measures 10 rounds of 10240 evaluations and prints the median and the best.
 *
 * <pre>{@code java -cp bench/target/benchmarks.jar org.qdl.bench.SvqCpuTime}</pre>
 */
public final class SvqCpuTime {
    private static Object sink;

    private SvqCpuTime() {
    }

    public static void main(String[] args) {
        CompiledQualification q = CompiledQualification.compile(Structures.svq());
        List<Candidate> all = Structures.svqCandidates(1024, 42);
        Candidate[] mixed = all.toArray(new Candidate[0]);
        Candidate[] achieved = all.stream().filter(c -> q.evaluate(c).achieved()).toArray(Candidate[]::new);
        Candidate[] notAchieved = all.stream().filter(c -> !q.evaluate(c).achieved()).toArray(Candidate[]::new);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long warmUntil = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            round(q, mixed, cpu);
            round(q, achieved, cpu);
            round(q, notAchieved, cpu);
        }
        report("mixed class", q, mixed, cpu);
        report("achieved candidates", q, achieved, cpu);
        report("not achieved candidates", q, notAchieved, cpu);
    }

    private static void report(String name, CompiledQualification q, Candidate[] candidates, ThreadMXBean cpu) {
        double[] perSecond = new double[10];
        for (int r = 0; r < perSecond.length; r++) {
            perSecond[r] = round(q, candidates, cpu);
        }
        Arrays.sort(perSecond);
        System.out.printf("SVQ %-24s %,12.0f evaluations per CPU-second (median of 10; best %,.0f); %,d bytes allocated"
                + " per evaluation%n", name, perSecond[perSecond.length / 2], perSecond[perSecond.length - 1],
                allocatedPerEvaluation(q, candidates));
    }

    /**
     * Heap bytes allocated per evaluation, over one pass of the class: unlike time, the same on a busy machine as on
     * a quiet one, and what the collector must clear up.
     */
    private static long allocatedPerEvaluation(CompiledQualification q, Candidate[] candidates) {
        com.sun.management.ThreadMXBean bytes = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = bytes.getThreadAllocatedBytes(id);
        for (Candidate c : candidates) {
            sink = q.evaluate(c);
        }
        return (bytes.getThreadAllocatedBytes(id) - before) / candidates.length;
    }

    /** Evaluations per second of this thread's CPU time, over 10240 evaluations. */
    private static double round(CompiledQualification q, Candidate[] candidates, ThreadMXBean cpu) {
        int count = 10_240;
        long start = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < count; i++) {
            sink = q.evaluate(candidates[i % candidates.length]);
        }
        long nanos = cpu.getCurrentThreadCpuTime() - start;
        return count * 1e9 / nanos;
    }
}
