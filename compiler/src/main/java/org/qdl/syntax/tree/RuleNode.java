package org.qdl.syntax.tree;

import java.util.List;
import java.util.Optional;
import org.qdl.syntax.Span;

/** One rule of combination, with an optional stable label (`core: all units from group A`). */
public sealed interface RuleNode extends PathwayMember
        permits RuleNode.AllRule, RuleNode.AmountRule, RuleNode.BarredRule, RuleNode.EquivalentRule, ErrorNode {

    Optional<Name> label();

    /** `all units from group A`, `all units from group accounting shared`, `all units from group M passed` */
    record AllRule(Optional<Name> label, Pool pool, Optional<Including> including, boolean shared, Span span,
            boolean passed) implements RuleNode {

        public AllRule(Optional<Name> label, Pool pool, Optional<Including> including, boolean shared, Span span) {
            this(label, pool, including, shared, span, false);
        }
    }

    /** Only units passed (`at least 105 credits passed`), or only those counted but not passed (compensation). */
    enum Outcome { PASSED, NOT_PASSED }

    /**
     * `1 unit from group B`, `at least 58 credits in total`, `at least 40 credits at level 3 or above`,
     * `at least 12 credits and at least 4 units from group B including 4427-301`, `3 to 5 units from each of
     * groups A, B`. An absent pool means the whole counted set ("in total"). {@code graded}: only units graded so
     * (`at least 105 credits at level 4 graded Pass or above`); {@code outcome}: only units passed, or only those
     * counted without a pass (`at most 15 credits not passed in total`).
     */
    record AmountRule(Optional<Name> label, Amount amount, Optional<Amount> second, Optional<LevelFilter> level,
            Optional<Pool> pool, Optional<Including> including, boolean shared, Span span, List<Num> unitSizes,
            Optional<Condition.LabelBound> graded, Optional<Outcome> outcome) implements RuleNode {
        public AmountRule {
            unitSizes = List.copyOf(unitSizes);
        }

        public AmountRule(Optional<Name> label, Amount amount, Optional<Amount> second, Optional<LevelFilter> level,
                Optional<Pool> pool, Optional<Including> including, boolean shared, Span span, List<Num> unitSizes) {
            this(label, amount, second, level, pool, including, shared, span, unitSizes, Optional.empty(),
                    Optional.empty());
        }

        public AmountRule(Optional<Name> label, Amount amount, Optional<Amount> second, Optional<LevelFilter> level,
                Optional<Pool> pool, Optional<Including> including, boolean shared, Span span) {
            this(label, amount, second, level, pool, including, shared, span, List.of());
        }
    }

    /** `barred units X, Y, Z`: at most one of them counts. */
    record BarredRule(Optional<Name> label, List<Name> units, Span span) implements RuleNode {
        public BarredRule {
            units = List.copyOf(units);
        }
    }

    /** `equivalent units X, Y`: the same unit by two routes; either satisfies the other, and it counts once. */
    record EquivalentRule(Optional<Name> label, List<Name> units, Span span) implements RuleNode {
        public EquivalentRule {
            units = List.copyOf(units);
        }
    }

    /** `at least 12 credits`, `exactly 2 units`, `3 to 5 units`, `1 further unit`. */
    record Amount(Bound bound, Num low, Optional<Num> high, boolean further, Measure measure, Span span)
            implements Node {
    }

    enum Bound {
        /** a bare number: "1 unit from group B" means at least one */
        PLAIN(""), AT_LEAST("at least"), AT_MOST("at most"), EXACTLY("exactly");

        private final String words;

        Bound(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** What an amount counts: units, or the sum of a measure each unit has (credits, GLH, TQT). */
    enum Measure {
        UNITS("unit", "units"), CREDITS("credit", "credits"), GLH("glh", "glh"), TQT("tqt", "tqt");

        private final String one;
        private final String many;

        Measure(String one, String many) {
            this.one = one;
            this.many = many;
        }

        /** The word the spec writes after a number: `1 unit`, `2 credits`, `180 glh`. */
        public String word(boolean single) {
            return single ? one : many;
        }
    }

    /** `at level 3 or above`, `at level entry 3`, `at qualification level or above`. */
    record LevelFilter(Optional<LevelValue> level, Direction direction, Span span) implements Node {
    }

    enum Direction {
        EXACTLY(""), OR_ABOVE("or above"), OR_BELOW("or below");

        private final String words;

        Direction(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Where a rule looks: `group B`, `any of groups B, C`, `each of groups A, B`, `units X, Y`. */
    sealed interface Pool extends Node {
    }

    record GroupPool(Quantifier quantifier, List<Name> groups, Span span) implements Pool {
        public GroupPool {
            groups = List.copyOf(groups);
        }
    }

    record UnitPool(List<Name> units, Span span) implements Pool {
        public UnitPool {
            units = List.copyOf(units);
        }
    }

    enum Quantifier {
        /** the union of the groups */
        NONE,
        /** the union of the groups, said the handbook way: "any of groups B, C, D and E" */
        ANY,
        /** the rule applies to each group separately */
        EACH
    }

    /** `including 4427-301` or `including one of X, Y`: a unit the rule's units must contain. */
    record Including(boolean oneOf, List<Name> units, Span span) implements Node {
        public Including {
            units = List.copyOf(units);
        }
    }
}
