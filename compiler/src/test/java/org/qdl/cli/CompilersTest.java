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
        // each step: milliseconds passed, milliseconds compiled meanwhile, and the answer
        long[][] steps = {{10, 0}, {90, 50}, {100, 49}, {20, 20}, {40, 20}};
        boolean[] busy = {true, true, false, false, true};
        String[] why = {"before the first stretch is long enough", "50 ms compiled in 100 ms", "49 ms compiled in 100 ms",
            "asked again within 50 ms: the same answer", "40 ms compiled in the 60 ms since the last stretch"};
        for (int i = 0; i < steps.length; i++) {
            now.addAndGet(steps[i][0] * MS);
            compiled.addAndGet(steps[i][1]);
            assertThat(compilers.getAsBoolean()).as(why[i]).isEqualTo(busy[i]);
        }
    }

    @Test
    void neverBusyWhereTheJvmDoesNotSayHowLongItCompiles() {
        AtomicLong now = new AtomicLong();
        Compilers compilers = new Compilers(null, now::get);
        assertThat(compilers.getAsBoolean()).isFalse();
        now.addAndGet(100 * MS);
        assertThat(compilers.getAsBoolean()).isFalse();
    }

    @Test
    void anOptimisingCompilerRunsUnlessTheTiersStopBelowIt() {
        assertThat(Compilers.optimising("true", "4")).isTrue();
        assertThat(Compilers.optimising("true", "1")).as("-XX:TieredStopAtLevel=1").isFalse();
        assertThat(Compilers.optimising("true", "3")).isFalse();
        assertThat(Compilers.optimising("false", "1")).as("no tiers: the optimising compiler alone").isTrue();
        assertThat(Compilers.optimising("true", "?")).as("where the JVM does not say").isTrue();
        // the tests' own JVM runs both compilers
        assertThat(Compilers.optimising()).isTrue();
    }
}
