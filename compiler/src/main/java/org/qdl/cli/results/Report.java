package org.qdl.cli.results;

import java.util.List;
import org.qdl.runtime.result.Result;

/**
 * How results are written: a header, then the results chunk by chunk in input order, then a footer. Chunks
 * are rendered in parallel, so {@link #render} must be pure.
 */
public interface Report {
    String header();

    /** The text of consecutive results. Thread-safe. */
    String render(List<Result> results);

    /** {@link #render} as UTF-8 (a report may write its bytes without making the text first). Thread-safe. */
    default byte[] renderUtf8(List<Result> results) {
        return render(results).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Written between the texts of two chunks. */
    default String separator() {
        return "";
    }

    String footer(Summary summary);

    /** What every report may say at its end. */
    record Summary(long candidates, long achieved, long skippedRows, long undecided) {
        public Summary(long candidates, long achieved, long skippedRows) {
            this(candidates, achieved, skippedRows, 0);
        }

        /** Candidates not achieved, the undecided among them. */
        public long notAchieved() {
            return candidates - achieved;
        }
    }
}
