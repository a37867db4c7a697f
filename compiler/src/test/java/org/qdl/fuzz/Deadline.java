package org.qdl.fuzz;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one input's work on a worker thread and fails it if it takes longer than a person would wait: a hang is
 * a finding too, and without this it would hang the build instead.
 */
final class Deadline {
    static final Duration PER_INPUT = Duration.ofSeconds(Long.getLong("qdl.fuzz.input.seconds", 30));

    private static ExecutorService worker = worker();

    private Deadline() {
    }

    private static ExecutorService worker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "qdl-fuzz-input");
            t.setDaemon(true);
            return t;
        });
    }

    /** The work's result; its exception, if it threw one; an AssertionError if it did not finish in time. */
    static synchronized <T> T run(String what, Callable<T> work) throws Exception {
        Future<T> f = worker.submit(work);
        try {
            return f.get(PER_INPUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = worker();
            throw new AssertionError(what + " did not finish within " + PER_INPUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception) {
                throw (Exception) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw e;
        }
    }
}
