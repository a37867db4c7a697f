package org.qdl.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.statistics.Statistics;
import org.qdl.runtime.result.Attempt;
import org.qdl.runtime.result.Result;
import org.qdl.runtime.result.Timing;

/**
 * The engine's timing against the oracle's reading of the attempt history ({@link OracleHistory}): the registration,
 * its last day and whether it ended, whether and why the qualification is closed to the learner and since when, and
 * for every attempt its number, whether the rules allow it, whether it is the one that stands and the grade it counts
 * at. (Why an attempt is refused is not compared: where two rows of SEMANTICS.md's table refuse it, which is named is
 * wording; that some row does is not.)
 */
final class AttemptsAgainstOracle {
    private AttemptsAgainstOracle() {
    }

    static void check(Result r, BruteForceOracle oracle, RandomStructures.Case c, Supplier<String> context) {
        OracleHistory.Expected expected = oracle.timing(c.candidate(), c.whatIf());
        Timing t = r.timing();
        if (expected == null) {
            assertThat(t).as(() -> "timing without rules on attempts" + context.get()).isNull();
            return;
        }
        Statistics.label("units closed on their own").collect(r.achieved() ? "achieved"
                : oracle.closedUnits(c.candidate(), c.whatIf()).isEmpty() ? "none" : "some");
        Supplier<String> more = () -> context.get() + "\nengine's timing " + t + "\noracle's " + expected;
        assertThat(t).as(() -> "timing" + more.get()).isNotNull();
        assertThat(t.registered()).as(() -> "registered" + more.get()).isEqualTo(expected.registered());
        assertThat(t.registrationEnds()).as(() -> "registration's last day" + more.get())
                .isEqualTo(expected.registrationEnds());
        assertThat(t.registrationEnded()).as(() -> "registration ended" + more.get())
                .isEqualTo(expected.registrationEnded());
        assertThat(t.closed() == null ? null : t.closed().word()).as(() -> "closed" + more.get())
                .isEqualTo(expected.closed());
        assertThat(t.closedOn()).as(() -> "closed on" + more.get()).isEqualTo(expected.closedOn());
        List<String> engine = new ArrayList<>();
        for (Attempt a : t.attempts()) {
            boolean allowed = a.reason().allowed();
            engine.add(new OracleHistory.Seen(a.unit(), a.attempt(), a.date(), allowed, a.used(),
                    allowed ? a.grade() : null).toString());
        }
        List<String> oracles = new ArrayList<>();
        expected.attempts().forEach(s -> oracles.add(s.toString()));
        Collections.sort(engine);
        Collections.sort(oracles);
        assertThat(engine).as(() -> "attempts" + more.get()).isEqualTo(oracles);
    }

    static void checkCoverage() {
        Statistics.label("units closed on their own").coverage(coverage -> coverage.check("some")
                .percentage(p -> p > 10));
    }
}
