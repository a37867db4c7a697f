package org.qdl.runtime.ir;

import java.math.BigDecimal;
import java.util.List;

/**
 * One rule of combination, resolved.
 *
 * <p>{@code counting} is {@code "assigned"} for a rule that takes units for itself (`2 units from group A`,
 * `1 further unit from any of groups B, C, D and E`): a unit counts for at most one such rule. It is
 * {@code "all"} for a rule over everything counted (`at least 7 units in total`, `at least 40 credits at level 3
 * or above`, `at most 10 credits from group C`, barred units). The minimums of an assigned rule are met by the
 * units assigned to it; every maximum bounds all counted units in the rule's pool.
 *
 * <p>{@code pool} lists the units the rule looks at; {@code null} means every unit of the qualification.
 * {@code text} is the rule as the spec says it; {@code scopeText} the words after its amount ("from group C",
 * "at level 3 or above", "in total"), for messages such as "1 more unit from group C".
 */
public record IrRule(
        String id,
        String text,
        String scopeText,
        String counting,
        List<String> groups,
        List<String> pool,
        IrLevelFilter level,
        IrBounds units,
        IrBounds credits,
        List<IrInclusion> including,
        boolean further,
        IrSource source) {

    public static final String ASSIGNED = "assigned";
    public static final String ALL = "all";

    public IrRule {
        groups = IrDocument.nonNull(groups);
        pool = pool == null ? null : List.copyOf(pool);
        including = IrDocument.nonNull(including);
    }

    /** A minimum and a maximum, either absent. */
    public record IrBounds(BigDecimal min, BigDecimal max) {
    }

    /** Only units at a level: {@code op} is "eq", "ge" or "le", compared by rank. */
    public record IrLevelFilter(String op, int rank, String label) {
    }

    /** At least {@code min} of these units must be among the rule's units. */
    public record IrInclusion(List<String> anyOf, int min) {
        public IrInclusion {
            anyOf = IrDocument.nonNull(anyOf);
        }
    }
}
