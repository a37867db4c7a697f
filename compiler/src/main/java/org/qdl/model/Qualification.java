package org.qdl.model;

import java.util.List;
import java.util.Optional;
import org.qdl.syntax.Span;

/**
 * A checked qualification: what the IR emitter compiles and the handbook renders. {@code units} are the
 * qualification's units in the order the spec gives them; {@code groups}, {@code scales} likewise.
 */
public record Qualification(
        String id,
        String title,
        Optional<String> awardingBody,
        List<Identifier> identifiers,
        Optional<Framework> framework,
        Optional<Level> level,
        Optional<String> size,
        Optional<Range> tqt,
        Optional<Range> glh,
        Optional<Range> credit,
        List<DateEntry> dates,
        List<Section> sections,
        List<Unit> units,
        List<Group> groups,
        List<Scale> scales,
        List<Rule> rules,
        List<Pathway> pathways,
        Grading grading,
        String sourcePath,
        Span span) {

    public Qualification {
        identifiers = List.copyOf(identifiers);
        dates = List.copyOf(dates);
        sections = List.copyOf(sections);
        units = List.copyOf(units);
        groups = List.copyOf(groups);
        scales = List.copyOf(scales);
        rules = List.copyOf(rules);
        pathways = List.copyOf(pathways);
    }

    public Optional<Unit> unit(String ref) {
        return units.stream().filter(u -> u.ref().equals(ref)).findFirst();
    }

    public Optional<Group> group(String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst();
    }
}
