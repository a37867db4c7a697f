package org.qdl.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.qdl.syntax.Span;

/**
 * A unit (module, competency: {@code kind} is the author's word) with all it says for the engine and the
 * handbook. {@code criteria} lists every criterion of the unit, in order, including those inside outcomes.
 */
public record Unit(
        String ref,
        String kind,
        String title,
        List<Identifier> numbers,
        Optional<Level> level,
        Optional<BigDecimal> credit,
        Optional<Range> glh,
        Optional<Range> tqt,
        List<Section> sections,
        List<Outcome> outcomes,
        List<Criterion> criteria,
        List<Knowledge> knowledge,
        LeadIns leadIns,
        Optional<Scale> gradingScale,
        Optional<Scale> criterionScale,
        Optional<Condition> achievedWhen,
        List<GradeRule> grades,
        List<String> groups,
        Span span) {

    public Unit {
        numbers = List.copyOf(numbers);
        sections = List.copyOf(sections);
        outcomes = List.copyOf(outcomes);
        criteria = List.copyOf(criteria);
        knowledge = List.copyOf(knowledge);
        grades = List.copyOf(grades);
        groups = List.copyOf(groups);
    }

    /** A learning outcome (with assessment criteria) or a performance outcome (with performance criteria). */
    public record Outcome(Kind kind, String ref, String text, List<Criterion> criteria, List<Section> sections) {
        public Outcome {
            criteria = List.copyOf(criteria);
            sections = List.copyOf(sections);
        }

        public enum Kind { LEARNING, PERFORMANCE }
    }

    public record Criterion(String ref, String text, List<Section> sections) {
        public Criterion {
            sections = List.copyOf(sections);
        }
    }

    public record Knowledge(String ref, String text) {
    }

    /** The sentences before the unit's outcomes ("… you must consistently:") and its knowledge items. */
    public record LeadIns(Optional<String> outcomes, Optional<String> knowledge) {
        public static final LeadIns NONE = new LeadIns(Optional.empty(), Optional.empty());
    }
}
