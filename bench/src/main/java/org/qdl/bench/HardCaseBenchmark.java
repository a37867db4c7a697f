package org.qdl.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.engine.CompiledQualification;
import org.qdl.runtime.result.Result;

/**
 * The hard case: 4 mandatory units with one missing, 18 optional units, `at least 12 optional units` and `at least
 * 4 units at level 3` counted separately. Target: well under 1 ms per evaluation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HardCaseBenchmark {
    private CompiledQualification qualification;
    private Candidate shortByOne;
    private Candidate achieved;

    @Setup
    public void setUp() {
        qualification = CompiledQualification.compile(Structures.hardCase());
        shortByOne = Structures.hardCaseShort();
        achieved = Structures.hardCaseAchieved();
    }

    @Benchmark
    public Result oneMandatoryUnitMissing() {
        return qualification.evaluate(shortByOne);
    }

    @Benchmark
    public Result achieved() {
        return qualification.evaluate(achieved);
    }
}
