package org.qdl.cli.candidates;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of a candidate file, checked to be UTF-8 as they are read, so that a file that is not is refused at
 * the line and column of its first bad byte. (Jackson's CSV reader names only a byte offset, a decoder under a
 * line reader fails a whole buffer ahead of the line it is on, and Jackson's JSON reader takes an encoded
 * surrogate for a character.) Lines end at `\n`, `\r\n` or a lone `\r`, as the parsers count them; columns count
 * characters.
 */
final class Utf8Input extends FilterInputStream {
    private long line;
    /** Bytes checked so far; where the current line starts; where the last `\r` was. */
    private long position;
    private long lineStart;
    private long lastCr = -2;
    /** Bytes on the current line that take no column: continuation bytes, and a byte-order mark at the start. */
    private long noColumn;
    /** Continuation bytes still expected, and the range the next one must be in. */
    private int pending;
    private int low = 0x80;
    private int high = 0xBF;
    private long startLine;
    private long startColumn;
    private long startPosition;
    /** The character being read. */
    private int codePoint;

    /** {@code in} read from {@code firstLine} on (a stretch of a file may start inside it). */
    Utf8Input(InputStream in, long firstLine) {
        super(in);
        this.line = firstLine;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            end();
        } else {
            check(b);
            position++;
        }
        return b;
    }

    /**
     * Most bytes of a candidate file are printable ASCII, which is UTF-8 and ends no line: those are passed over
     * with one comparison each (a byte above `\r` as a signed byte is neither a line break nor a byte of a longer
     * character), and lines and columns are worked out from positions only where something happens.
     */
    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            end();
            return n;
        }
        int end = offset + n;
        long base = position - offset;
        for (int i = offset; i < end; i++) {
            if (pending == 0) {
                while (i < end && buffer[i] > '\r') {
                    i++;
                }
                if (i == end) {
                    break;
                }
            }
            position = base + i;
            check(buffer[i] & 0xFF);
        }
        position = base + end;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // read what is skipped, so that nothing passes unchecked
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** The column of the byte at {@code position}, in characters. */
    private long column() {
        return position - lineStart - noColumn + 1;
    }

    /** Byte {@code b}, at {@code position}. */
    private void check(int b) throws NotTextException {
        if (pending > 0) {
            if (b < low || b > high) {
                throw notUtf8(startLine, startColumn);
            }
            low = 0x80;
            high = 0xBF;
            noColumn++;
            codePoint = codePoint << 6 | b & 0x3F;
            if (--pending == 0 && startPosition == 0 && codePoint == 0xFEFF) {
                noColumn++; // a byte-order mark that starts the text is no character of it
            }
            return;
        }
        if (b < 0x80) {
            if (b == '\n') {
                if (lastCr != position - 1) {
                    line++;
                }
                lineStart = position + 1;
                noColumn = 0;
            } else if (b == '\r') {
                line++;
                lineStart = position + 1;
                noColumn = 0;
                lastCr = position;
            }
            return;
        }
        startLine = line;
        startColumn = column();
        startPosition = position;
        codePoint = b & (b >= 0xF0 ? 0x07 : b >= 0xE0 ? 0x0F : 0x1F);
        pending = Utf8.continuations(b);
        if (pending < 0) {
            pending = 0;
            throw notUtf8(line, column());
        }
        low = Utf8.firstLow(b);
        high = Utf8.firstHigh(b);
    }

    private void end() throws NotTextException {
        if (pending > 0) {
            throw notUtf8(startLine, startColumn);
        }
    }

    /** The first byte that is not UTF-8, where it is. */
    private static NotTextException notUtf8(long line, long column) {
        return new NotTextException(line, column, "not UTF-8 text");
    }
}
