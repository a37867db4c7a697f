package org.qdl.cli;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Whether the JIT compilers are at work: they have spent at least half the wall time compiling (the time of all their
 * threads, summed) over the last stretch of at least {@link #STRETCH_NANOS}. Early in an evaluation they compile the
 * engine and the report for a second or so, then only now and then: a stretch of at least 50 ms is not fooled by one
 * method compiled between two looks a few milliseconds apart (as on many cores, where chunks go by quickly). Where
 * the JVM does not say how long it compiles, never.
 */
final class Compilers implements BooleanSupplier {
    private static final double BUSY = 0.5;
    private static final long STRETCH_NANOS = 50_000_000;

    /** The compilers' time so far, in milliseconds (null when the JVM does not say), and the clock, in nanoseconds. */
    private final LongSupplier compiled;
    private final LongSupplier clock;
    private long compiledMillis;
    private long lookedAt;
    private boolean busy = true;

    /** This JVM's compilers. */
    Compilers() {
        this(compilationTime(), System::nanoTime);
    }

    Compilers(LongSupplier compiled, LongSupplier clock) {
        this.compiled = compiled;
        this.clock = clock;
        lookedAt = clock.getAsLong();
        compiledMillis = compiled == null ? 0 : compiled.getAsLong();
    }

    /**
     * Whether this JVM runs an optimising compiler: not when its tiers stop below the optimising one
     * ({@code -XX:TieredStopAtLevel=1}, as the launcher runs eval of a small class). Where the JVM does not say, yes.
     */
    static boolean optimising() {
        return Optimising.VALUE;
    }

    /**
     * The answer, asked once: the management classes that give it take ~13 ms to load, so eval asks early, off the
     * path from reading to evaluating.
     */
    private static final class Optimising {
        static final boolean VALUE = asked();
    }

    private static boolean asked() {
        try {
            com.sun.management.HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(
                    com.sun.management.HotSpotDiagnosticMXBean.class);
            return vm == null || optimising(vm.getVMOption("TieredCompilation").getValue(),
                    vm.getVMOption("TieredStopAtLevel").getValue());
        } catch (RuntimeException | LinkageError e) {
            return true;
        }
    }

    /** Whether JVM options with these values run an optimising compiler (tiers stopping at 4, or no tiers). */
    static boolean optimising(String tieredCompilation, String tieredStopAtLevel) {
        try {
            return !Boolean.parseBoolean(tieredCompilation) || Integer.parseInt(tieredStopAtLevel.trim()) >= 4;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static LongSupplier compilationTime() {
        CompilationMXBean bean = ManagementFactory.getCompilationMXBean();
        return bean != null && bean.isCompilationTimeMonitoringSupported() ? bean::getTotalCompilationTime : null;
    }

    /**
     * Whether the compilers compiled for at least half the time of the last stretch that ended when this was asked;
     * asked again before a new stretch is long enough, the same answer (busy, before the first).
     */
    @Override
    public boolean getAsBoolean() {
        if (compiled == null) {
            return false;
        }
        long now = clock.getAsLong();
        if (now - lookedAt < STRETCH_NANOS) {
            return busy;
        }
        long millis = compiled.getAsLong();
        busy = millis - compiledMillis >= BUSY * (now - lookedAt) / 1e6;
        compiledMillis = millis;
        lookedAt = now;
        return busy;
    }
}
