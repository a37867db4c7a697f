package org.qdl.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qdl.diag.HumanRenderer;
import org.qdl.syntax.Specs;

/** Every spec in `specs/` checks clean: no error, no warning, and a qualification to build. */
class SeedSpecsTest {

    static Stream<Path> specs() throws IOException {
        return Specs.all();
    }

    @ParameterizedTest
    @MethodSource("specs")
    void checksClean(Path spec) {
        Compilation c = Frontend.compile(spec, Specs.root().relativize(spec).toString());

        assertThat(c.diagnostics()).as(new HumanRenderer(false).render(c.diagnostics())).isEmpty();
        assertThat(c.qualification()).isPresent();
    }
}
