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
    }

    public IrDocument(String format, String formatVersion, IrQualification qualification, List<IrScale> scales,
            List<IrUnit> units, List<IrGroup> groups, List<IrRule> rules, List<List<String>> equivalents,
            List<IrPathway> pathways, IrGrading grading) {
        this(format, formatVersion, qualification, scales, units, groups, rules, equivalents, pathways, grading, null);
    }

    /** A document with no rules on time and attempts. */
    public IrDocument(String format, String formatVersion, IrQualification qualification, List<IrScale> scales,
            List<IrUnit> units, List<IrGroup> groups, List<IrRule> rules, List<List<String>> equivalents,
            List<IrPathway> pathways, IrGrading grading, List<IrSmaller> smaller) {
        this(format, formatVersion, qualification, scales, units, groups, rules, equivalents, pathways, grading, smaller,
                null);
    }

    /** The smaller qualifications of the suite, largest first (empty when there are none). */
    public List<IrSmaller> smallerQualifications() {
        return smaller == null ? List.of() : smaller;
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
