package org.qdl.runtime.engine;

/**
 * The exact search used up its step budget ({@link EvaluationOptions#searchSteps()}) before it could decide. An
 * evaluation turns it into a result marked undecided ({@link org.qdl.runtime.result.Problem#UNDECIDED}); a caller
 * of {@link CompiledQualification#isAchieved} sees it as this exception and decides what an unknown answer means
 * for it. Carries no stack trace: it is an outcome, not a bug.
 */
public final class UndecidedException extends RuntimeException {
    private final long steps;

    UndecidedException(long steps) {
        super("the search could not decide within ".concat(Long.toString(steps)).concat(steps == 1 ? " step" : " steps")
                .concat(": the rules let the units combine in too many ways to try them all"), null, false, false);
        this.steps = steps;
    }

    /** The budget that was used up. */
    public long steps() {
        return steps;
    }
}
