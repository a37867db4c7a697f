package org.qdl.syntax.tree;

import java.util.List;
import java.util.Optional;
import org.qdl.syntax.Span;

/** `grading { ... }`: how the qualification's overall grade is decided. */
public record GradingBlock(List<Item> items, Span span) implements QualificationMember {

    public GradingBlock {
        items = List.copyOf(items);
    }

    public sealed interface Item extends Node
            permits NoOverallGrade, PointsTable, TariffTable, Threshold, GradeWhen, NotAchievedOtherwise, GradeTable,
            Selection,
            ErrorNode {
    }

    /** `no overall grade` */
    public record NoOverallGrade(Span span) implements Item {
    }

    /** `points per credit { level 3: P 7, M 8, D 9 }` or `points per unit { glh 60: P 6, M 10, D 16 }`. */
    public record PointsTable(Per per, List<PointsRow> rows, Span span) implements Item {
        public PointsTable {
            rows = List.copyOf(rows);
        }
    }

    public enum Per { CREDIT, UNIT }

    /** `tariff per credit { level 3: D 3.2, M 2.4, P 1.6 }`: UCAS-style points reported with the result. */
    public record TariffTable(List<PointsRow> rows, Span span) implements Item {
        public TariffTable {
            rows = List.copyOf(rows);
        }
    }

    public record PointsRow(Optional<PointsKey> key, List<PointsEntry> entries, Span span) implements Node {
        public PointsRow {
            entries = List.copyOf(entries);
        }
    }

    public sealed interface PointsKey extends Node {
    }

    public record LevelKey(LevelValue level, Span span) implements PointsKey {
    }

    public record GlhKey(Num glh, Span span) implements PointsKey {
    }

    public record PointsEntry(Name grade, Num points, Span span) implements Node {
    }

    /**
     * `grade table units Report, Discussion { Distinction, Pass: Merit … }`: the grade for each combination of the
     * named units' grades (an end-point assessment's methods), one row a combination.
     */
    public record GradeTable(List<Name> units, List<TableRow> rows, Span span) implements Item {
        public GradeTable {
            units = List.copyOf(units);
            rows = List.copyOf(rows);
        }
    }

    /** `Distinction, Pass: Merit`: the named units' grades, in the table's order, and the grade they give. */
    public record TableRow(List<Name> cells, Name grade, Span span) implements Node {
        public TableRow {
            cells = List.copyOf(cells);
        }
    }

    /** `grade DMM from 260 points`, `grade "Level 2 Pass" from 48 points when at least 24 points from group core` */
    public record Threshold(Name grade, Num points, Optional<Condition> when, Span span) implements Item {
    }

    /** `otherwise not achieved`: a learner who meets none of the grades has not achieved the qualification. */
    public record NotAchievedOtherwise(Span span) implements Item {
    }

    /** `grade Advanced when ...`, or `grade Introductory otherwise` (no condition). */
    public record GradeWhen(Name grade, Optional<Condition> when, Span span) implements Item {
    }

    /**
     * `grade from the best 75 credits at level 4, taken from at most 120 credits, including group core`, or `grade
     * from units at level 5`: the counted credits the grade is worked out from. No {@code best}: all of them (at the
     * level); {@code cap}: the most credits the valid combination they come from may have; {@code including}: units
     * whose credits are always among those graded.
     */
    public record Selection(Optional<Num> best, Optional<RuleNode.LevelFilter> level, Optional<Num> cap,
            Optional<RuleNode.Pool> including, Span span) implements Item {
    }
}
