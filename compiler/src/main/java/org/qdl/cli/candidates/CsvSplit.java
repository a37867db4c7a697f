package org.qdl.cli.candidates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a large CSV file can be cut into stretches that parse on their own: at a line break outside quotes. A `"`
 * opens a quoted field only where a field starts (in `a"b` it is a character of the field, as the parser reads
 * it), and inside one `""` is a quote; counting every `"` would put a stray one out of step with the parser and
 * cut inside a later quoted field. One pass follows the fields and counts lines; {@link #guess} cuts without it.
 */
final class CsvSplit {
    /** A stretch: its bytes [start, end) and the number of lines before it. */
    record Stretch(long start, long end, long linesBefore) {
    }

    private CsvSplit() {
    }

    /** Cuts the file's {@code size} bytes into about {@code parts} stretches. */
    static List<Stretch> of(FileChannel file, long size, int parts) throws IOException {
        List<Stretch> out = new ArrayList<>();
        long target = size / parts;
        long start = 0;
        long lines = 0;
        long startLines = lines;
        int state = FIELD_START;
        long lastCr = -2;
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
        long position = 0;
        while (position < size && out.size() < parts - 1) {
            buffer.clear();
            int n = file.read(buffer, position);
            if (n <= 0) {
                break;
            }
            byte[] bytes = buffer.array();
            for (int i = 0; i < n; i++) {
                byte b = bytes[i];
                // most bytes are inside a field and change nothing: passed over with the fewest comparisons
                if (b != '\n' && b != '\r' && (state == UNQUOTED && b != ',' || state == QUOTED && b != '"')) {
                    continue;
                }
                state = next(state, b);
                // lines as the parser counts them: `\n`, `\r\n` or a lone `\r`
                if (b == '\r') {
                    lines++;
                    lastCr = position + i;
                } else if (b == '\n' && lastCr != position + i - 1) {
                    lines++;
                }
                if (b == '\n') {
                    long cut = position + i + 1;
                    if (state == FIELD_START && cut >= target && out.size() < parts - 1 && !markAt(file, cut)) {
                        out.add(new Stretch(start, cut, startLines));
                        start = cut;
                        startLines = lines;
                        target = cut + (size - cut) / (parts - out.size());
                    }
                }
            }
            position += n;
        }
        out.add(new Stretch(start, size, startLines));
        return out;
    }

    /**
     * Cuts {@code [0, size)} after the first `\n` at or after each of {@code parts} equal shares, without following
     * quotes: one read of a few bytes a cut. Right unless a cut falls inside a quoted field, and then the stretch
     * before it ends inside that field, which the parser refuses. Lines before a stretch are not counted (0).
     */
    static List<Stretch> guess(FileChannel file, long size, int parts) throws IOException {
        List<Stretch> out = new ArrayList<>();
        long start = 0;
        for (int k = 1; k < parts; k++) {
            long cut = lineStartAfter(file, Math.max(start, size / parts * k), size);
            if (cut < 0) {
                break;
            }
            out.add(new Stretch(start, cut, 0));
            start = cut;
        }
        out.add(new Stretch(start, size, 0));
        return out;
    }

    /**
     * Where the first line after {@code position} starts (after a `\n`, not before a byte-order mark), if it starts
     * before {@code limit}; else -1. Quotes are not followed: the line may start inside a quoted field.
     */
    static long lineStartAfter(FileChannel file, long position, long limit) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        while (position < limit) {
            buffer.clear();
            int n = file.read(buffer, position);
            if (n <= 0) {
                return -1;
            }
            byte[] bytes = buffer.array();
            for (int i = 0; i < n; i++) {
                long cut = position + i + 1;
                if (bytes[i] == '\n' && cut < limit && !markAt(file, cut)) {
                    return cut;
                }
            }
            position += n;
        }
        return -1;
    }

    /**
     * Whether the bytes at {@code position} are a byte-order mark (EF BB BF). The parser drops one at the start of
     * any stretch, where reading the file in one go keeps it as a character of the row, so no cut goes there.
     */
    private static boolean markAt(FileChannel file, long position) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(3);
        while (head.hasRemaining() && file.read(head, position + head.position()) > 0) {
            // read the three bytes, or as many as the file has
        }
        return head.position() == 3 && (head.get(0) & 0xFF) == 0xEF && (head.get(1) & 0xFF) == 0xBB
                && (head.get(2) & 0xFF) == 0xBF;
    }

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int AFTER_QUOTE = 3;

    /**
     * Where the parser is after byte {@code b}: a line break outside quotes leaves it at a field's start (`\r` ends
     * a line as `\n` does; the file is cut only after a `\n`).
     */
    private static int next(int state, byte b) {
        boolean ends = b == ',' || b == '\n' || b == '\r';
        switch (state) {
            case QUOTED:
                return b == '"' ? AFTER_QUOTE : QUOTED;
            case AFTER_QUOTE:
                if (b == '"') {
                    return QUOTED; // `""`: a quote inside the field
                }
                return ends ? FIELD_START : AFTER_QUOTE; // spaces before the separator
            case FIELD_START:
                if (b == '"') {
                    return QUOTED;
                }
                return ends ? FIELD_START : UNQUOTED;
            default:
                return ends ? FIELD_START : UNQUOTED;
        }
    }

    /** The bytes of a stretch as a stream, read straight from the file. */
    static InputStream stream(FileChannel file, Stretch s) {
        return new InputStream() {
            private long position = s.start();

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (position >= s.end()) {
                    return -1;
                }
                int n = file.read(ByteBuffer.wrap(b, off, (int) Math.min(len, s.end() - position)), position);
                if (n > 0) {
                    position += n;
                }
                return n;
            }
        };
    }
}
