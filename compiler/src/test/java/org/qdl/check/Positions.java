package org.qdl.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.qdl.diag.Diagnostic;
import org.qdl.syntax.Span;

/** Every position a diagnostic gives is a real place in its file: 1-based, inside the text. */
public final class Positions {
    private Positions() {
    }

    public static void assertValid(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            assertValid(d.span(), d);
            d.notes().forEach(n -> assertValid(n.span(), d));
            assertThat(d.message()).as("message of %s", d.code()).isNotBlank();
        }
    }

    private static void assertValid(Span span, Diagnostic d) {
        int length = span.file().text().length();
        assertThat(span.start()).as("start of %s: %s", d.code(), d.message()).isBetween(0, length);
        assertThat(span.end()).as("end of %s: %s", d.code(), d.message()).isBetween(span.start(), length);
        assertThat(span.line()).as("line of %s", d.code()).isBetween(1, span.file().lineCount());
        assertThat(span.column()).as("column of %s", d.code()).isGreaterThanOrEqualTo(1);
    }
}
