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
 * @param hours for {@link Kind#MORE} of a rule on hours: how many more hours of {@code hoursOf} (the least that
 *     would do), else 0
 * @param hoursOf which hours {@code hours} counts, or null
 */
public record Shortfall(String requirement, Kind kind, int units, BigDecimal credits, List<String> options,
        BigDecimal hours, Hours hoursOf) {

    public Shortfall {
        options = List.copyOf(options);
        hours = hours == null ? BigDecimal.ZERO : hours;
    }

    public Shortfall(String requirement, Kind kind, int units, BigDecimal credits, List<String> options) {
        this(requirement, kind, units, credits, options, BigDecimal.ZERO, null);
    }

    /** Hours a rule can count instead of credits: guided learning hours, total qualification time. */
    public enum Hours {
        GLH("glh"), TQT("tqt");

        private final String field;

        Hours(String field) {
            this.field = field;
        }

        /** The name of the field in JSON, and the spec's word: `glh`, `tqt`. */
        public String field() {
            return field;
        }
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
