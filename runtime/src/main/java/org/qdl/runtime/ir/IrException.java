package org.qdl.runtime.ir;

/** An IR document that cannot be used: not JSON, another format version, or not what the schema describes. */
public final class IrException extends Exception {
    private static final long serialVersionUID = 1L;

    public IrException(String message) {
        super(message);
    }

    public IrException(String message, Throwable cause) {
        super(message, cause);
    }
}
