package org.qdl.cli.spectest;

/** One stated outcome of a case: which fact, and its expected value in {@link Fact}'s canonical words. */
public record Expectation(Fact fact, String expected) {
}
