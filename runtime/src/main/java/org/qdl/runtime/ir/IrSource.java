package org.qdl.runtime.ir;

/** Where in the QDL source something was written, so that results can point back to it. */
public record IrSource(String file, int line, int column) {
}
