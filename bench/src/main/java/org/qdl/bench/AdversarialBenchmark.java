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
 * Issue 17's adversarial ring under JMH, at the sizes where it used to blow up (18 to 39 units): the learner
 * holding every unit, which has the most combinations to weigh, and the one holding only U0, whose missing units
 * are searched for. The growth table over every size and family is {@link AdversarialGrowth}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AdversarialBenchmark {
    @Param({"6", "7", "8", "13"})
    public int groups;

    @Param({"NEVER_BINDS", "BINDS"})
    public Structures.Cap cap;

    private CompiledQualification qualification;
    private Candidate empty;
    private Candidate all;

    @Setup
    public void setUp() {
        qualification = CompiledQualification.compile(Structures.ring(groups, cap));
        List<Candidate> learners = Structures.ringCandidates(groups);
        empty = learners.get(0);
        all = learners.get(1);
    }

    @Benchmark
    public Result everyUnit() {
        return qualification.evaluate(all);
    }

    @Benchmark
    public Result onlyOneUnit() {
        return qualification.evaluate(empty);
    }
}
