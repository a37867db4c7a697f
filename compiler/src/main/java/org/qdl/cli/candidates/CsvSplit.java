package org.qdl.cli.candidates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a large CSV file can be cut into stretches that parse on their own: at a line break outside quotes.
 * In CSV every `"` toggles quoting (an escaped `""` toggles twice), so a line break ends a row exactly when an
 * even number of quotes precede it. One pass counts quotes and lines.
 */
final class CsvSplit {
    /** A stretch: its bytes [start, end) and the number of lines before it. */
    record Stretch(long start, long end, long linesBefore) {
    }

    private CsvSplit() {
    }

    /** Cuts {@code [from, size)} of the file into about {@code parts} stretches. */
    static List<Stretch> of(FileChannel file, long from, long size, int parts, long linesBeforeFrom) throws IOException {
        List<Stretch> out = new ArrayList<>();
        long target = from + (size - from) / parts;
        long start = from;
        long lines = linesBeforeFrom;
        long startLines = lines;
        boolean quoted = false;
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
        long position = from;
        while (position < size && out.size() < parts - 1) {
            buffer.clear();
            int n = file.read(buffer, position);
            if (n <= 0) {
                break;
            }
            byte[] bytes = buffer.array();
            for (int i = 0; i < n; i++) {
                byte b = bytes[i];
                if (b == '"') {
                    quoted = !quoted;
                } else if (b == '\n') {
                    lines++;
                    long cut = position + i + 1;
                    if (!quoted && cut >= target && out.size() < parts - 1) {
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
