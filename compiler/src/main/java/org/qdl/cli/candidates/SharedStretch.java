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

    /** The bytes not yet claimed. */
    synchronized long unclaimed() {
        return end - claimed;
    }

    /** The stretch as it now ends, claimed whole: for a reader that reads it in one go (the parser), uncut from now on. */
    synchronized CsvSplit.Stretch whole() {
        claimed = end;
        return new CsvSplit.Stretch(start, end, linesBefore);
    }

    /**
     * Cuts off the second half of the unclaimed bytes, at the first line start after their middle, when at least
     * {@code least} bytes are unclaimed: the part cut off, which now ends where this did (its lines before it are not
     * counted: 0), or null when there is too little left, no line start, or the reader claimed past the cut meanwhile.
     */
    SharedStretch cutOff(FileChannel file, long least) throws IOException {
        long from;
        long to;
        synchronized (this) {
            from = claimed;
            to = end;
        }
        if (to - from < least) {
            return null;
        }
        // the file is read outside the lock, which the reader takes for every block
        long cut = CsvSplit.lineStartAfter(file, from + (to - from) / 2, to);
        synchronized (this) {
            if (cut < 0 || cut <= claimed || cut >= end) {
                return null;
            }
            SharedStretch taken = new SharedStretch(new CsvSplit.Stretch(cut, end, 0));
            end = cut;
            return taken;
        }
    }
}
