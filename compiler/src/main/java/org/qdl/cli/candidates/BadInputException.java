package org.qdl.cli.candidates;

/**
 * A candidate file that cannot be read as candidates: malformed JSON, a CSV row with the wrong number of
 * fields, a candidate without an id. The message names the file, the line (and column where known) and what
 * is wrong, as {@code FILE:LINE[:COLUMN]: what}.
 */
public class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message, null, false, false);
    }
}
