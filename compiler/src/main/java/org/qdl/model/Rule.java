package org.qdl.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.qdl.syntax.Span;

/**
 * A rule of combination, resolved: one of four closed kinds. Code that treats every kind uses a {@link Visitor},
 * so that a new kind does not compile until every layer handles it.
 *
 * <p>What a rule means for a candidate (which rules claim units for themselves, which bound everything counted)
 * is decided in one place, {@code org.qdl.lower.Lowering}. {@code pool} lists the units the rule looks at, empty
 * when it looks at every unit of the qualification; level filters are not applied to it. {@code id} is the
 * stable id: the author's label, or one made from the rule's structure (never its wording); {@code text} the
 * rule as the spec writes it, canonically.
 */
public sealed interface Rule permits Rule.AllUnits, Rule.Amounts, Rule.Barred, Rule.Equivalent {

    String id();

    Optional<String> label();

    Scope scope();

    List<String> pool();

    String text();

    Span span();

    <R> R accept(Visitor<R> visitor);

    /** One method a kind of rule. */
    interface Visitor<R> {
        R allUnits(AllUnits rule);

        R amounts(Amounts rule);

        R barred(Barred rule);

        R equivalent(Equivalent rule);
    }

    /** `all units from group A [passed] [including …] [shared]`: with {@code passed}, each one passed. */
    record AllUnits(String id, Optional<String> label, Scope scope, List<String> pool, List<Inclusion> including,
            boolean shared, String text, Span span, boolean passed) implements Rule {
        public AllUnits {
            pool = List.copyOf(pool);
            including = List.copyOf(including);
        }

        public AllUnits(String id, Optional<String> label, Scope scope, List<String> pool, List<Inclusion> including,
                boolean shared, String text, Span span) {
            this(id, label, scope, pool, including, shared, text, span, false);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.allUnits(this);
        }
    }

    /**
     * An amount of units and/or credits: `1 unit from group B`, `at least 40 credits at level 3 or above`,
     * `1 further unit from any of groups B, C, D and E`, `at most 10 credits from group C`, `… shared`; with
     * {@code unitSizes}, only units of those credit values (`1 unit of 6 or 9 credits`); {@code hours}, an amount of
     * guided learning hours or total qualification time (`at least 180 glh from group optional`) instead of credits;
     * {@code graded}, only units graded so (`at least 105 credits at level 4 graded Pass or above`); with
     * {@code outcome}, only units passed or only those counted without a pass (`at most 15 credits not passed in
     * total`).
     */
    record Amounts(String id, Optional<String> label, Optional<Amount> units, Optional<Amount> credits,
            boolean further, Optional<LevelFilter> level, Scope scope, List<String> pool, List<Inclusion> including,
            boolean shared, String text, Span span, List<BigDecimal> unitSizes, Optional<Hours> hours,
            Optional<Graded> graded, Optional<Outcome> outcome) implements Rule {
        public Amounts {
            pool = List.copyOf(pool);
            including = List.copyOf(including);
            unitSizes = List.copyOf(unitSizes);
        }

        /** An amount of units, credits or hours, of units of any grade and outcome. */
        public Amounts(String id, Optional<String> label, Optional<Amount> units, Optional<Amount> credits,
                boolean further, Optional<LevelFilter> level, Scope scope, List<String> pool,
                List<Inclusion> including, boolean shared, String text, Span span, List<BigDecimal> unitSizes,
                Optional<Hours> hours) {
            this(id, label, units, credits, further, level, scope, pool, including, shared, text, span, unitSizes,
                    hours, Optional.empty(), Optional.empty());
        }

        /** An amount of units and/or credits over units of some sizes. */
        public Amounts(String id, Optional<String> label, Optional<Amount> units, Optional<Amount> credits,
                boolean further, Optional<LevelFilter> level, Scope scope, List<String> pool,
                List<Inclusion> including, boolean shared, String text, Span span, List<BigDecimal> unitSizes) {
            this(id, label, units, credits, further, level, scope, pool, including, shared, text, span, unitSizes,
                    Optional.empty());
        }

        /** An amount over units of any size. */
        public Amounts(String id, Optional<String> label, Optional<Amount> units, Optional<Amount> credits,
                boolean further, Optional<LevelFilter> level, Scope scope, List<String> pool,
                List<Inclusion> including, boolean shared, String text, Span span) {
            this(id, label, units, credits, further, level, scope, pool, including, shared, text, span, List.of());
        }

        /** Whether the rule asks for at least something (rather than only capping). */
        public boolean hasMinimum() {
            return units.flatMap(Amount::min).isPresent() || credits.flatMap(Amount::min).isPresent()
                    || hours.flatMap(h -> h.amount().min()).isPresent();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.amounts(this);
        }
    }

    /** Only units passed, or only units counted without a pass (a result their scale records but does not pass). */
    enum Outcome { PASSED, NOT_PASSED }

    /** `barred units X, Y`: at most one of them counts. */
    record Barred(String id, Optional<String> label, List<String> pool, String text, Span span) implements Rule {
        public Barred {
            pool = List.copyOf(pool);
        }

        @Override
        public Scope scope() {
            return new Scope(ScopeKind.UNITS, pool);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.barred(this);
        }
    }

    /** `equivalent units X, Y`: the same unit by different routes; either does, and it counts once. */
    record Equivalent(String id, Optional<String> label, List<String> pool, String text, Span span) implements Rule {
        public Equivalent {
            pool = List.copyOf(pool);
        }

        @Override
        public Scope scope() {
            return new Scope(ScopeKind.UNITS, pool);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.equivalent(this);
        }
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

    /** An amount of hours: each counted unit brings its own GLH or TQT, as it brings its credit to credits. */
    public record Hours(HoursMeasure measure, Amount amount) {
    }

    /** Only units graded at a label (or above, or below), in the order of each unit's own grades. */
    public record Graded(String label, Condition.Direction direction, Span span) {
    }

    /** Guided learning hours, or total qualification time. */
    public enum HoursMeasure { GLH, TQT }

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
