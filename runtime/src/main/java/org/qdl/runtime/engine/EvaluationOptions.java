package org.qdl.runtime.engine;

/**
 * How to evaluate: {@code whatIf} counts units marked `planned` as if achieved, to say whether a plan would
 * achieve the qualification if completed.
 */
public record EvaluationOptions(boolean whatIf) {
    public static final EvaluationOptions DEFAULT = new EvaluationOptions(false);
}
