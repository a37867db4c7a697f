package org.qdl.runtime.ir;

import java.math.BigDecimal;

/**
 * The IR's format version. The runtime reads any 2.x document and refuses other major versions. 2.1 added a
 * scale's {@code aliases} (a 2.0 document has none, and a 2.0 reader ignores them).
 */
public final class IrFormat {
    public static final int MAJOR = 2;
    /**
     * 1: `grading.tariff` (a points table per credit reported with each result) and a scale's `aliases`; 2: grading
     * conditions on credits at a grade (`SOME_CREDITS`, with an optional `level`); 3: a points condition's `pool`
     * (`at least 24 points from group core`), `grading.gradeRequired` (`otherwise not achieved`), `smaller`, the
     * smaller qualifications of a suite, a rule's `glh` and `tqt` bounds (hours as a measure, like `credits`), a
     * rule's `graded` and a unit's `tqt`; a scale's `recorded` labels (counted though not passed: compensation), a
     * rule's `outcome` filter (`passed`, `not_passed`), the condition kind `UNIT_GRADED` with an atom's `unit` (a
     * grade table's row), and `grading.selection` (the best so many credits, at a level, from a combination of at
     * most so many credits, including some units);
     * 4: `requires` (a prerequisite qualification, or a co-requisite component at a level, held beside the units), a
     * rule's `gate` (a unit ordering gate: `units at level 5 count only after 90 credits at level 4`) and a smaller
     * qualification's `grading`; and `attempts`, the rules on time and attempts (a registration's period of validity, resits per unit, a resit's
     * window, a resit's grade cap, no resit once achieved), read against a candidate's attempt history;
     * 5: `attempts.registrationCloses` (the last day a learner may be registered) and `attempts.certificationEnds`
     * (the certification end date), ISO dates, each written only when the spec says it.
     */
    public static final int MINOR = 5;
    public static final String VERSION = MAJOR + "." + MINOR;
    /** The JSON Schema of this version, as a class-path resource. */
    public static final String SCHEMA_RESOURCE = "/org/qdl/runtime/ir/qdl-ir-2.schema.json";
    /**
     * The numbers the engine keeps exactly (it counts in whole thousandths): credits, hours, counts and points up to
     * this, either way, to {@link #DECIMALS} decimal places. The compiler refuses others in a spec (Q0217), the
     * runtime in an IR.
     */
    public static final BigDecimal MAX_NUMBER = BigDecimal.valueOf(1_000_000);
    public static final int DECIMALS = 3;

    private IrFormat() {
    }
}
