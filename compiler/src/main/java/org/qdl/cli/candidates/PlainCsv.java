package org.qdl.cli.candidates;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * Reads a stretch of plain delimited text — UTF-8, no quotes — straight from its bytes, as Jackson's CSV parser
 * would read it, for the rows that nearly every centre's export holds: fields split at the separator, lines ended by
 * `\n`, `\r\n` or a lone `\r`. Each distinct field is made a string once ({@link FieldStrings}), where the parser
 * makes one of every field: on a million learners that is most of the reading's time.
 *
 * <p>Anything else sends the stretch back to the parser, which reads every file: a `"` anywhere (quoting has rules
 * of its own), or bytes that are not UTF-8 (the parser's reader names where). Rows go to {@link CsvPart.Adder} as
 * the parser's do, so what is a bad row, and what it says, is the same.
 */
final class PlainCsv {
    /** A block of the file read at a time; a longer row makes it grow. */
    private static final int BLOCK = 1 << 20;
    /**
     * The first block read: small, so that a row cut by a block's end comes within the first few thousand rows, while
     * the JIT is still profiling {@link #scan}; one first seen after the optimising compiler has compiled it would
     * send the reading loop back to the interpreter (and its recompilation waits behind everything else queued).
     */
    private static final int FIRST_BLOCK = 1 << 16;
    /** The parser refuses a field longer than this (in characters; a field of more bytes is left to it). */
    private static final int LONGEST = com.fasterxml.jackson.core.StreamReadConstraints.defaults().getMaxStringLength();

    private final FileChannel file;
    private final SharedStretch stretch;
    private final char separator;
    private byte[] buffer = new byte[FIRST_BLOCK];
    /** The buffer holds the file's bytes [at, at + limit); row scanning starts at {@link #next}. */
    private long at;
    private int limit;
    private int next;
    private boolean end;
    /** The line the next row starts on. */
    private long line;
    private final CsvRow row;
    private final FieldStrings[] columns;
    /** Per column: whether the rows' tuples hold it (so its fields are numbered among {@link #values}). */
    private final boolean[] read;
    private final Interner values;
    /** The candidate column changes only between learners: its last field's bytes and string. */
    private final int candidateColumn;
    private byte[] lastId = new byte[32];
    private int lastIdLength = -1;
    private String lastIdString;

    private PlainCsv(FileChannel file, SharedStretch stretch, char separator, CsvHeader header, Interner values) {
        this.file = file;
        this.stretch = stretch;
        this.separator = separator;
        this.row = new CsvRow(header.width);
        this.columns = new FieldStrings[header.width];
        this.candidateColumn = header.column[CsvHeader.CANDIDATE];
        this.read = new boolean[header.width];
        for (int f = 0; f < RowValues.WIDTH; f++) {
            int col = header.column[f + 1];
            if (col >= 0) {
                read[col] = true;
            }
        }
        this.values = values;
        this.at = stretch.start();
        this.line = stretch.linesBefore() + 1;
    }

    /** A reader of a file's first rows, before its header is known: every field made a string of its own. */
    private PlainCsv(FileChannel file, SharedStretch stretch, char separator) {
        this.file = file;
        this.stretch = stretch;
        this.separator = separator;
        this.row = new CsvRow(HEADER_WIDTH);
        this.columns = new FieldStrings[0];
        this.candidateColumn = -1;
        this.read = new boolean[0];
        this.values = null;
        this.at = stretch.start();
        this.line = 1;
    }

    /** The fields of a header row that are kept (as the parser's reading of it keeps them). */
    private static final int HEADER_WIDTH = 256;

    /**
     * The first row of the file's {@code size} bytes that is not blank (after a byte-order mark), as the parser reads
     * it: the header. A row of no fields when the file has none; null when the text up to it is not plain (the parser
     * must read it).
     */
    static CsvRow header(FileChannel file, long size, char separator) throws IOException {
        PlainCsv p = new PlainCsv(file, new SharedStretch(new CsvSplit.Stretch(0, size, 0)), separator);
        p.fill();
        p.passOverByteOrderMark();
        while (true) {
            int after = p.scan();
            if (after == NOT_PLAIN) {
                return null;
            }
            if (after == MORE) {
                if (p.end) {
                    p.row.start(p.line);
                    return p.row; // no row that is not blank
                }
                p.refill();
                continue;
            }
            p.next = after;
            if (!p.row.blank()) {
                return p.row;
            }
        }
    }

    /**
     * Reads the stretch's rows into {@code part} (after the header, when the stretch starts the file); false, with
     * {@code part} half filled, when the stretch is not plain, or has a malformed row and {@code stopAtBadRow}: the
     * parser must read it instead.
     */
    static boolean read(FileChannel file, SharedStretch stretch, char separator, CsvHeader header, String name,
            CsvPart part, boolean stopAtBadRow) throws IOException {
        return new PlainCsv(file, stretch, separator, header, part.values).read(part.new Adder(header, name, 0), part,
                stopAtBadRow);
    }

    private boolean read(CsvPart.Adder adder, CsvPart part, boolean stopAtBadRow) throws IOException {
        long lines = line;
        fill();
        if (stretch.start() == 0) {
            // a byte-order mark says how the text is encoded; then the header row, read already
            passOverByteOrderMark();
            if (!skipRow()) {
                return false;
            }
        }
        while (true) {
            int after = scan();
            if (after == NOT_PLAIN) {
                return false;
            }
            if (after == MORE) {
                if (end) {
                    break; // nothing after the last line break
                }
                refill();
                continue;
            }
            next = after;
            if (!adder.add(row) && stopAtBadRow) {
                // which comes first, a bad row or a bad byte after it, is the parser's to say (as it reads ahead)
                return false;
            }
        }
        // the lines the stretch holds, as the parser counts them: its line breaks
        part.lines = line - lines;
        return true;
    }

    private static final int MORE = -1;
    private static final int NOT_PLAIN = -2;

    /**
     * Reads the row at {@link #next} into {@link #row}: the index after its line break (or the end of the text, for a
     * last row without one); {@link #MORE} when the buffer ends before the row does, or holds no row at the end;
     * {@link #NOT_PLAIN}.
     */
    private int scan() {
        byte[] b = buffer;
        int n = limit;
        int from = next;
        char sep = separator;
        row.start(line);
        int field = from;
        int column = 0;
        boolean ascii = true;
        int i = from;
        while (true) {
            // most bytes are printable ASCII inside a field: passed over with two comparisons (the line break after
            // the block's last byte ends the loop there: a test of the block's end for every byte would be false a
            // million times for each time it is true, and the optimising compiler leaves out what it never saw)
            byte c;
            while ((c = b[i]) > '"' && c != sep) {
                i++;
            }
            if (i == n) {
                if (!end || i == from) {
                    return MORE; // cut by the block's end, or nothing after the last line break
                }
                // the last row, with no line break after it
                return field(column, field, i, ascii) ? n : NOT_PLAIN;
            }
            c = b[i];
            if (c == sep) {
                if (!field(column++, field, i, ascii)) {
                    return NOT_PLAIN;
                }
                field = ++i;
                ascii = true;
            } else if (c == '\n' || c == '\r') {
                int after = i + 1;
                if (c == '\r') {
                    if (after == n && !end) {
                        return MORE; // a `\n` may follow in the next block
                    }
                    if (after < n && b[after] == '\n') {
                        after++;
                    }
                }
                if (!field(column, field, i, ascii)) {
                    return NOT_PLAIN;
                }
                line++;
                return after;
            } else if (c == '"') {
                return NOT_PLAIN;
            } else if (c < 0) {
                int length = Utf8.sequence(b, i, n);
                if (length == 0) {
                    return end ? NOT_PLAIN : MORE; // cut by the block's end, or not UTF-8
                }
                if (length < 0) {
                    return NOT_PLAIN;
                }
                ascii = false;
                i += length;
            } else {
                i++; // a space, a tab, `!` or another control character: text like any other
            }
        }
    }

    /** Field {@code column} of the row: the bytes [from, to); false when it is longer than the parser reads. */
    private boolean field(int column, int from, int to, boolean ascii) {
        if (to - from > LONGEST) {
            return false; // the parser refuses it, at its line
        }
        if (column >= columns.length) {
            row.add(FieldStrings.make(buffer, from, to, ascii));
            return true;
        }
        if (column == candidateColumn) {
            row.add(candidate(from, to, ascii));
            return true;
        }
        FieldStrings strings = columns[column];
        if (strings == null) {
            strings = columns[column] = new FieldStrings();
        }
        String s = strings.of(buffer, from, to, ascii);
        int value = -1;
        if (read[column] && strings.lastRemembered()) {
            // the value's number, found once per distinct field of a column the rows' tuples hold
            value = strings.lastNumber();
            if (value < 0) {
                value = values.intern(s.strip());
                strings.numberLast(value);
            }
        }
        row.add(s, value);
        return true;
    }

    private String candidate(int from, int to, boolean ascii) {
        int n = to - from;
        if (n == lastIdLength && Bytes.same(lastId, 0, buffer, from, n)) {
            return lastIdString;
        }
        if (n > lastId.length) {
            lastId = new byte[Math.max(n, 2 * lastId.length)];
        }
        System.arraycopy(buffer, from, lastId, 0, n);
        lastIdLength = n;
        lastIdString = FieldStrings.make(buffer, from, to, ascii);
        return lastIdString;
    }

    /** Passes over the first row (the header); false when it is not plain. */
    private boolean skipRow() throws IOException {
        while (true) {
            int after = scan();
            if (after == NOT_PLAIN) {
                return false;
            }
            if (after != MORE) {
                next = after;
                return true;
            }
            if (end) {
                return true;
            }
            refill();
        }
    }

    /** At the file's start, a byte-order mark (EF BB BF) is not text: scanning starts after it. */
    private void passOverByteOrderMark() {
        if (limit >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
            next = 3;
        }
    }

    /** Reads the first block. */
    private void fill() throws IOException {
        limit = 0;
        next = 0;
        load();
    }

    /** Keeps the unread rest of the buffer (a row cut by its end), moved to its start, and reads more after it. */
    private void refill() throws IOException {
        int rest = limit - next;
        // a row longer than the buffer doubles it; after the first, small block, blocks are of full size
        int size = next == 0 ? buffer.length * 2 : Math.max(buffer.length, BLOCK);
        byte[] to = size == buffer.length ? buffer : new byte[size];
        System.arraycopy(buffer, next, to, 0, rest);
        buffer = to;
        at += next;
        limit = rest;
        next = 0;
        load();
    }

    /**
     * Reads more of the stretch after the buffer's {@link #limit} (as much as the buffer has room for, claimed first:
     * another thread may take the stretch's unclaimed end), and puts a line break after the last byte read.
     */
    private void load() throws IOException {
        int room = buffer.length - 1; // the last byte is for the line break that ends scanning there
        long want = stretch.claim(at + room) - (at + limit);
        boolean gone = false;
        while (limit < room && want > 0) {
            int n = file.read(ByteBuffer.wrap(buffer, limit, (int) Math.min(room - limit, want)), at + limit);
            if (n <= 0) {
                gone = true; // the file is shorter than it was: what there is, is all
                break;
            }
            limit += n;
            want -= n;
        }
        end = gone || want <= 0 && stretch.claimedAll();
        buffer[limit] = '\n';
    }
}
