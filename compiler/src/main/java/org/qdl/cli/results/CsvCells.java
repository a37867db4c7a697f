package org.qdl.cli.results;

import java.util.Arrays;

/**
 * CSV rows written straight to UTF-8 bytes, each cell quoted exactly when Jackson's CSV generator (which qdl's CSV
 * was first written with, in its default, loose check) quotes it: a cell longer than 24 characters, or with any
 * character below `-` (a space, a comma, a quote, a line break among them); a quote inside is doubled; an empty cell
 * is not quoted. A character that cannot be encoded (half a surrogate pair) is written as `?`, as
 * {@link String#getBytes} writes it.
 */
final class CsvCells {
    /** Cells longer than this are quoted without looking at them (Jackson's MAX_QUOTE_CHECK). */
    private static final int LOOKED_AT = 24;
    /** The lowest character a cell may have unquoted: one above the separator, the quote and the line break. */
    private static final char SAFE = '-';

    private byte[] bytes;
    private int size;
    private boolean rowStarted;

    CsvCells(int capacity) {
        bytes = new byte[Math.max(64, capacity)];
    }

    /** The next cell of the row. */
    void cell(CharSequence text) {
        separate();
        if (quoted(text)) {
            quotedText(text);
        } else {
            chars(text, false);
        }
    }

    /**
     * Starts the next cell, quoted, whose text comes in pieces already escaped ({@link #escaped}): for a cell the
     * caller knows is quoted (its text has a space, say), so that text repeated from row to row is escaped once.
     */
    void openQuoted() {
        separate();
        put((byte) '"');
    }

    /** The next cell: a whole number (never quoted: digits and `-`), as digits without making its text. */
    void cell(long n) {
        separate();
        if (n < 0) {
            chars(Long.toString(n), false);
            return;
        }
        int digits = 1;
        for (long rest = n / 10; rest > 0; rest /= 10) {
            digits++;
        }
        room(digits);
        for (int i = size + digits - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + n % 10);
            n /= 10;
        }
        size += digits;
    }

    /** The next cell, written as {@link #whole(CharSequence)} made it. */
    void whole(byte[] cell) {
        separate();
        escapedPiece(cell);
    }

    /** A cell of this text as {@link #cell} writes it (quoted if need be): for a cell repeated from row to row. */
    static byte[] whole(CharSequence text) {
        CsvCells c = new CsvCells(text.length() + 8);
        c.cell(text);
        return c.toBytes();
    }

    /** A piece of the cell {@link #openQuoted} opened. */
    void escapedPiece(byte[] piece) {
        room(piece.length);
        System.arraycopy(piece, 0, bytes, size, piece.length);
        size += piece.length;
    }

    void closeQuoted() {
        put((byte) '"');
    }

    /** Text as a piece of a quoted cell: UTF-8, its quotes doubled. */
    static byte[] escaped(String text) {
        CsvCells c = new CsvCells(text.length() + 8);
        c.chars(text, true);
        return c.toBytes();
    }

    /** Starts again, keeping the buffer. */
    void clear() {
        size = 0;
        rowStarted = false;
    }

    void endRow() {
        put((byte) '\n');
        rowStarted = false;
    }

    byte[] toBytes() {
        return Arrays.copyOf(bytes, size);
    }

    private void separate() {
        if (rowStarted) {
            put((byte) ',');
        }
        rowStarted = true;
    }

    /** Whether a cell of this text is quoted. */
    static boolean quoted(CharSequence text) {
        int n = text.length();
        if (n > LOOKED_AT) {
            return true;
        }
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) < SAFE) {
                return true;
            }
        }
        return false;
    }

    private void quotedText(CharSequence text) {
        put((byte) '"');
        chars(text, true);
        put((byte) '"');
    }

    /** At most this many bytes per char: a doubled quote is 2, a char of the BMP 3, a surrogate pair (2 chars) 4. */
    private static final int MOST_PER_CHAR = 3;

    /** The text as UTF-8; {@code quoting}: inside a quoted cell, its quotes doubled. */
    private void chars(CharSequence text, boolean quoting) {
        int n = text.length();
        room(n * MOST_PER_CHAR);
        byte[] b = bytes;
        int at = size;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '"' && quoting) {
                b[at++] = '"';
                b[at++] = '"';
            } else if (c < 0x80) {
                b[at++] = (byte) c;
            } else {
                size = at;
                i = encode(text, i);
                at = size;
            }
        }
        size = at;
    }

    /** Encodes the character at {@code i} (not ASCII), in room already made; gives the index of its last char. */
    private int encode(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | c >> 6);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
            return i;
        }
        if (Character.isSurrogate(c)) {
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(i + 1));
                bytes[size++] = (byte) (0xF0 | cp >> 18);
                bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp & 0x3F);
                return i + 1;
            }
            bytes[size++] = '?';
            return i;
        }
        bytes[size++] = (byte) (0xE0 | c >> 12);
        bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
        bytes[size++] = (byte) (0x80 | c & 0x3F);
        return i;
    }

    private void put(byte b) {
        room(1);
        bytes[size++] = b;
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
