package org.qdl.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;

/**
 * The type search keeps its path on an explicit stack, so a structure of thousands of unit types is searched on
 * whatever thread calls the engine, however small its stack (issue 11 item 5). It used to recurse once per type:
 * below 400 units on the caller's own stack, above it on a thread it started with a 1 GiB stack.
 */
class ShallowStackTest {

    /**
     * n units of credits 1 to n, every one its own type (each adds its credit to the total), and a credit total
     * one short of all of them: the search walks every type to find the combination that leaves the last out.
     */
    @ParameterizedTest
    @ValueSource(ints = {399, 3000})
    void thousandsOfTypesOnASmallStack(int n) throws InterruptedException {
        IrBuilder b = new IrBuilder();
        List<String> all = new ArrayList<>();
        List<Achievement> held = new ArrayList<>();
        for (int u = 1; u <= n; u++) {
            b.unit("U" + u, u, 2);
            all.add("U" + u);
            held.add(Achievement.of("U" + u));
        }
        int most = n * (n + 1) / 2 - 1;
        b.rule(IrBuilder.sum("total", all, null, null, null, 1, most));
        CompiledQualification q = b.compile();
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                outcome.set(q.isAchieved(new Candidate("every unit", held), EvaluationOptions.DEFAULT));
            } catch (Throwable t) {
                outcome.set(t);
            }
        }, "small-stack", 128 * 1024);
        small.start();
        small.join();
        assertThat(outcome.get()).isEqualTo(Boolean.TRUE);
    }
}
