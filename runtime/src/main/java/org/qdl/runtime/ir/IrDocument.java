package org.qdl.runtime.ir;

import java.util.List;

/**
 * The compiled rules of one qualification, as `qdl build` writes them and the engine reads them: a versioned
 * JSON document described by {@code qdl-ir-1.schema.json}. Everything is resolved: groups list their units,
 * rules list the units they look at, levels carry their rank in the framework.
 */
public record IrDocument(
        String format,
        String formatVersion,
        IrQualification qualification,
        List<IrScale> scales,
        List<IrUnit> units,
        List<IrGroup> groups,
        List<IrRule> rules,
        List<List<String>> equivalents,
        List<IrPathway> pathways,
        IrGrading grading,
        List<IrSmaller> smaller,
        List<IrRequisite> requires,
        IrAttempts attempts) {

    public static final String FORMAT = "qdl-ir";

    public IrDocument {
        scales = nonNull(scales);
        units = nonNull(units);
        groups = nonNull(groups);
        rules = nonNull(rules);
        equivalents = nonNull(equivalents);
        pathways = nonNull(pathways);
        // since IR 2.3; absent (not an empty list) when there are none, so that other documents read as before
        smaller = smaller == null || smaller.isEmpty() ? null : List.copyOf(smaller);
        // since IR 2.4; absent when there are none
        requires = requires == null || requires.isEmpty() ? null : List.copyOf(requires);
    }

    public IrDocument(String format, String formatVersion, IrQualification qualification, List<IrScale> scales,
            List<IrUnit> units, List<IrGroup> groups, List<IrRule> rules, List<List<String>> equivalents,
            List<IrPathway> pathways, IrGrading grading, List<IrSmaller> smaller) {
        this(format, formatVersion, qualification, scales, units, groups, rules, equivalents, pathways, grading, smaller,
                null, null);
    }

    /** What a learner must hold beside the units: prerequisite qualifications, co-requisite components. */
    public List<IrRequisite> requisites() {
        return requires == null ? List.of() : requires;
    }

    public IrDocument(String format, String formatVersion, IrQualification qualification, List<IrScale> scales,
            List<IrUnit> units, List<IrGroup> groups, List<IrRule> rules, List<List<String>> equivalents,
            List<IrPathway> pathways, IrGrading grading) {
        this(format, formatVersion, qualification, scales, units, groups, rules, equivalents, pathways, grading, null);
    }

    /** A document with what a learner must hold beside the units, and no rules on time and attempts. */
    public IrDocument(String format, String formatVersion, IrQualification qualification, List<IrScale> scales,
            List<IrUnit> units, List<IrGroup> groups, List<IrRule> rules, List<List<String>> equivalents,
            List<IrPathway> pathways, IrGrading grading, List<IrSmaller> smaller, List<IrRequisite> requires) {
        this(format, formatVersion, qualification, scales, units, groups, rules, equivalents, pathways, grading, smaller,
                requires, null);
    }

    /** A document with rules on time and attempts, and nothing to hold beside the units. */
    public IrDocument(String format, String formatVersion, IrQualification qualification, List<IrScale> scales,
            List<IrUnit> units, List<IrGroup> groups, List<IrRule> rules, List<List<String>> equivalents,
            List<IrPathway> pathways, IrGrading grading, List<IrSmaller> smaller, IrAttempts attempts) {
        this(format, formatVersion, qualification, scales, units, groups, rules, equivalents, pathways, grading, smaller,
                null, attempts);
    }

    /** The smaller qualifications of the suite, largest first (empty when there are none). */
    public List<IrSmaller> smallerQualifications() {
        return smaller == null ? List.of() : smaller;
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
