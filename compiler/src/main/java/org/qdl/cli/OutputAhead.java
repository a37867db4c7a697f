package org.qdl.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * eval's output file, opened while the input is read. Opening it (its folder listed for stale temporary files, the
 * temporary file made: cold code, 6-8 ms) ran on the main thread between the reading and the first evaluation, while
 * every other core waited. Begun before the reading, on a thread of its own, it is ready when the results are. Only a
 * regular file's reading is waited out so: a stream (stdin, a pipe) may last as long as whatever writes it, and the
 * temporary file would stand in the output's folder all that time ({@link #whenTaken} opens it only when the results
 * come).
 *
 * <p>What opening throws is thrown by {@link #take}, where eval opened the file before, so a broken input or spec is
 * still reported first and an output that cannot be written after them. A file never taken (eval stopped before its
 * results) is closed by {@link #close}, which removes its temporary file: nothing is left behind.
 */
final class OutputAhead implements AutoCloseable {
    private final FutureTask<AtomicFile> opening;
    /** Whether a thread of its own opens the file (else {@link #take} does, or nothing does). */
    private final boolean ahead;
    private boolean taken;

    private OutputAhead(Supplier<AtomicFile> open, boolean ahead) {
        this.opening = new FutureTask<>(open::get);
        this.ahead = ahead;
    }

    /** Opens the file {@code open} gives on a thread of its own (or, when no thread can be had, at {@link #take}). */
    static OutputAhead begin(Supplier<AtomicFile> open) {
        try {
            OutputAhead ahead = new OutputAhead(open, true);
            Thread thread = new Thread(ahead.opening, "qdl-output");
            thread.setDaemon(true);
            thread.start();
            return ahead;
        } catch (OutOfMemoryError e) {
            return whenTaken(open); // no thread to be had
        }
    }

    /** Opens the file {@code open} gives when it is taken, on the taking thread, and not at all if it never is. */
    static OutputAhead whenTaken(Supplier<AtomicFile> open) {
        return new OutputAhead(open, false);
    }

    /** The opened file, now the caller's to commit and close; throws what opening it threw. */
    AtomicFile take() {
        taken = true;
        opening.run(); // nothing when the thread ran it or is running it: then the wait is for it
        return Awaited.get(opening, "opening the output");
    }

    /** Removes the temporary file of a file never taken; a failure to open it is not eval's to report then. */
    @Override
    public void close() {
        if (taken) {
            return;
        }
        taken = true;
        if (!ahead) {
            opening.cancel(false); // never opened, and now never will be
            return;
        }
        try {
            opening.get().close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // eval stopped for another reason, which it reports
        }
    }
}
