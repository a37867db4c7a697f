package org.qdl.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.engine.CompiledQualification;
import org.qdl.runtime.result.Result;

/**
 * Throughput on the 33-unit SVQ-shaped structure (2 from A; 1 from each of B, C, D, E; 1 further from B-E; 7 in
 * total), over a class of candidates built in memory beforehand (1024 by default, {@code -p classSize=64} for a
 * class that stays in cache), about half of them achieved; and over its achieved and its not achieved candidates
 * alone. Run on one thread, so the figure is per core. Target: at least 1,000,000 evaluations per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SvqThroughputBenchmark {
    @Param({"1024"})
    public int classSize;

    private CompiledQualification qualification;
    private Candidate[] candidates;
    private Candidate[] achievedOnly;
    private Candidate[] notAchievedOnly;
    private int next;

    @Setup
    public void setUp() {
        qualification = CompiledQualification.compile(Structures.svq());
        List<Candidate> all = Structures.svqCandidates(classSize, 42);
        candidates = all.toArray(new Candidate[0]);
        achievedOnly = all.stream().filter(c -> qualification.evaluate(c).achieved()).toArray(Candidate[]::new);
        notAchievedOnly = all.stream().filter(c -> !qualification.evaluate(c).achieved()).toArray(Candidate[]::new);
    }

    @Benchmark
    public Result mixedClass() {
        return qualification.evaluate(next(candidates));
    }

    @Benchmark
    public Result achievedCandidates() {
        return qualification.evaluate(next(achievedOnly));
    }

    @Benchmark
    public Result notAchievedCandidates() {
        return qualification.evaluate(next(notAchievedOnly));
    }

    /** The next candidate of a class, round and round. */
    private Candidate next(Candidate[] of) {
        next = next + 1 < of.length ? next + 1 : 0;
        return of[next];
    }
}
