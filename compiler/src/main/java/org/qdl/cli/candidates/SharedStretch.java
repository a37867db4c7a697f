package org.qdl.cli.candidates;

import java.io.IOException;
import java.nio.channels.FileChannel;

/**
 * A stretch of a file being read by one thread, whose unread end another thread may take. The reader claims the
 * bytes it is about to read, a block at a time; a thread with nothing left to read cuts off the second half of what
 * is not yet claimed, at a line start, and reads that itself. So the threads finish nearly together, however unevenly
 * they went (on two cores, the thread that shares its core with the spec's compiling at the start used to read on
 * alone at the end, for a tenth of the reading). A cut never falls below a claim, so no byte is read twice.
 */
final class SharedStretch {
    private final long start;
    private final long linesBefore;
    /** Guarded by this: the stretch ends here, and its reader has claimed the bytes before {@link #claimed}. */
    private long end;
    private long claimed;
    /** Guarded by this: no more is cut off (its reading failed, or no line starts where a cut would go). */
    private boolean kept;

    /** The longest line looked through for a place to cut: a learner's row is a few dozen bytes. */
    private static final long LINE = 1 << 16;

    SharedStretch(CsvSplit.Stretch s) {
        this.start = s.start();
        this.end = s.end();
        this.claimed = s.start();
        this.linesBefore = s.linesBefore();
    }

    long start() {
        return start;
    }

    long linesBefore() {
        return linesBefore;
    }

    /** The reader's claim: the bytes up to {@code upTo}, or to the stretch's end if that comes first; where it ends. */
    synchronized long claim(long upTo) {
        claimed = Math.max(claimed, Math.min(upTo, end));
        return claimed;
    }

    /** Whether every byte is claimed: so it stays, since a cut falls only after the claimed bytes. */
    synchronized boolean claimedAll() {
        return claimed >= end;
    }

    /** The bytes another thread may still take: the unclaimed ones, unless the stretch is {@link #keep kept}. */
    synchronized long shareable() {
        return kept ? 0 : end - claimed;
    }

    /** No more is cut off: its reader reads what is left. */
    synchronized void keep() {
        kept = true;
    }

    /** The stretch as it now ends, claimed whole: for a reader that reads it in one go (the parser), uncut from now on. */
    synchronized CsvSplit.Stretch whole() {
        claimed = end;
        return new CsvSplit.Stretch(start, end, linesBefore);
    }

    /**
     * Cuts off the second half of the unclaimed bytes, at the first line start after their middle, when at least
     * {@code least} bytes are unclaimed: the part cut off, which now ends where this did (its lines before it are not
     * counted: 0). Null when there is too little left, or the reader claimed past the cut meanwhile, or another
     * thread cut below it; and when no line starts within {@link #LINE} bytes after the middle (lines ended by a lone
     * `\r`, or one very long line), after which the stretch is {@link #keep kept}.
     */
    SharedStretch cutOff(FileChannel file, long least) throws IOException {
        long from;
        long to;
        synchronized (this) {
            if (kept) {
                return null;
            }
            from = claimed;
            to = end;
        }
        if (to - from < least) {
            return null;
        }
        // the file is read outside the lock, which the reader takes for every block
        long middle = from + (to - from) / 2;
        long cut = CsvSplit.lineStartAfter(file, middle, Math.min(to, middle + LINE));
        if (cut < 0) {
            keep();
            return null;
        }
        return cutAt(cut);
    }

    /** Cuts off the bytes from {@code cut} (a line start) to the end, unless they are claimed or cut off already. */
    synchronized SharedStretch cutAt(long cut) {
        if (kept || cut <= claimed || cut >= end) {
            return null;
        }
        SharedStretch taken = new SharedStretch(new CsvSplit.Stretch(cut, end, 0));
        end = cut;
        return taken;
    }
}
