package org.qdl.model;

/**
 * A level in a framework: {@code label} as a reader says it ("Entry 3", "5", "advanced"), {@code rank} its
 * position in the framework (higher is higher), {@code framework} the framework's name.
 */
public record Level(String label, int rank, String framework) {
}
