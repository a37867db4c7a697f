package org.qdl.check;

import java.util.Optional;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.model.Framework;
import org.qdl.model.Level;
import org.qdl.syntax.tree.LevelValue;

/** Written levels resolved against the qualification's framework. */
final class Levels {
    private Levels() {
    }

    static Optional<Level> resolve(Env env, LevelValue value) {
        if (env.framework.isEmpty()) {
            if (env.decls.qualification.isPresent() && !env.frameworkMissingReported) {
                env.frameworkMissingReported = true;
                env.out.add(Diagnostic.of(Code.Q0115, value.span(), "level " + value.display()
                        + " needs a framework, and the qualification names none").withLabel("a level of what?")
                        .withHelp("add `framework RQF` (or SCQF, EQF, or one you declare) to the qualification"));
            }
            return Optional.empty();
        }
        Framework f = env.framework.get();
        Optional<Level> level = Frameworks.resolve(f, value);
        if (level.isEmpty()) {
            env.out.add(Diagnostic.of(Code.Q0109, value.span(), "level " + value.display() + " is not a level of "
                    + f.name()).withLabel("outside " + f.name())
                    .withHelp(f.name() + " has levels " + Frameworks.describe(f)));
        }
        return level;
    }
}
