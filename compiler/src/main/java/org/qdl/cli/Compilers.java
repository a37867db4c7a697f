package org.qdl.cli;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.BooleanSupplier;

/**
 * Whether the JIT compilers are at work: they have spent at least half the wall time since the last look compiling
 * (the time of all their threads, summed). Early in an evaluation they compile the engine and the report for a second
 * or so, then only now and then. Where the JVM does not say how long it compiles, never (see {@link #busy}).
 */
final class Compilers implements BooleanSupplier {
    private static final double BUSY = 0.5;

    private final CompilationMXBean bean;
    private long compiledMillis;
    private long lookedAt;

    Compilers() {
        CompilationMXBean b = ManagementFactory.getCompilationMXBean();
        bean = b != null && b.isCompilationTimeMonitoringSupported() ? b : null;
        lookedAt = System.nanoTime();
        compiledMillis = bean == null ? 0 : bean.getTotalCompilationTime();
    }

    /** Whether the compilers compiled for at least half the time since this was last asked (or made). */
    @Override
    public boolean getAsBoolean() {
        return busy();
    }

    boolean busy() {
        if (bean == null) {
            return false;
        }
        long now = System.nanoTime();
        long compiled = bean.getTotalCompilationTime();
        double rate = (compiled - compiledMillis) / Math.max(1e-3, (now - lookedAt) / 1e6);
        compiledMillis = compiled;
        lookedAt = now;
        return rate >= BUSY;
    }
}
