package org.qdl.prove;

import java.util.List;
import java.util.Set;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.model.Qualification;
import org.qdl.model.Sites;
import org.qdl.model.Unit;
import org.qdl.runtime.engine.CompiledQualification;

/** Warns of units that no rule can count, as the engine reads the lowered rules. */
final class Countable {
    private final Qualification q;
    private final CompiledQualification compiled;
    private final Sites sites;
    private final List<Diagnostic> out;

    Countable(Qualification q, CompiledQualification compiled, Sites sites, List<Diagnostic> out) {
        this.q = q;
        this.compiled = compiled;
        this.sites = sites;
        this.out = out;
    }

    void run() {
        Set<String> countable = compiled.countableUnits();
        for (Unit u : q.units()) {
            if (!countable.contains(u.ref())) {
                out.add(Diagnostic.of(Code.Q0310, sites.unit(u), "no rule can count unit `" + u.ref() + "`")
                        .withLabel("never counted")
                        .withHelp("add it to a group a rule takes units from, or add a rule in total"));
            }
        }
    }
}
