package org.qdl.bench;

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
 * How the cost grows with overlap: k groups of 4 units, a rule per group, and a further rule over each
 * neighbouring pair of groups, so every unit can count for three rules. By units the matching solver decides it;
 * by credits the type search does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GrowthBenchmark {
    @Param({"2", "4", "8", "16", "32"})
    public int groups;

    @Param({"units", "credits"})
    public String by;

    private CompiledQualification qualification;
    private Candidate achieved;
    private Candidate shortByOne;

    @Setup
    public void setUp() {
        qualification = CompiledQualification.compile(Structures.growth(groups, by.equals("credits")));
        achieved = Structures.growthAchieved(groups);
        shortByOne = Structures.growthShort(groups);
    }

    @Benchmark
    public Result achieved() {
        return qualification.evaluate(achieved);
    }

    @Benchmark
    public Result oneUnitShort() {
        return qualification.evaluate(shortByOne);
    }
}
