package org.qdl.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How the overall grade is decided: the first rule some valid combination meets gives the grade. {@code declared}
 * is false when the spec has no grading block; {@code noOverallGrade} when it says so. {@code tariff}: UCAS-style
 * points per credit reported with each result (always per credit). {@code gradeRequired} (`otherwise not
 * achieved`): a learner whose units meet the rules but none of the grades has not achieved the qualification.
 * {@code selection}: which of the counted credits the grade is worked out from, when not all of them.
 */
public record Grading(boolean declared, boolean noOverallGrade, List<GradeRule> rules, Optional<Points> points,
        Optional<Points> tariff, boolean gradeRequired, Optional<Selection> selection) {

    public Grading {
        rules = List.copyOf(rules);
    }

    public Grading(boolean declared, boolean noOverallGrade, List<GradeRule> rules, Optional<Points> points,
            Optional<Points> tariff) {
        this(declared, noOverallGrade, rules, points, tariff, false, Optional.empty());
    }

    /**
     * `grade from the best 75 credits at level 4, taken from at most 120 credits, including group core`: the
     * counted credits the grade is worked out from. {@code best}: how many credits (empty: all the counted credits
     * at the level); {@code cap}: the most credits the valid combination they are taken from may have;
     * {@code including}: units whose credits are always graded (of {@code includingScope}); {@code text}: as written.
     */
    public record Selection(Optional<BigDecimal> best, Optional<Rule.LevelFilter> level, Optional<BigDecimal> cap,
            List<String> including, Optional<Rule.Scope> includingScope, String text) {
        public Selection {
            including = List.copyOf(including);
        }
    }

    public Grading(boolean declared, boolean noOverallGrade, List<GradeRule> rules, Optional<Points> points) {
        this(declared, noOverallGrade, rules, points, Optional.empty());
    }

    public static Grading none() {
        return new Grading(false, false, List.of(), Optional.empty());
    }

    /** Points per credit or per unit, by level or GLH and grade. */
    public record Points(Per per, List<Row> rows) {
        public Points {
            rows = List.copyOf(rows);
        }
    }

    public enum Per { CREDIT, UNIT }

    /** A row for units at a level, or with a GLH, or (neither) for any unit. */
    public record Row(Optional<Level> level, Optional<BigDecimal> glh, List<Entry> entries) {
        public Row {
            entries = List.copyOf(entries);
        }
    }

    public record Entry(String grade, BigDecimal points) {
    }
}
