package org.qdl.cli.spectest;

/** An expectation the engine did not meet: the fact, what the test file says, what came out. */
public record Mismatch(Fact fact, String expected, String got) {
}
