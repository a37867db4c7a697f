package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The compilers are busy while they compile for at least half of each stretch of 50 ms or more. */
class CompilersTest {
    private static final long MS = 1_000_000;

    @Test
    void busyWhileCompilingHalfTheTimeOfAStretchAndNotAfter() {
        AtomicLong now = new AtomicLong(7 * MS);
        AtomicLong compiled = new AtomicLong(1_000);
        Compilers compilers = new Compilers(compiled::get, now::get);

        now.addAndGet(10 * MS);
        assertThat(compilers.getAsBoolean()).as("before the first stretch is long enough").isTrue();
        now.addAndGet(90 * MS);
        compiled.addAndGet(50);
        assertThat(compilers.getAsBoolean()).as("50 ms compiled in 100 ms").isTrue();
        now.addAndGet(100 * MS);
        compiled.addAndGet(49);
        assertThat(compilers.getAsBoolean()).as("49 ms compiled in 100 ms").isFalse();
        now.addAndGet(20 * MS);
        compiled.addAndGet(20);
        assertThat(compilers.getAsBoolean()).as("asked again within 50 ms: the same answer").isFalse();
        now.addAndGet(40 * MS);
        compiled.addAndGet(20);
        assertThat(compilers.getAsBoolean()).as("40 ms compiled in the 60 ms since the last stretch").isTrue();
    }

    @Test
    void neverBusyWhereTheJvmDoesNotSayHowLongItCompiles() {
        AtomicLong now = new AtomicLong();
        Compilers compilers = new Compilers(null, now::get);
        assertThat(compilers.getAsBoolean()).isFalse();
        now.addAndGet(100 * MS);
        assertThat(compilers.getAsBoolean()).isFalse();
    }
}
