package org.qdl.model;

import java.util.List;
import org.qdl.syntax.Span;

/**
 * A pathway (one of the qualification's pathways must be met, with the common rules) or an endorsement (an
 * optional extra whose title is earned when its rules are met too).
 */
public record Pathway(String name, Kind kind, String title, List<Rule> rules, List<Section> sections,
        List<Identifier> numbers, Span span) {

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
