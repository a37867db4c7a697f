package org.qdl.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.qdl.cli.candidates.BadInputException;
import org.qdl.cli.candidates.ColumnMapping;
import org.qdl.cli.candidates.CsvCandidates;
import org.qdl.cli.candidates.InputFormat;
import org.qdl.cli.candidates.ReadOptions;

/**
 * eval's CSV file, read while picocli reads the command line. The file is read before anything is evaluated, and
 * picocli's start (80-130 ms on the main thread, most of it reading annotations in cold code) came first: every
 * run waited for it, on one core or sixteen. Begun first, the reading has the other cores for that time.
 *
 * <p>A guess, checked before it is used, as {@link SpecAhead}'s is: the input is taken to be the second of eval's
 * arguments that is not an option or an option's value, when it is a CSV file by its name (.csv, .tsv, .tab, .txt) and
 * large enough to be worth a thread ({@link #LEAST}). No guess is made where {@link SpecAhead} makes none, nor when the
 * command line names an option that changes how the input is read ({@link #READING}), nor when a column mapping file
 * lies beside the input. eval takes what was read only when picocli's reading agrees: the same input, as typed, read
 * with the default options and without skipping bad rows; otherwise it reads the input itself, as before, and the
 * guess is abandoned unseen. What the reading says (notes on the file's format, warnings of unknown columns) is held
 * until eval takes it, and then said as if eval had read the file; what it throws is thrown where eval would have.
 */
final class InputAhead {
    /** How many inputs eval has taken from a guess in this process: for tests. */
    static final AtomicInteger TAKEN = new AtomicInteger();

    /** Inputs smaller than this (4 MB, some 25,000 learners) are read by eval itself: the thread would not pay. */
    static final long LEAST = 4L << 20;

    /** eval's options that take a value: the word after one is its value, not SPEC or INPUT (EvalCommand's). */
    static final Set<String> VALUED = Set.of("--format", "-o", "--output", "--input-format", "--sheet", "--columns",
            "--columns-file", "--date-format", "--with", "--without", "--candidate", "--search-steps", "--on",
            ImportRoot.OPTION);

    /** eval's options that change how the input is read: with one of them, eval reads the input itself. */
    static final Set<String> READING = Set.of("--input-format", "--sheet", "--columns", "--columns-file",
            "--date-format", "--skip-bad-rows");

    private final String typed;
    private final FutureTask<CsvCandidates> reading;
    private final HeldMessages warnings;
    private final HeldMessages notes;

    private InputAhead(String typed, FutureTask<CsvCandidates> reading, HeldMessages warnings,
            HeldMessages notes) {
        this.typed = typed;
        this.reading = reading;
        this.warnings = warnings;
        this.notes = notes;
    }

    /** The CSV input of {@code qdl eval … SPEC INPUT …}, being read; null for any other command line, or no guess. */
    static InputAhead begin(String[] args, Io io) {
        String typed = guessed(args, word -> {
            try {
                return worthReading(io.resolve(word));
            } catch (RuntimeException e) { // not a path this system can name: eval says so
                return false;
            }
        });
        if (typed == null) {
            return null;
        }
        Path path = io.resolve(typed);
        HeldMessages warnings = new HeldMessages();
        HeldMessages notes = new HeldMessages();
        FutureTask<CsvCandidates> reading = new FutureTask<>(() -> CsvCandidates.read(path, typed, null, warnings,
                notes, ReadOptions.DEFAULT, Runtime.getRuntime().availableProcessors()));
        try {
            Thread thread = new Thread(reading, "qdl-input-ahead");
            thread.setDaemon(true);
            thread.start();
        } catch (OutOfMemoryError e) {
            return null; // no thread to be had: eval reads the input itself
        }
        return new InputAhead(typed, reading, warnings, notes);
    }

    /**
     * The second argument after {@code eval} that is neither an option nor an option's value, when it names a CSV file
     * by its name and is {@code worthReading}; null when there is none, or no guess may be made (see the class).
     */
    static String guessed(String[] args, Predicate<String> worthReading) {
        if (!SpecAhead.guessable(args)) {
            return null;
        }
        List<String> positional = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String word = args[i];
            if (word.equals("--")) {
                return null; // what follows is positional whatever it looks like: rare enough to leave to eval
            }
            if (word.startsWith("-") && word.length() > 1) {
                String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
                if (READING.contains(name)) {
                    return null;
                }
                if (VALUED.contains(word)) {
                    i++; // its value
                }
                continue;
            }
            positional.add(word);
        }
        if (positional.size() != 2) {
            return null;
        }
        String input = positional.get(1);
        return InputFormat.fromName(input).orElse(null) == InputFormat.CSV && worthReading.test(input) ? input : null;
    }

    /** A regular file of at least {@link #LEAST} bytes, with no column mapping file beside it. */
    private static boolean worthReading(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) >= LEAST
                    && !Files.exists(file.toAbsolutePath().resolveSibling(ColumnMapping.FILE_NAME));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** Whether this is the input eval was given as {@code typed}, to be read as {@code options} say. */
    boolean isFor(String typed, Optional<InputFormat> format, ReadOptions options, boolean skipBadRows) {
        return this.typed.equals(typed) && format.isEmpty() && options.equals(ReadOptions.DEFAULT) && !skipBadRows;
    }

    /**
     * Waits for the input read; what the reading said goes to {@code warnings} and {@code notes}, in order, and so does
     * what it says from now on. Throws what reading it threw.
     */
    CsvCandidates take(Consumer<String> warnings, Consumer<String> notes) throws IOException, BadInputException {
        TAKEN.incrementAndGet();
        this.notes.releaseTo(notes);
        this.warnings.releaseTo(warnings);
        try {
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the input", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BadInputException bad) {
                throw bad;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) cause;
        }
    }

    /** eval reads the input itself: what this reading finds is not kept (it finishes unseen). */
    void abandon() {
        reading.cancel(false);
    }
}
