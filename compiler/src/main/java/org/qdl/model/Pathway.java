package org.qdl.model;

import java.util.List;
import java.util.Optional;
import org.qdl.syntax.Span;

/**
 * A pathway (one of the qualification's pathways must be met, with the common rules) or an endorsement (an
 * optional extra whose title is earned when its rules are met too), or a smaller qualification of the same suite;
 * only a smaller qualification has a {@code grading} of its own (its grade is reported with it).
 */
public record Pathway(String name, Kind kind, String title, List<Rule> rules, List<Section> sections,
        List<Identifier> numbers, Span span, Optional<Grading> grading) {

    public Pathway(String name, Kind kind, String title, List<Rule> rules, List<Section> sections,
            List<Identifier> numbers, Span span) {
        this(name, kind, title, rules, sections, numbers, span, Optional.empty());
    }

    public Pathway {
        rules = List.copyOf(rules);
        sections = List.copyOf(sections);
        numbers = List.copyOf(numbers);
    }

    /**
     * {@code SMALLER}: a smaller qualification of the same suite (Award ⊂ Certificate ⊂ Diploma), met by its own rules
     * alone (not the qualification's); a learner who does not achieve the qualification is told the first one met.
     */
    public enum Kind { PATHWAY, ENDORSEMENT, SMALLER }
}
