package org.qdl.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qdl.syntax.Span;

/**
 * A checked qualification: what the IR emitter compiles and the handbook renders. {@code units} are the
 * qualification's units in the order the spec gives them; {@code groups}, {@code scales} likewise.
 * {@code unitsByRef} and {@code groupsByName} index them (derived; use the constructor without them).
 * {@code requisites}: what a learner must hold beside the units (prerequisite qualifications, co-requisite
 * components), in the order written.
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
        Span span,
        Map<String, Unit> unitsByRef,
        Map<String, Group> groupsByName,
        List<Requisite> requisites,
        Optional<Attempts> attempts) {

    public Qualification(String id, String title, Optional<String> awardingBody, List<Identifier> identifiers,
            Optional<Framework> framework, Optional<Level> level, Optional<String> size, Optional<Range> tqt,
            Optional<Range> glh, Optional<Range> credit, List<DateEntry> dates, List<Section> sections,
            List<Unit> units, List<Group> groups, List<Scale> scales, List<Rule> rules, List<Pathway> pathways,
            Grading grading, String sourcePath, Span span, Map<String, Unit> unitsByRef,
            Map<String, Group> groupsByName) {
        this(id, title, awardingBody, identifiers, framework, level, size, tqt, glh, credit, dates, sections, units,
                groups, scales, rules, pathways, grading, sourcePath, span, unitsByRef, groupsByName, List.of(),
                Optional.empty());
    }

    /** This qualification with rules on time and attempts. */
    public Qualification withAttempts(Optional<Attempts> rules) {
        return new Qualification(id, title, awardingBody, identifiers, framework, level, size, tqt, glh, credit, dates,
                sections, units, groups, scales, this.rules, pathways, grading, sourcePath, span, unitsByRef,
                groupsByName, requisites, rules);
    }

    public Qualification(String id, String title, Optional<String> awardingBody, List<Identifier> identifiers,
            Optional<Framework> framework, Optional<Level> level, Optional<String> size, Optional<Range> tqt,
            Optional<Range> glh, Optional<Range> credit, List<DateEntry> dates, List<Section> sections,
            List<Unit> units, List<Group> groups, List<Scale> scales, List<Rule> rules, List<Pathway> pathways,
            Grading grading, String sourcePath, Span span) {
        this(id, title, awardingBody, identifiers, framework, level, size, tqt, glh, credit, dates, sections, units,
                groups, scales, rules, pathways, grading, sourcePath, span, List.of());
    }

    /** With what a learner must hold beside the units: prerequisite qualifications and co-requisite components. */
    public Qualification(String id, String title, Optional<String> awardingBody, List<Identifier> identifiers,
            Optional<Framework> framework, Optional<Level> level, Optional<String> size, Optional<Range> tqt,
            Optional<Range> glh, Optional<Range> credit, List<DateEntry> dates, List<Section> sections,
            List<Unit> units, List<Group> groups, List<Scale> scales, List<Rule> rules, List<Pathway> pathways,
            Grading grading, String sourcePath, Span span, List<Requisite> requisites) {
        this(id, title, awardingBody, identifiers, framework, level, size, tqt, glh, credit, dates, sections, units,
                groups, scales, rules, pathways, grading, sourcePath, span, index(units, Unit::ref),
                index(groups, Group::name), requisites, Optional.empty());
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> key) {
        Map<String, T> out = new LinkedHashMap<>();
        for (T item : items) {
            out.putIfAbsent(key.apply(item), item);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    public Qualification {
        identifiers = List.copyOf(identifiers);
        dates = List.copyOf(dates);
        sections = List.copyOf(sections);
        units = List.copyOf(units);
        groups = List.copyOf(groups);
        scales = List.copyOf(scales);
        rules = List.copyOf(rules);
        pathways = List.copyOf(pathways);
        requisites = requisites == null ? List.of() : List.copyOf(requisites);
    }

    public Optional<Unit> unit(String ref) {
        return Optional.ofNullable(unitsByRef.get(ref));
    }

    public Optional<Group> group(String name) {
        return Optional.ofNullable(groupsByName.get(name));
    }
}
