package org.qdl.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.qdl.diag.Diagnostic;
import org.qdl.diag.HumanRenderer;
import org.qdl.diag.ShortRenderer;

/**
 * Golden files of diagnostics: the human form without colour, then the short form. Run the tests with
 * {@code -Dqdl.golden.update=true} to write the actual output as the new expected output.
 */
final class Golden {
    static final boolean UPDATE = Boolean.getBoolean("qdl.golden.update");

    private Golden() {
    }

    static String render(List<Diagnostic> diagnostics) {
        return new HumanRenderer(false).render(diagnostics) + "--- short form\n" + ShortRenderer.render(diagnostics);
    }

    static void assertMatches(String actual, Path expected) throws IOException {
        if (UPDATE) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(expected)).as("%s exists (run with -Dqdl.golden.update=true)", expected).isTrue();
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
