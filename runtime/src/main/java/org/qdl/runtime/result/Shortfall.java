package org.qdl.runtime.result;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one requirement still needs, as facts for a renderer to word.
 *
 * @param requirement the rule's stable id ("" for {@link Kind#UNREACHABLE})
 * @param kind what is missing
 * @param units for {@link Kind#MORE}: how many more units (the least that would do), else 0
 * @param credits for {@link Kind#MORE}: how many more credits (the least that would do), else 0
 * @param options the units that could fill it, in the spec's order: for {@link Kind#INCLUDE}, the units the rule
 *     must include one of
 */
public record Shortfall(String requirement, Kind kind, int units, BigDecimal credits, List<String> options) {

    public Shortfall {
        options = List.copyOf(options);
    }

    public enum Kind {
        /** more units and/or credits from the rule's units */
        MORE,
        /** the rule must include one of {@code options} */
        INCLUDE,
        /** no combination of the qualification's units meets its rules, whatever the candidate adds */
        UNREACHABLE
    }
}
