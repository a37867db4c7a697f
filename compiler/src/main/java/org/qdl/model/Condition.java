package org.qdl.model;

import java.math.BigDecimal;
import java.util.List;

/** All of its atoms must hold. {@code text} is the condition as the spec writes it. */
public record Condition(String text, List<Atom> atoms) {

    public Condition {
        atoms = List.copyOf(atoms);
    }

    public enum Kind {
        /** every criterion at a label */
        EVERY_CRITERION,
        /** at least a number (or percentage) of criteria at a label */
        SOME_CRITERIA,
        /** every counted unit graded a label */
        EVERY_UNIT,
        /** at least a number (or percentage) of counted units graded a label */
        SOME_UNITS,
        /** at least a number of credits of counted units graded a label (optionally at a level) */
        SOME_CREDITS,
        /** at least a number of points */
        POINTS,
        /** one named unit counted and graded a label (a row of an end-point assessment's grade table) */
        UNIT_GRADED
    }

    public enum Direction { EXACTLY, OR_ABOVE, OR_BELOW }

    /**
     * {@code label} and {@code direction} for label atoms; {@code count} (maybe a percentage; credits for
     * {@link Kind#SOME_CREDITS}); {@code points}; {@code level} keeps only the units at a level (credits only);
     * {@code unit} names the unit of a {@link Kind#UNIT_GRADED} atom.
     */
    public record Atom(Kind kind, String label, Direction direction, BigDecimal count, boolean percent,
            BigDecimal points, java.util.Optional<Rule.LevelFilter> level, java.util.Optional<From> from,
            java.util.Optional<String> unit) {

        public Atom(Kind kind, String label, Direction direction, BigDecimal count, boolean percent,
                BigDecimal points) {
            this(kind, label, direction, count, percent, points, java.util.Optional.empty());
        }

        public Atom(Kind kind, String label, Direction direction, BigDecimal count, boolean percent,
                BigDecimal points, java.util.Optional<Rule.LevelFilter> level) {
            this(kind, label, direction, count, percent, points, level, java.util.Optional.empty(),
                    java.util.Optional.empty());
        }

        public Atom(Kind kind, String label, Direction direction, BigDecimal count, boolean percent,
                BigDecimal points, java.util.Optional<Rule.LevelFilter> level, java.util.Optional<From> from) {
            this(kind, label, direction, count, percent, points, level, from, java.util.Optional.empty());
        }

        /** `unit Report graded Distinction`. */
        public static Atom unitGraded(String unit, String label, Direction direction) {
            return new Atom(Kind.UNIT_GRADED, label, direction, BigDecimal.ZERO, false, BigDecimal.ZERO,
                    java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.of(unit));
        }
    }

    /**
     * `from group core` on a points atom: only the counted units of these groups (or these units) bring points.
     * {@code units} are the units they hold, resolved.
     */
    public record From(Rule.Scope scope, List<String> units) {
        public From {
            units = List.copyOf(units);
        }
    }
}
