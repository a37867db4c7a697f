package org.qdl.syntax.tree;

import java.util.List;
import org.qdl.syntax.Span;

/** A condition over criterion ratings (for units) or counted units' grades and points (for qualifications). */
public record Condition(List<Atom> atoms, Span span) implements Node {

    public Condition {
        atoms = List.copyOf(atoms);
    }

    public sealed interface Atom extends Node {
    }

    /** `every criterion at S or above` */
    public record EveryCriterion(LabelBound bound, Span span) implements Atom {
    }

    /** `at least 3 criteria at S or above`, `at least 50% of criteria at Exceeds` */
    public record SomeCriteria(Num count, boolean percent, LabelBound bound, Span span) implements Atom {
    }

    /** `every unit graded Advanced` */
    public record EveryUnitGraded(LabelBound bound, Span span) implements Atom {
    }

    /** `at least 2 units graded M or above`, `at least 50% of units graded D` */
    public record SomeUnitsGraded(Num count, boolean percent, LabelBound bound, Span span) implements Atom {
    }

    /** `at least 75 credits graded D`, `at least 105 credits at level 4 graded Pass or above` */
    public record SomeCreditsGraded(Num credits, java.util.Optional<RuleNode.LevelFilter> level, LabelBound bound,
            Span span) implements Atom {
    }

    /** `unit Report graded Distinction`, `unit 4427-450 graded Merit or above`: one named unit's grade */
    public record UnitGraded(Name unit, LabelBound bound, Span span) implements Atom {
    }

    /** `at least 260 points`; `at least 24 points from group core` counts only the points of those units. */
    public record MinimumPoints(Num points, java.util.Optional<RuleNode.Pool> from, Span span) implements Atom {
    }

    /** A label with an optional direction: `S`, `S or above`, `M or below`. */
    public record LabelBound(Name label, RuleNode.Direction direction, Span span) implements Node {
    }
}
