package org.qdl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * eval's spec, compiled while picocli reads the command line. picocli's start takes 80-100 ms on the main thread,
 * with every other core idle; the spec's compiling (cold code: ~0.25 s of CPU for the SVQ) then shared the cores with
 * the input's reading. Begun first, it has a core of its own for those 80-100 ms, and takes that much less from the
 * reading.
 *
 * <p>A guess, checked before it is used: the spec is taken to be the first word after {@code eval} that names an
 * existing .qdl or .qdl.json file, and eval takes what was compiled only when picocli's reading of the command line
 * agrees (the same spec, as typed, and no {@code --import-root}, which limits what a spec may import). Otherwise eval
 * compiles the spec itself, as before, and the guess is left to finish unseen. It prints nothing; what it throws is
 * thrown where eval waits for the spec, as if eval had compiled it.
 */
final class SpecAhead {
    private final String typed;
    private final FutureTask<LoadedSpec> compiling;

    private SpecAhead(String typed, FutureTask<LoadedSpec> compiling) {
        this.typed = typed;
        this.compiling = compiling;
    }

    /** The spec of {@code qdl eval … SPEC …}, being compiled; null for any other command line. */
    static SpecAhead begin(String[] args, Io io) {
        String typed = guessed(args);
        if (typed == null) {
            return null;
        }
        Path path;
        try {
            path = io.resolve(typed);
        } catch (RuntimeException e) { // not a path this system can name: eval says so
            return null;
        }
        if (!Files.isRegularFile(path)) {
            return null;
        }
        FutureTask<LoadedSpec> compiling = new FutureTask<>(() -> LoadedSpec.compile(path, typed, Optional.empty()));
        Thread thread = new Thread(compiling, "qdl-spec-ahead");
        thread.setDaemon(true);
        thread.start();
        return new SpecAhead(typed, compiling);
    }

    /**
     * The first word after {@code eval} that names a .qdl or .qdl.json file; null when there is none, or no eval, or
     * an import root is given (eval would not take what was compiled, and its compiling would take a core from the
     * reading).
     */
    static String guessed(String[] args) {
        if (args.length < 3 || !args[0].equals("eval")
                || Arrays.stream(args).anyMatch(a -> a.startsWith(ImportRoot.OPTION))) {
            return null;
        }
        for (int i = 1; i < args.length; i++) {
            String lower = args[i].toLowerCase(Locale.ROOT);
            if (!lower.startsWith("-") && (lower.endsWith(".qdl") || lower.endsWith(".qdl.json"))) {
                return args[i];
            }
        }
        return null;
    }

    /** Whether this is the spec eval was given as {@code typed}, compiled with imports from anywhere. */
    boolean isFor(String typed, ImportRoot importRoot) {
        return this.typed.equals(typed) && importRoot.dir == null;
    }

    /** Waits for the spec compiled; throws what compiling it threw. */
    LoadedSpec get() {
        try {
            return compiling.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling the spec", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw (Error) e.getCause();
        }
    }
}
