package org.qdl.cli.candidates;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * The characters of a UTF-16 file (Excel's "Unicode text"), decoded as they are read and checked, so that a file
 * that is not UTF-16 is refused at the line and column of its first bad character — half a surrogate pair, or an odd
 * byte at the end — where the JDK's decoder names neither. Lines end at `\n`, `\r\n` or a lone `\r`, as the parser
 * counts them; columns count characters.
 */
final class Utf16Input extends Reader {
    private final InputStream in;
    private final boolean bigEndian;
    private final byte[] bytes = new byte[1 << 14];
    private long line = 1;
    private long column = 1;
    private boolean afterCr;
    /** A high surrogate read last, waiting for its pair (0 for none), and where it was. */
    private char high;
    private long highLine;
    private long highColumn;

    /** {@code in} after its byte-order mark. */
    Utf16Input(InputStream in, boolean bigEndian) {
        this.in = in;
        this.bigEndian = bigEndian;
    }

    @Override
    public int read(char[] out, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int want = Math.min(length, bytes.length / 2) * 2;
        int n = in.readNBytes(bytes, 0, want);
        if (n == 0) {
            if (high != 0) {
                throw notUtf16(highLine, highColumn, "half a surrogate pair");
            }
            return -1;
        }
        if (n % 2 != 0) {
            n--;
            decode(out, offset, n);
            throw notUtf16(line, column, "an odd byte at the end of the file");
        }
        return decode(out, offset, n);
    }

    private int decode(char[] out, int offset, int n) throws NotTextException {
        int k = offset;
        for (int i = 0; i < n; i += 2) {
            int a = bytes[i] & 0xFF;
            int b = bytes[i + 1] & 0xFF;
            char c = (char) (bigEndian ? a << 8 | b : b << 8 | a);
            if (high != 0 && !Character.isLowSurrogate(c)) {
                throw notUtf16(highLine, highColumn, "half a surrogate pair");
            }
            if (high == 0 && Character.isLowSurrogate(c)) {
                throw notUtf16(line, column, "half a surrogate pair");
            }
            if (Character.isHighSurrogate(c)) {
                high = c;
                highLine = line;
                highColumn = column;
            } else {
                high = 0;
            }
            out[k++] = c;
            count(c);
        }
        return k - offset;
    }

    private void count(char c) {
        if (c == '\n') {
            if (!afterCr) {
                line++;
            }
            column = 1;
        } else if (c == '\r') {
            line++;
            column = 1;
        } else if (!Character.isLowSurrogate(c)) {
            column++;
        }
        afterCr = c == '\r';
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private static NotTextException notUtf16(long line, long column, String why) {
        return new NotTextException(line, column, "not UTF-16 text (" + why + ")");
    }
}
