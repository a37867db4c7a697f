package org.qdl.diag;

import java.util.List;
import org.qdl.syntax.SourceFile;
import org.qdl.syntax.Span;

/**
 * Diagnostics for a person, rustc style:
 *
 * <pre>
 * error[Q0102]: unknown unit `4427-55` in group `B`
 *   --> specs/svq-customer-service-scqf5.qdl:41:9
 *    |
 * 41 |   unit 4427-55
 *    |        ^^^^^^^ not declared in this qualification
 *    |
 *    = help: did you mean `4427-552`?
 * </pre>
 */
public final class HumanRenderer {
    private final boolean color;

    public HumanRenderer(boolean color) {
        this.color = color;
    }

    public String render(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(render(d)).append('\n');
        }
        return out.toString();
    }

    public String render(Diagnostic d) {
        StringBuilder out = new StringBuilder();
        String head = d.severity().word() + "[" + d.code().name() + "]";
        out.append(paint(head, d.isError() ? "1;31" : "1;33")).append(paint(": " + d.message(), "1")).append('\n');
        Span span = d.span();
        SourceFile file = span.file();
        int line = span.line();
        int width = String.valueOf(Math.max(line, maxNoteLine(d))).length();
        String pad = " ".repeat(width);
        out.append(pad).append(paint("--> ", "1;34")).append(file.path()).append(':').append(line).append(':')
                .append(span.column()).append('\n');
        snippet(out, pad, width, span, d.label(), d.isError() ? "1;31" : "1;33");
        for (Diagnostic.Note note : d.notes()) {
            if (note.span().file() == file) {
                snippet(out, pad, width, note.span(), note.message(), "1;34");
            } else {
                out.append(pad).append(paint(" = ", "1;34")).append("note: ").append(note.message()).append(" (")
                        .append(note.span()).append(")\n");
            }
        }
        d.help().ifPresent(h -> out.append(pad).append(paint(" |", "1;34")).append('\n').append(pad)
                .append(paint(" = ", "1;34")).append(paint("help", "1")).append(": ").append(h).append('\n'));
        return out.toString();
    }

    private int maxNoteLine(Diagnostic d) {
        int max = 0;
        for (Diagnostic.Note n : d.notes()) {
            max = Math.max(max, n.span().line());
        }
        return max;
    }

    private void snippet(StringBuilder out, String pad, int width, Span span, String label, String style) {
        SourceFile file = span.file();
        int line = span.line();
        String text = file.lineText(line);
        out.append(pad).append(paint(" |", "1;34")).append('\n');
        out.append(String.format("%" + width + "d", line)).append(paint(" | ", "1;34")).append(expandTabs(text))
                .append('\n');
        int col = span.column() - 1;
        int lineEnd = text.length();
        int length = Math.max(1, Math.min(span.length(), lineEnd - col));
        String prefix = expandTabs(text.substring(0, Math.min(col, text.length())));
        out.append(pad).append(paint(" | ", "1;34")).append(" ".repeat(prefix.length()))
                .append(paint("^".repeat(length) + (label.isEmpty() ? "" : " " + label), style)).append('\n');
    }

    private static String expandTabs(String s) {
        return s.replace("\t", "    ");
    }

    private String paint(String s, String code) {
        return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
