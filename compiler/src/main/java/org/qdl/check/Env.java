package org.qdl.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.qdl.model.Framework;
import org.qdl.model.Level;
import org.qdl.model.Scale;
import org.qdl.model.Unit;

/** What the checker's phases share: the declarations, the diagnostics, and what earlier phases resolved. */
final class Env {
    final Declarations decls;
    final Diagnostics out;
    Optional<Framework> framework = Optional.empty();
    Optional<Level> qualificationLevel = Optional.empty();
    boolean frameworkMissingReported;
    final Map<String, Scale> scales = new LinkedHashMap<>();
    final Map<String, Unit> units = new LinkedHashMap<>();
    /** Every unit of each group, unions flattened, in order. */
    final Map<String, java.util.List<String>> groupUnits = new LinkedHashMap<>();

    Env(Declarations decls, Diagnostics out) {
        this.decls = decls;
        this.out = out;
    }
}
