package org.qdl.diag;

import java.util.List;

/** One line per diagnostic: `FILE:LINE:COL: error[CODE]: message`, for editors and scripts. */
public final class ShortRenderer {
    private ShortRenderer() {
    }

    public static String render(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(d.span().file().path()).append(':').append(d.span().line()).append(':')
                    .append(d.span().column()).append(": ").append(d.severity().word()).append('[')
                    .append(d.code().name()).append("]: ").append(Visible.of(d.message())).append('\n');
        }
        return out.toString();
    }
}
