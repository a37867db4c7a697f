package org.qdl.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Work begun on another thread, waited for as if this thread had done it. */
final class Awaited {
    private Awaited() {
    }

    /**
     * What {@code task} gave. What it threw is thrown here, unwrapped, as if this thread had done the work; {@code doing}
     * says what the work was, should the wait be interrupted.
     */
    static <T> T get(Future<T> task, String doing) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + doing, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(doing + " failed", e.getCause());
        }
    }
}
