package org.qdl.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Two or more builds of the engine side by side in one JVM, each in its own class loader, on the SVQ class of
 * {@link SvqCpuTime} (1,024 learners, about half achieved): rounds of 10,240 evaluations taken in turn, each timed by
 * the thread's own CPU time. On a shared machine the load moves from minute to minute; rounds a few milliseconds
 * apart meet the same load, so the builds' figures can be compared even when neither is the machine's best.
 * Prints, per build, the median, 90th percentile and best round (evaluations per CPU-second) and the bytes allocated
 * per evaluation.
 *
 * <pre>{@code java -cp bench/target/benchmarks.jar org.qdl.bench.SideBySide before.jar bench/target/benchmarks.jar}</pre>
 *
 * <p>Each jar must hold the engine and this module's {@code Structures} (a {@code benchmarks.jar}). Evaluations are
 * called by reflection, the same for every build.
 */
public final class SideBySide {
    private static final int ROUND = 10_240;
    private static Object sink;

    private SideBySide() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: SideBySide BENCHMARKS-JAR... (-Drounds=N, default 200)");
            System.exit(2);
        }
        int builds = args.length;
        Object[] qualification = new Object[builds];
        Object[][] learners = new Object[builds][];
        Method[] evaluate = new Method[builds];
        for (int b = 0; b < builds; b++) {
            ClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[b]).toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> structures = loader.loadClass("org.qdl.bench.Structures");
            Class<?> compiled = loader.loadClass("org.qdl.runtime.engine.CompiledQualification");
            qualification[b] = compiled.getMethod("compile", loader.loadClass("org.qdl.runtime.ir.IrDocument"))
                    .invoke(null, structures.getMethod("svq").invoke(null));
            learners[b] = ((List<?>) structures.getMethod("svqCandidates", int.class, long.class)
                    .invoke(null, 1024, 42L)).toArray();
            evaluate[b] = compiled.getMethod("evaluate", loader.loadClass("org.qdl.runtime.candidate.Candidate"));
        }
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        int rounds = Integer.getInteger("rounds", 200);
        double[][] perSecond = new double[builds][rounds];
        long[] bytes = new long[builds];
        // a third as many rounds again first, to warm up, not counted
        for (int r = -rounds / 3; r < rounds; r++) {
            for (int b = 0; b < builds; b++) {
                long allocated = threads.getThreadAllocatedBytes(self);
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < ROUND; i++) {
                    sink = evaluate[b].invoke(qualification[b], learners[b][i & 1023]);
                }
                long nanos = threads.getCurrentThreadCpuTime() - start;
                if (r >= 0) {
                    perSecond[b][r] = ROUND * 1e9 / nanos;
                    bytes[b] += threads.getThreadAllocatedBytes(self) - allocated;
                }
            }
        }
        for (int b = 0; b < builds; b++) {
            double[] s = perSecond[b];
            Arrays.sort(s);
            System.out.printf("%-40s median %,10.0f  p90 %,10.0f  best %,10.0f evaluations per CPU-second;"
                    + " %,d bytes per evaluation%n", args[b], s[rounds / 2], s[rounds * 9 / 10], s[rounds - 1],
                    bytes[b] / ((long) ROUND * rounds));
        }
    }
}
