package org.qdl.cli.candidates;

import java.io.IOException;

/** Candidates read from a file or stdin, in input order, a chunk at a time. */
public interface CandidateSource extends AutoCloseable {
    /** At most {@code max} further candidates, or null at the end of the input. */
    Chunk next(int max) throws IOException, BadInputException;

    /**
     * True when the input is read as it is evaluated, so that a malformed part may come after results have been
     * produced; false when the whole input has been read (and checked) before the first chunk.
     */
    boolean streaming();

    @Override
    void close() throws IOException;
}
