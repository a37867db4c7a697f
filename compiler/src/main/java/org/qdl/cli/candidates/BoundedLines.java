package org.qdl.cli.candidates;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines of text, each at most {@link #MAX} characters: a line longer than that (a 400 MB file without a newline)
 * is refused as it is read, never held whole. Lines end at `\n`, `\r\n` or a lone `\r`.
 */
final class BoundedLines implements java.io.Closeable {
    /** 16 Mi characters: a learner with some hundred thousand achievements fits on a line. */
    static final int MAX = 16 << 20;

    /** Thrown for a line longer than the limit. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super("line too long");
        }
    }

    private final Reader in;
    private final int max;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private boolean afterCr;

    BoundedLines(Reader in) {
        this(in, MAX);
    }

    BoundedLines(Reader in, int max) {
        this.in = in;
        this.max = max;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The next line without its ending, or null at the end of the text. */
    String readLine() throws IOException {
        StringBuilder line = null;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return line == null ? null : line.toString();
                }
            }
            if (afterCr) {
                afterCr = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            int length = (line == null ? 0 : line.length()) + position - start;
            if (length > max) {
                throw new TooLong();
            }
            if (line == null) {
                line = new StringBuilder(Math.max(16, position - start));
            }
            line.append(buffer, start, position - start);
            if (position < limit) {
                afterCr = buffer[position] == '\r';
                position++;
                return line.toString();
            }
        }
    }
}
