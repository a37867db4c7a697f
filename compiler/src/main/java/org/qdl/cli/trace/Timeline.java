package org.qdl.cli.trace;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * When each stage of a run began, for whoever measures qdl: on with {@code -Dqdl.timeline=true}
 * ({@code QDL_JAVA_OPTS=-Dqdl.timeline=true ./qdl eval …}), and then printed on stderr as the run ends, in
 * milliseconds since the JVM started (the launcher's own time comes before 0), with the thread that reached each.
 * Off, a mark costs one test of a field. The stage tables in BENCHMARKS.md are made from it.
 */
public final class Timeline {
    private static boolean on = Boolean.getBoolean("qdl.timeline");
    private static final Queue<Mark> MARKS = new ConcurrentLinkedQueue<>();

    private record Mark(String stage, String thread, long nanos) {
    }

    private Timeline() {
    }

    /** Notes that {@code stage} begins now, on this thread. */
    public static void mark(String stage) {
        if (on) {
            MARKS.add(new Mark(stage, Thread.currentThread().getName(), System.nanoTime()));
        }
    }

    /** Notes that stage {@code stage} {@code n} begins (its name made only when the timeline is on). */
    public static void mark(String stage, long n) {
        if (on) {
            mark(stage + " " + n);
        }
    }

    /** Prints the stages noted, in the order they began; nothing when the timeline is off. */
    public static void print(PrintStream err) {
        if (!on) {
            return;
        }
        long now = System.nanoTime();
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        err.println("qdl timeline: ms since the JVM started, stage, thread");
        MARKS.stream().sorted(Comparator.comparingLong(Mark::nanos)).forEach(m -> err.printf(
                "%9.1f  %-32s %s%n", uptime - (now - m.nanos()) / 1e6, m.stage(), m.thread()));
    }

    /** For tests: turns the timeline on or off, and forgets what was noted. */
    static void turn(boolean onOrOff) {
        on = onOrOff;
        MARKS.clear();
    }
}
