package org.qdl.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.qdl.syntax.Span;

/**
 * A rule of combination, resolved.
 *
 * <p>What a rule means for a candidate (which rules claim units for themselves, which bound everything counted)
 * is decided in one place, {@code org.qdl.lower.Lowering}. {@code pool} lists the units the rule looks at, empty
 * when it looks at every unit of the qualification; level filters are not applied to it.
 *
 * @param id the stable id: the author's label, or one made from the rule's words
 * @param text the rule as the spec writes it, canonically
 */
public record Rule(
        String id,
        Optional<String> label,
        Kind kind,
        Optional<Amount> units,
        Optional<Amount> credits,
        boolean further,
        Optional<LevelFilter> level,
        Scope scope,
        List<String> pool,
        List<Inclusion> including,
        boolean shared,
        String text,
        Span span) {

    public Rule {
        pool = List.copyOf(pool);
        including = List.copyOf(including);
    }

    public enum Kind {
        /** all units from a group */
        ALL,
        /** an amount of units and/or credits */
        AMOUNT,
        /** at most one of a set of units counts */
        BARRED,
        /** units that are the same unit by different routes: either does, and it counts once */
        EQUIVALENT
    }

    /** An amount as written: `1`, `at least 2`, `at most 10`, `exactly 3`, `3 to 5`. */
    public record Amount(Bound bound, BigDecimal low, Optional<BigDecimal> high) {
        public Optional<BigDecimal> min() {
            return bound == Bound.AT_MOST ? Optional.empty() : Optional.of(low);
        }

        public Optional<BigDecimal> max() {
            if (high.isPresent()) {
                return high;
            }
            return bound == Bound.AT_MOST || bound == Bound.EXACTLY ? Optional.of(low) : Optional.empty();
        }
    }

    public enum Bound { PLAIN, AT_LEAST, AT_MOST, EXACTLY }

    /** Only units at a level: exactly, or at or above, or at or below. */
    public record LevelFilter(Level level, Condition.Direction direction, boolean qualificationLevel) {
    }

    /** Where a rule looks. */
    public record Scope(ScopeKind kind, List<String> names) {
        public Scope {
            names = List.copyOf(names);
        }
    }

    public enum ScopeKind {
        /** every counted unit */
        TOTAL,
        /** the union of groups */
        GROUPS,
        /** the union of groups, said "any of groups B, C, D and E" */
        ANY_OF_GROUPS,
        /** each group separately */
        EACH_OF_GROUPS,
        /** listed units */
        UNITS
    }

    /** `including X` or `including one of X, Y`. */
    public record Inclusion(boolean oneOf, List<String> units) {
        public Inclusion {
            units = List.copyOf(units);
        }
    }
}
