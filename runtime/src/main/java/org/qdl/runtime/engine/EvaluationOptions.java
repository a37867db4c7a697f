package org.qdl.runtime.engine;

/**
 * How to evaluate: {@code whatIf} counts units marked `planned` as if achieved, to say whether a plan would
 * achieve the qualification if completed; {@code searchSteps} bounds the exact search for each candidate (see
 * {@link SearchBudget}): a candidate it cannot decide within them gets a result marked undecided; {@code advise}
 * works out, for a candidate not yet achieved, the ways to complete the qualification ({@code Result.advice}).
 * Without it (the default) a result is the same but for its advice, which is null: the shortfalls' options are
 * always units that lie in some minimal completion. Advice costs a search per learner not achieved (BENCHMARKS.md):
 * ask for it where it is shown. {@code on} is the evaluation date (ISO), or null: an attempt dated after it has not
 * happened, and a registration whose period ended before it is reported as ended (never the wall clock, so that a
 * result can be reproduced).
 */
public record EvaluationOptions(boolean whatIf, long searchSteps, boolean advise, String on) {
    /**
     * The default budget: every real qualification and every learner of the benchmarks is decided in a small
     * fraction of it; used up, it is about a second of one core and well under 512 MB (BENCHMARKS.md).
     */
    public static final long DEFAULT_SEARCH_STEPS = 1_000_000;
    public static final EvaluationOptions DEFAULT = new EvaluationOptions(false);

    public EvaluationOptions {
        if (searchSteps < 1) {
            throw new IllegalArgumentException(
                    "the search budget must be at least 1 step, not ".concat(Long.toString(searchSteps)));
        }
        if (on != null && org.qdl.runtime.text.Days.of(on) == org.qdl.runtime.text.Days.NONE) {
            throw new IllegalArgumentException("the evaluation date must be an ISO date (yyyy-mm-dd), not ".concat(on));
        }
    }

    public EvaluationOptions(boolean whatIf, long searchSteps, boolean advise) {
        this(whatIf, searchSteps, advise, null);
    }

    /** The same options, evaluated on {@code date} (ISO; null for no date). */
    public EvaluationOptions on(String date) {
        return new EvaluationOptions(whatIf, searchSteps, advise, date);
    }

    /** Without advice: a class of a million learners pays only for its verdicts (BENCHMARKS.md). */
    public EvaluationOptions(boolean whatIf, long searchSteps) {
        this(whatIf, searchSteps, false);
    }

    public EvaluationOptions(boolean whatIf) {
        this(whatIf, DEFAULT_SEARCH_STEPS);
    }

    /** The same options, with advice or without. */
    public EvaluationOptions withAdvice(boolean on) {
        return new EvaluationOptions(whatIf, searchSteps, on, this.on);
    }
}
