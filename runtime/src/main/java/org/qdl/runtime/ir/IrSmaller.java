package org.qdl.runtime.ir;

import java.util.List;

/**
 * A smaller qualification of the same suite (since IR 2.3): `smaller qualification certificate "…" { rules }` (Award ⊂
 * Certificate ⊂ Diploma). Its rules alone, over the same units, make it: the qualification's own rules do not apply.
 * A learner who does not achieve the qualification is told the first smaller qualification, in the order written
 * (the largest first), whose rules they meet.
 */
public record IrSmaller(String id, String title, List<IrRule> rules, IrSource source) {

    public IrSmaller {
        rules = IrDocument.nonNull(rules);
    }
}
