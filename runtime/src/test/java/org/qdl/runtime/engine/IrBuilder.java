package org.qdl.runtime.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.qdl.runtime.ir.IrComparison;
import org.qdl.runtime.ir.IrCondition;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.runtime.ir.IrFormat;
import org.qdl.runtime.ir.IrGradeRule;
import org.qdl.runtime.ir.IrGrading;
import org.qdl.runtime.ir.IrGroup;
import org.qdl.runtime.ir.IrLevel;
import org.qdl.runtime.ir.IrPathway;
import org.qdl.runtime.ir.IrQualification;
import org.qdl.runtime.ir.IrRule;
import org.qdl.runtime.ir.IrScale;
import org.qdl.runtime.ir.IrUnit;

/** Builds small IR documents for engine tests without going through the compiler. */
final class IrBuilder {
    final List<IrUnit> units = new ArrayList<>();
    final List<IrGroup> groups = new ArrayList<>();
    final List<IrRule> rules = new ArrayList<>();
    final List<IrScale> scales = new ArrayList<>();
    final List<List<String>> equivalents = new ArrayList<>();
    final List<IrPathway> pathways = new ArrayList<>();
    final List<IrGradeRule> gradeRules = new ArrayList<>();
    IrGrading.IrPoints points;

    IrBuilder unit(String ref, int credit, int level) {
        units.add(new IrUnit(ref, "unit", ref, new IrLevel(String.valueOf(level), level), BigDecimal.valueOf(credit),
                null, null, null, List.of(), null, List.of(), List.of(), null));
        return this;
    }

    IrBuilder gradedUnit(String ref, int credit, int level, String scale) {
        units.add(new IrUnit(ref, "unit", ref, new IrLevel(String.valueOf(level), level), BigDecimal.valueOf(credit),
                null, scale, null, List.of(), null, List.of(), List.of(), null));
        return this;
    }

    IrBuilder scale(String id, List<String> labels, List<String> achieved) {
        scales.add(new IrScale(id, id, labels, labels.get(0), achieved));
        return this;
    }

    static IrRule slot(String id, List<String> pool, Integer minUnits, Integer maxUnits, Integer minCredits) {
        return new IrRule(id, null, id, IrRule.Counting.CLAIMS, groups(id), pool, null,
                new IrRule.IrBounds(dec(minUnits), dec(maxUnits)),
                minCredits == null ? null : new IrRule.IrBounds(dec(minCredits), null), List.of(), false, null);
    }

    /** `N further units from any of …`: a slot like any other, marked further. */
    static IrRule further(String id, List<String> pool, int minUnits) {
        return new IrRule(id, null, id, IrRule.Counting.CLAIMS, groups(id), pool, null,
                new IrRule.IrBounds(dec(minUnits), null), null, List.of(), true, null);
    }

    /** A rule with one `including` (at least {@code min} of {@code anyOf} among its units). */
    static IrRule including(IrRule r, int min, String... anyOf) {
        return new IrRule(r.id(), r.label(), r.text(), r.counting(), r.scope(), r.pool(), r.level(), r.units(),
                r.credits(), List.of(new IrRule.IrInclusion(List.of(anyOf), min)), r.further(), r.source());
    }

    static IrRule.IrLevelFilter level(String op, int rank) {
        return new IrRule.IrLevelFilter(IrComparison.valueOf(op.toUpperCase(java.util.Locale.ROOT)), rank,
                String.valueOf(rank), false);
    }

    static IrRule.IrScope groups(String id) {
        return new IrRule.IrScope(IrRule.IrScope.Kind.GROUPS, List.of(id));
    }

    static final IrRule.IrScope TOTAL = new IrRule.IrScope(IrRule.IrScope.Kind.TOTAL, List.of());

    static IrRule sum(String id, List<String> pool, IrRule.IrLevelFilter level, Integer minUnits, Integer maxUnits,
            Integer minCredits, Integer maxCredits) {
        return new IrRule(id, null, id, IrRule.Counting.BOUNDS, TOTAL, pool, level,
                minUnits == null && maxUnits == null ? null : new IrRule.IrBounds(dec(minUnits), dec(maxUnits)),
                minCredits == null && maxCredits == null ? null : new IrRule.IrBounds(dec(minCredits), dec(maxCredits)),
                List.of(), false, null);
    }

    IrBuilder rule(IrRule r) {
        rules.add(r);
        return this;
    }

    IrBuilder equivalent(String... refs) {
        equivalents.add(List.of(refs));
        return this;
    }

    IrBuilder grade(String grade, IrCondition when) {
        gradeRules.add(new IrGradeRule(grade, when));
        return this;
    }

    static BigDecimal dec(Integer v) {
        return v == null ? null : BigDecimal.valueOf(v);
    }

    IrDocument build() {
        return new IrDocument(IrDocument.FORMAT, IrFormat.VERSION,
                new IrQualification("test", "Test qualification", null, List.of(), null, null, null), scales, units,
                groups, rules, equivalents, pathways, new IrGrading(gradeRules, points));
    }

    CompiledQualification compile() {
        return CompiledQualification.compile(build());
    }

    /** Document d with rules on time and attempts. */
    static IrDocument withAttempts(IrDocument d, org.qdl.runtime.ir.IrAttempts attempts) {
        return new IrDocument(d.format(), d.formatVersion(), d.qualification(), d.scales(), d.units(), d.groups(),
                d.rules(), d.equivalents(), d.pathways(), d.grading(), null, attempts);
    }

    /** Document d with what must be held beside its units (prerequisites, co-requisites, gateway items). */
    static IrDocument withRequisites(IrDocument d, List<org.qdl.runtime.ir.IrRequisite> requisites) {
        return new IrDocument(d.format(), d.formatVersion(), d.qualification(), d.scales(), d.units(), d.groups(),
                d.rules(), d.equivalents(), d.pathways(), d.grading(), null, requisites);
    }
}
