package org.qdl.runtime.ir;

import java.math.BigDecimal;
import java.util.List;

/**
 * One rule of combination, lowered: what the engine executes.
 *
 * <p>A rule that {@link Counting#CLAIMS claims} units (`2 units from group A`, `1 further unit from any of groups
 * B, C, D and E`) has its minimums met by the units it claims, and a unit is claimed by at most one rule. A rule
 * that {@link Counting#BOUNDS bounds} (`at least 7 units in total`, `at least 40 credits at level 3 or above`,
 * `at most 10 credits from group C`, barred units, `shared` rules) is met by every counted unit of its pool. Every
 * maximum, of either kind, bounds all counted units of the pool.
 *
 * <p>{@code pool} lists the units the rule looks at ({@code null}: every unit of the qualification); a unit
 * equivalent to one of them is in it too, and {@code level} keeps only the units at that level. {@code text} is
 * the rule as its author wrote it and {@code scope} where it looks, in the author's terms: both only for display
 * (the engine never reads them). {@code unitCredits} (since IR 2.1, may be null) keeps only the units whose credit
 * value is one of these ("a minimum of one unit of either 6 or 9 credits"). {@code glh} and {@code tqt} (since IR
 * 2.3, may be null) bound the guided learning hours or total qualification time of the units, each unit bringing
 * its own ({@link IrUnit#glh()}, {@link IrUnit#tqt()}) as it brings its credit to {@code credits}; a rule has at
 * most one of {@code credits}, {@code glh} and {@code tqt}. {@code graded} (since IR 2.3, may be null) keeps only the
 * units graded at a label, or above or below it in the order of each unit's own grades ("a pass in at least 105
 * credits at level 4"): which units those are depends on the candidate, so such a rule always bounds.
 * {@code outcome} (since IR 2.3, may be null: any) keeps only the units whose result is passed, or only those
 * recorded but not passed, for this candidate: "mandatory units must be passed", "at most 15 credits not passed";
 * a unit not yet held is counted as passed when it is added.
 */
public record IrRule(
        String id,
        String label,
        String text,
        Counting counting,
        IrScope scope,
        List<String> pool,
        IrLevelFilter level,
        IrBounds units,
        IrBounds credits,
        List<IrInclusion> including,
        boolean further,
        IrSource source,
        List<BigDecimal> unitCredits,
        IrBounds glh,
        IrBounds tqt,
        IrGraded graded,
        Outcome outcome) {

    public IrRule {
        pool = pool == null ? null : List.copyOf(pool);
        including = IrDocument.nonNull(including);
        unitCredits = unitCredits == null ? null : List.copyOf(unitCredits);
    }

    public IrRule(String id, String label, String text, Counting counting, IrScope scope, List<String> pool,
            IrLevelFilter level, IrBounds units, IrBounds credits, List<IrInclusion> including, boolean further,
            IrSource source) {
        this(id, label, text, counting, scope, pool, level, units, credits, including, further, source, null);
    }

    public IrRule(String id, String label, String text, Counting counting, IrScope scope, List<String> pool,
            IrLevelFilter level, IrBounds units, IrBounds credits, List<IrInclusion> including, boolean further,
            IrSource source, List<BigDecimal> unitCredits) {
        this(id, label, text, counting, scope, pool, level, units, credits, including, further, source, unitCredits,
                null, null, null, null);
    }

    public IrRule(String id, String label, String text, Counting counting, IrScope scope, List<String> pool,
            IrLevelFilter level, IrBounds units, IrBounds credits, List<IrInclusion> including, boolean further,
            IrSource source, List<BigDecimal> unitCredits, IrBounds glh, IrBounds tqt) {
        this(id, label, text, counting, scope, pool, level, units, credits, including, further, source, unitCredits,
                glh, tqt, null, null);
    }

    /** Only the units passed, or only those recorded (counted) but not passed ("compensated"). */
    public enum Outcome { PASSED, NOT_PASSED }

    /** Whether a rule's minimums take units for the rule alone, or look at everything counted. */
    public enum Counting { CLAIMS, BOUNDS }

    /** A minimum and a maximum, either absent. */
    public record IrBounds(BigDecimal min, BigDecimal max) {
    }

    /** Only units at a level: compared by rank; {@code ofQualification} when the author said "at qualification level". */
    public record IrLevelFilter(IrComparison op, int rank, String label, boolean ofQualification) {
    }

    /** Only units graded at {@code label}, or above or below it ({@code op}), as a unit's grade compares. */
    public record IrGraded(String label, IrComparison op) {
    }

    /** At least {@code min} of these units must be among the units the rule claims (or, bounding, counts). */
    public record IrInclusion(List<String> anyOf, int min) {
        public IrInclusion {
            anyOf = IrDocument.nonNull(anyOf);
        }
    }

    /** Where the author said the rule looks: in total, in groups, in any of groups, in listed units. */
    public record IrScope(Kind kind, List<String> names) {
        public IrScope {
            names = IrDocument.nonNull(names);
        }

        public enum Kind { TOTAL, GROUPS, ANY_OF_GROUPS, UNITS }
    }
}
