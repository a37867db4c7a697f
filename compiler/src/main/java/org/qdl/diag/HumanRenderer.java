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
 *
 * The primary place is underlined with {@code ^}, notes with {@code -}; a note in another file gets its own
 * {@code :::} header. A span over several lines is drawn with a bar down the left, tabs are shown as four
 * spaces, control characters as `U+XXXX` ({@link Visible}), and a line too long for a terminal is cut down to the
 * part around the span.
 */
public final class HumanRenderer {
    /** Source lines longer than this are shown as a window around the span. */
    private static final int MAX_LINE = 120;
    /** A span over more lines than this shows its first and last lines with `...` between. */
    private static final int MAX_SPAN_LINES = 5;
    private static final String TAB = "    ";

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
        out.append(paint(head, d.isError() ? "1;31" : "1;33")).append(paint(": " + Visible.of(d.message()), "1"))
                .append('\n');
        Span span = d.span();
        SourceFile file = span.file();
        int width = String.valueOf(maxLine(d)).length();
        String pad = " ".repeat(width);
        out.append(pad).append(paint("--> ", "1;34")).append(position(span)).append('\n');
        String style = d.isError() ? "1;31" : "1;33";
        if (!file.text().isEmpty()) {
            snippet(out, pad, width, span, '^', d.label(), style);
        }
        for (Diagnostic.Note note : d.notes()) {
            if (note.span().file() != file) {
                out.append(pad).append(paint(" |", "1;34")).append('\n');
                out.append(pad).append(paint("::: ", "1;34")).append(position(note.span())).append('\n');
            }
            if (note.span().file().text().isEmpty()) {
                out.append(pad).append(paint(" = ", "1;34")).append("note: ").append(Visible.of(note.message()))
                        .append('\n');
            } else {
                snippet(out, pad, width, note.span(), '-', note.message(), "1;34");
            }
        }
        // what the `U+XXXX` in the message stand for: a letter that only looks Latin, an invisible character
        for (String remark : Visible.remarks(d.message() + "\n" + d.label())) {
            out.append(pad).append(paint(" = ", "1;34")).append("note: ").append(remark).append('\n');
        }
        d.help().ifPresent(h -> out.append(pad).append(paint(" |", "1;34")).append('\n').append(pad)
                .append(paint(" = ", "1;34")).append(paint("help", "1")).append(": ").append(Visible.of(h))
                .append('\n'));
        return out.toString();
    }

    private static String position(Span span) {
        return Visible.of(span.file().path()) + ":" + span.line() + ":" + span.column();
    }

    /** The widest line number the diagnostic shows, for the gutter. */
    private static int maxLine(Diagnostic d) {
        int max = lastLine(d.span());
        for (Diagnostic.Note n : d.notes()) {
            max = Math.max(max, lastLine(n.span()));
        }
        return max;
    }

    private static int lastLine(Span span) {
        return span.file().line(Math.max(span.start(), span.end() - 1));
    }

    private void snippet(StringBuilder out, String pad, int width, Span span, char mark, String label,
            String style) {
        out.append(pad).append(paint(" |", "1;34")).append('\n');
        if (lastLine(span) > span.line()) {
            multiLine(out, pad, width, span, mark, label, style);
            return;
        }
        SourceFile file = span.file();
        int line = span.line();
        String text = file.lineText(line);
        int col = Math.min(span.column() - 1, text.length());
        int end = Math.max(col, Math.min(span.end() - file.lineStart(line), text.length()));
        Window w = Window.of(text, col, end);
        out.append(gutter(width, line)).append(w.shown()).append('\n');
        String marks = String.valueOf(mark).repeat(Math.max(1, w.markEnd() - w.markStart()));
        out.append(pad).append(paint(" | ", "1;34")).append(" ".repeat(w.markStart()))
                .append(paint(marks + (label.isEmpty() ? "" : " " + Visible.of(label)), style)).append('\n');
    }

    /**
     * A span over several lines, drawn as rustc does:
     *
     * <pre>
     * 3 | /   grading {           3 |     rules { at least
     * 4 | |     no overall grade    |  _____________^
     * 5 | |   }                   4 | |     7 units }
     *   | |___^ label               | |___________^ label
     * </pre>
     */
    private void multiLine(StringBuilder out, String pad, int width, Span span, char mark, String label,
            String style) {
        SourceFile file = span.file();
        int first = span.line();
        int last = lastLine(span);
        String firstText = expand(file.lineText(first));
        int startCol = expand(file.lineText(first).substring(0, Math.min(span.column() - 1,
                file.lineText(first).length()))).length();
        boolean fromIndent = firstText.substring(0, Math.min(startCol, firstText.length())).isBlank();
        String bar = paint("|", style);
        out.append(gutter(width, first)).append(paint(fromIndent ? "/" : " ", style)).append(' ')
                .append(clip(firstText)).append('\n');
        if (!fromIndent) {
            out.append(pad).append(paint(" | ", "1;34")).append(paint(" " + "_".repeat(startCol + 1) + String.valueOf(mark), style))
                    .append('\n');
        }
        for (int line = first + 1; line <= last; line++) {
            if (last - first + 1 > MAX_SPAN_LINES && line == first + 2) {
                out.append("...").append('\n');
                line = last - 1;
                continue;
            }
            out.append(gutter(width, line)).append(bar).append(' ').append(clip(expand(file.lineText(line))))
                    .append('\n');
        }
        String lastRaw = file.lineText(last);
        int endIndex = Math.max(0, Math.min(span.end() - file.lineStart(last), lastRaw.length()) - 1);
        int endCol = expand(lastRaw.substring(0, endIndex)).length();
        out.append(pad).append(paint(" | ", "1;34")).append(bar)
                .append(paint("_".repeat(endCol + 1) + mark + (label.isEmpty() ? "" : " " + Visible.of(label)), style))
                .append('\n');
    }

    private String gutter(int width, int line) {
        return paint(String.format("%" + width + "d", line) + " | ", "1;34");
    }

    private static String clip(String text) {
        return text.length() > MAX_LINE ? text.substring(0, MAX_LINE - 3) + "..." : text;
    }

    /** A source line as shown: tabs as spaces, characters that would act on the terminal made visible. */
    private static String expand(String s) {
        return Visible.of(s.replace("\t", TAB));
    }

    /**
     * The part of a source line to show, tabs expanded, with the columns where the marks go. A long line is
     * cut to a window around the span, with `...` where text is left out.
     */
    private record Window(String shown, int markStart, int markEnd) {
        static Window of(String raw, int startIndex, int endIndex) {
            String before = expand(raw.substring(0, startIndex));
            String inside = expand(raw.substring(startIndex, endIndex));
            String after = expand(raw.substring(endIndex));
            String full = before + inside + after;
            int start = before.length();
            int end = start + inside.length();
            if (full.length() <= MAX_LINE) {
                return new Window(full, start, end);
            }
            int from = Math.max(0, Math.min(start - 40, full.length() - MAX_LINE));
            int to = Math.min(full.length(), from + MAX_LINE);
            String prefix = from > 0 ? "..." : "";
            String suffix = to < full.length() ? "..." : "";
            int markStart = prefix.length() + start - from;
            int markEnd = Math.min(prefix.length() + end - from, prefix.length() + to - from);
            return new Window(prefix + full.substring(from, to) + suffix, markStart, Math.max(markEnd, markStart + 1));
        }
    }

    private String paint(String s, String code) {
        return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
