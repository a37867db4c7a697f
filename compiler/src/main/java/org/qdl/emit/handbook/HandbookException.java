package org.qdl.emit.handbook;

/** The handbook could not be rendered; the message says why in the user's words (the template and line, the path). */
public final class HandbookException extends Exception {
    private static final long serialVersionUID = 1L;

    public HandbookException(String message) {
        super(message);
    }

    public HandbookException(String message, Throwable cause) {
        super(message, cause);
    }
}
