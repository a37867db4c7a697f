package org.qdl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * eval's spec, compiled while picocli reads the command line. Picocli's start takes 80-100 ms on the main thread; the
 * spec's compiling (cold code: about 0.3 s of CPU for the SVQ) then shared the cores with the input's reading. Begun
 * first, it has another core for those 80-100 ms, and where there are more cores than the start can use, the compiled
 * spec is ready that much sooner.
 *
 * <p>A guess, checked before it is used: the spec is taken to be the first word after {@code eval} that ends in .qdl
 * or .qdl.json and names a regular file. No guess is made when the command line asks for help or the version, names
 * an import root (which limits what a spec may import) or an argument file (which may name one). eval takes what was
 * compiled only when picocli's reading of the command line agrees: the same spec, as typed, and no import root.
 * Otherwise eval compiles the spec itself, as before, and the guess is left to finish unseen. It prints nothing; what
 * it throws is thrown where eval waits for the spec, as if eval had compiled it.
 */
final class SpecAhead {
    /** How many compiled specs eval has taken from a guess in this process: for tests. */
    static final AtomicInteger TAKEN = new AtomicInteger();

    private static final List<String> NO_GUESS = List.of("-h", "--help", "-V", "--version");

    private final String typed;
    private final FutureTask<LoadedSpec> compiling;

    private SpecAhead(String typed, FutureTask<LoadedSpec> compiling) {
        this.typed = typed;
        this.compiling = compiling;
    }

    /**
     * The spec of {@code qdl eval … SPEC …}, being compiled; null for any other command line, or no guess. Paths
     * typed are taken from {@code cwd}, as eval's {@link Io#resolve} takes them. Written without lambdas: this runs
     * first in a run, and Java's first lambda takes ~6 ms to link, which would keep the thread from starting that much
     * longer.
     */
    static SpecAhead begin(String[] args, Path cwd) {
        String typed = guessed(args, new RegularFile(cwd));
        if (typed == null) {
            return null;
        }
        FutureTask<LoadedSpec> compiling = new FutureTask<>(new Compile(cwd.resolve(typed), typed));
        try {
            Thread thread = new Thread(compiling, "qdl-spec-ahead");
            thread.setDaemon(true);
            thread.start();
        } catch (OutOfMemoryError e) {
            return null; // no thread to be had: eval compiles the spec itself
        }
        return new SpecAhead(typed, compiling);
    }

    /** Whether a word names a regular file, from {@code cwd}. */
    private record RegularFile(Path cwd) implements Predicate<String> {
        @Override
        public boolean test(String word) {
            try {
                return Files.isRegularFile(cwd.resolve(word));
            } catch (RuntimeException e) { // not a path this system can name: eval says so
                return false;
            }
        }
    }

    /** The spec compiled, as eval compiles it with imports from anywhere. */
    private record Compile(Path path, String typed) implements Callable<LoadedSpec> {
        @Override
        public LoadedSpec call() {
            return LoadedSpec.compile(path, typed, Optional.empty(), "spec compiled ahead");
        }
    }

    /**
     * The first word after {@code eval} that ends in .qdl or .qdl.json and is a {@code file}; null when there is none,
     * or no eval, or the command line asks for help or the version, or names an import root or an argument file.
     */
    static String guessed(String[] args, Predicate<String> file) {
        if (args.length < 3 || !args[0].equals("eval")) {
            return null;
        }
        for (String a : args) { // a loop, not a stream: this runs first, while every core but one waits
            if (NO_GUESS.contains(a) || a.startsWith(ImportRoot.OPTION) || a.startsWith("@")) {
                return null;
            }
        }
        for (int i = 1; i < args.length; i++) {
            String lower = args[i].toLowerCase(Locale.ROOT);
            boolean spec = !lower.startsWith("-") && (lower.endsWith(".qdl") || lower.endsWith(".qdl.json"));
            if (spec && file.test(args[i])) {
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
        TAKEN.incrementAndGet();
        return LoadedSpec.await(compiling);
    }
}
