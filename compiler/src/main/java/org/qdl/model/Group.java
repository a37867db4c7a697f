package org.qdl.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.qdl.syntax.Span;

/**
 * A group: {@code units} are all its units (a union group's include its member groups'), {@code directUnits}
 * those listed in it, {@code memberGroups} the groups it is the union of.
 */
public record Group(String name, Optional<String> title, List<String> units, List<String> directUnits,
        List<String> memberGroups, Optional<BigDecimal> declaredCredit, List<Section> sections, Span span) {

    public Group {
        units = List.copyOf(units);
        directUnits = List.copyOf(directUnits);
        memberGroups = List.copyOf(memberGroups);
        sections = List.copyOf(sections);
    }
}
