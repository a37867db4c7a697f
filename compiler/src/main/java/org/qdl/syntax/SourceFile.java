package org.qdl.syntax;

import java.util.Arrays;

/**
 * The text of one QDL file and where it came from. Line and column are computed from offsets only
 * when a position is displayed. A line ends at `\n`, `\r\n` or a lone `\r`, as in editors (and as the lexer
 * ends a `//` comment).
 */
public final class SourceFile {
    private final String path;
    private final String text;
    private volatile int[] lineStarts;

    public SourceFile(String path, String text) {
        this.path = path;
        this.text = text;
    }

    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    /** 1-based line of an offset. */
    public int line(int offset) {
        int[] starts = lineStarts();
        int i = Arrays.binarySearch(starts, Math.max(0, Math.min(offset, text.length())));
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column of an offset, counted in characters. */
    public int column(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        return clamped - lineStarts()[line(clamped) - 1] + 1;
    }

    /** The offset where a 1-based line starts. */
    public int lineStart(int line) {
        int[] starts = lineStarts();
        return starts[Math.max(0, Math.min(line, starts.length) - 1)];
    }

    /** The text of a 1-based line, without its line break. */
    public String lineText(int line) {
        int[] starts = lineStarts();
        if (line < 1 || line > starts.length) {
            return "";
        }
        int start = starts[line - 1];
        int end = line < starts.length ? starts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    public int lineCount() {
        return lineStarts().length;
    }

    private int[] lineStarts() {
        int[] starts = lineStarts;
        if (starts == null) {
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (endsLine(i)) {
                    count++;
                }
            }
            starts = new int[count];
            int n = 1;
            for (int i = 0; i < text.length(); i++) {
                if (endsLine(i)) {
                    starts[n++] = i + 1;
                }
            }
            lineStarts = starts;
        }
        return starts;
    }

    /** Whether the character at {@code i} ends a line: a `\n`, or a `\r` not followed by one. */
    private boolean endsLine(int i) {
        char c = text.charAt(i);
        return c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
    }

    @Override
    public String toString() {
        return path;
    }
}
