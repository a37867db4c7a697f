package org.qdl.model;

import java.util.Map;
import java.util.Optional;
import org.qdl.syntax.Span;

/** Where names were declared: what a message about the whole qualification, or about one unit, points at. */
public record Sites(Optional<Span> qualificationName, Map<String, Span> unitNames) {
    public static final Sites NONE = new Sites(Optional.empty(), Map.of());

    public Sites {
        unitNames = Map.copyOf(unitNames);
    }

    public Span qualification(Qualification q) {
        return qualificationName.orElse(q.span());
    }

    public Span unit(Unit u) {
        return unitNames.getOrDefault(u.ref(), u.span());
    }
}
