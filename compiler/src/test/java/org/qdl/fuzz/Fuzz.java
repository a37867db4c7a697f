package org.qdl.fuzz;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * A fuzz property. In the ordinary build it runs its tries or for {@link #seconds()}, whichever ends first, so
 * that `./mvnw verify` stays short; on demand, {@code -Dqdl.fuzz.tries=N} runs N tries without a time limit (see
 * `./fuzz` and docs/FUZZING.md). Each run says how many inputs it tried.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@AddLifecycleHook(FuzzBudget.class)
public @interface Fuzz {
    /** The time limit of the ordinary build's run. */
    int seconds();
}
