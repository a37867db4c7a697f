package org.qdl.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.AroundTryHook;
import net.jqwik.api.lifecycle.Lifespan;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.Store;
import net.jqwik.api.lifecycle.TryExecutionResult;
import net.jqwik.api.lifecycle.TryExecutor;
import net.jqwik.api.lifecycle.TryLifecycleContext;

/**
 * Runs a {@link Fuzz} property within its budget and reports what it ran. System properties (passed through
 * Maven: {@code ./mvnw ... -Dqdl.fuzz.tries=100000}):
 * <ul>
 * <li>{@code qdl.fuzz.tries}: run this many tries, with no time limit (unless {@code qdl.fuzz.seconds} is given);
 * <li>{@code qdl.fuzz.seconds}: the time limit of each fuzz property, instead of its own;
 * <li>{@code qdl.fuzz.seed}: jqwik's seed (the ordinary build runs a fixed seed per property, so that it is
 * repeatable; `./fuzz` gives a new one each time);
 * <li>{@code qdl.fuzz.report}: a file to which each property appends one line: its inputs, time and outcome.
 * </ul>
 */
public final class FuzzBudget implements AroundPropertyHook, AroundTryHook {
    static final String TRIES = "qdl.fuzz.tries";
    static final String SECONDS = "qdl.fuzz.seconds";
    static final String SEED = "qdl.fuzz.seed";
    static final String REPORT = "qdl.fuzz.report";
    private static final String RUN = FuzzBudget.class.getName() + ".run";

    /** One property's run: when it must stop, how many inputs it has tried, and whether one failed. */
    private static final class Run {
        final long deadline;
        long inputs;
        boolean failed;

        Run(long deadline) {
            this.deadline = deadline;
        }
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        Fuzz fuzz = context.findAnnotation(Fuzz.class).orElseThrow();
        Integer tries = Integer.getInteger(TRIES);
        context.attributes().setTries(tries != null ? tries : fuzz.tries());
        String seed = System.getProperty(SEED, "");
        if (!seed.isBlank()) {
            context.attributes().setSeed(seed.strip());
        }
        long seconds = Long.getLong(SECONDS, tries != null ? Long.MAX_VALUE / 2_000_000_000L : fuzz.seconds());
        long start = System.nanoTime();
        Store<Run> run = Store.create(RUN, Lifespan.PROPERTY, () -> new Run(start + seconds * 1_000_000_000L));
        PropertyExecutionResult result = property.execute();
        double elapsed = (System.nanoTime() - start) / 1e9;
        String name = context.optionalContainerClass().map(c -> c.getSimpleName() + ".").orElse("") + context.label();
        String line = String.format(Locale.ROOT, "fuzz %s: %d inputs in %.1f s, seed %s: %s",
                name, run.get().inputs, elapsed, result.seed().orElse("?"),
                result.status().toString().toLowerCase(Locale.ROOT));
        System.out.println(line);
        report(line);
        return result;
    }

    @Override
    public TryExecutionResult aroundTry(TryLifecycleContext context, TryExecutor aTry, List<Object> parameters) {
        Run run = Store.<Run>get(RUN).get();
        // once an input has failed, jqwik shrinks it: the time limit no longer applies
        if (!run.failed && System.nanoTime() > run.deadline) {
            return TryExecutionResult.satisfied(true);
        }
        run.inputs++;
        TryExecutionResult result = aTry.execute(parameters);
        if (result.isFalsified()) {
            run.failed = true;
        }
        return result;
    }

    @Override
    public int aroundTryProximity() {
        // inside jqwik's own hooks, so that only inputs that are really tried are counted
        return 10;
    }

    private static void report(String line) {
        String file = System.getProperty(REPORT, "");
        if (file.isBlank()) {
            return;
        }
        try {
            Files.writeString(Path.of(file), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
