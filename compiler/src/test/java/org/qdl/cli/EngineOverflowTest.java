package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Found by fuzzing: numbers in range for JSON but not for a Java long made the engine throw
 * {@code ArithmeticException: Overflow}, and `qdl eval` exit 70. `qdl check` refuses such numbers in a spec
 * (Q0217); the IR's validation refuses them in a hand-made IR, naming the field.
 */
class EngineOverflowTest {

    @ParameterizedTest
    @ValueSource(strings = {"bad/overflowing-count.qdl.json", "bad/overflowing-credit.qdl.json"})
    void anIrWithAnOverflowingNumberIsRefusedNotACrash(String ir) {
        Qdl.Run run = Qdl.in(Fixtures.dir()).stdin("candidate,unit,result\nC1,A1,D\nC1,A2,D\n").run("eval", ir, "-");
        assertThat(run.err()).doesNotContain("internal error").contains(ir).contains("beyond the engine's range");
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
    }
}
