package org.qdl.runtime.ir;

/** A level as the spec says it ("Entry 3", "5", "advanced") and its rank in the framework (higher is higher). */
public record IrLevel(String label, int rank) {
}
