package org.qdl.runtime.ir;

import java.util.List;

/**
 * A smaller qualification of the same suite (since IR 2.3): `smaller qualification certificate "…" { rules }` (Award ⊂
 * Certificate ⊂ Diploma). Its rules alone, over the same units, make it: the qualification's own rules do not apply.
 * A learner who does not achieve the qualification is told the first smaller qualification, in the order written
 * (the largest first), whose rules they meet. {@code grading} (since IR 2.4, may be null: ungraded) is its own
 * grading, read as the qualification's is; a smaller qualification whose grading says `otherwise not achieved` is
 * achieved only at one of its grades.
 */
public record IrSmaller(String id, String title, List<IrRule> rules, IrSource source, IrGrading grading) {

    public IrSmaller {
        rules = IrDocument.nonNull(rules);
    }

    public IrSmaller(String id, String title, List<IrRule> rules, IrSource source) {
        this(id, title, rules, source, null);
    }
}
