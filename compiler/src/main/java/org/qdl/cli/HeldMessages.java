package org.qdl.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Messages about the input (skipped rows, ignored columns), held back while the spec compiles beside the reading:
 * once it has compiled they are passed on, in order, and so is everything after them; when it does not compile
 * they are never shown, and its errors stand alone, as if the spec had been read first.
 */
final class HeldMessages implements Consumer<String> {
    private final Consumer<String> out;
    private List<String> held = new ArrayList<>();

    HeldMessages(Consumer<String> out) {
        this.out = out;
    }

    @Override
    public synchronized void accept(String message) {
        if (held != null) {
            held.add(message);
        } else {
            out.accept(message);
        }
    }

    /** Passes on what was held, and from now on every message as it comes. */
    synchronized void release() {
        if (held != null) {
            held.forEach(out);
            held = null;
        }
    }
}
