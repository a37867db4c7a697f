package org.qdl.fuzz;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * A fuzz property. In the ordinary build it runs its {@link #tries()} with its fixed seed, or for
 * {@link #seconds()}, whichever ends first, so that `./mvnw verify` stays short and repeatable; on demand, {@code -Dqdl.fuzz.tries=N} runs N tries without a time limit (see
 * `./fuzz` and docs/FUZZING.md). Each run says how many inputs it tried.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@AddLifecycleHook(FuzzBudget.class)
public @interface Fuzz {
    /** The time limit of the ordinary build's run. */
    int seconds();

    /**
     * The ordinary build's number of tries: few enough that a 2-core machine runs them all within {@link #seconds()},
     * so that every build, here and in CI, tries the same inputs (a slower machine tries a prefix of them). Finding
     * new inputs is the long campaign's job (`./fuzz`), which sets its own count and seed.
     */
    int tries();
}
