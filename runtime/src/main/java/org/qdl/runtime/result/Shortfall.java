package org.qdl.runtime.result;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What one requirement still needs, as facts for a renderer to word.
 *
 * @param requirement the rule's stable id ("" for {@link Kind#UNREACHABLE}, {@link #GRADING} for {@link Kind#GRADE})
 * @param kind what is missing
 * @param units for {@link Kind#MORE}: how many more units (the least that would do), else 0
 * @param credits for {@link Kind#MORE}: how many more credits (the least that would do), else 0
 * @param options the units that could fill it, in the spec's order: for {@link Kind#INCLUDE}, the units the rule
 *     must include one of
 * @param grade for {@link Kind#GRADE}: the lowest grade, the one the learner falls short of; for {@link
 *     Kind#REQUISITE}, the level a component is held at when it is below the level asked; else null
 * @param points for {@link Kind#GRADE} with a points table: the most points a valid combination of the learner's
 *     units is worth; else null
 * @param hours for {@link Kind#MORE} of a rule on hours: how many more hours of {@code hoursOf} (the least that
 *     would do), else 0
 * @param hoursOf which hours {@code hours} counts, or null
 * @param date for {@link Kind#CLOSED}: the day the registration closed, the certification ended or the learner's
 *     registration ended (ISO); else null
 * @param closedUnits for {@link Kind#CLOSED} with requirement {@link #UNITS_CLOSED}: the closed units that stand in
 *     the way, each with why it is closed; else empty
 */
public record Shortfall(String requirement, Kind kind, int units, BigDecimal credits, List<String> options,
        String grade, BigDecimal points, BigDecimal hours, Hours hoursOf, String date, List<ClosedUnit> closedUnits) {

    /** The requirement of a {@link Kind#CLOSED} shortfall for a learner registered after the registration closed. */
    public static final String REGISTRATION_CLOSED = "registration-closed";
    /** The requirement of a {@link Kind#CLOSED} shortfall evaluated after the certification end date. */
    public static final String CERTIFICATION_ENDED = "certification-ended";
    /** The requirement of a {@link Kind#CLOSED} shortfall for a learner whose registration has ended. */
    public static final String REGISTRATION_ENDED = "registration-ended";
    /**
     * The requirement of a {@link Kind#CLOSED} shortfall where units closed to the learner on their own (resits used
     * up, a resit window passed) leave no combination of the open units that meets the rules.
     */
    public static final String UNITS_CLOSED = "units-closed";

    public Shortfall(String requirement, Kind kind, int units, BigDecimal credits, List<String> options,
            String grade, BigDecimal points, BigDecimal hours, Hours hoursOf) {
        this(requirement, kind, units, credits, options, grade, points, hours, hoursOf, null, List.of());
    }

    public Shortfall(String requirement, Kind kind, int units, BigDecimal credits, List<String> options,
            String grade, BigDecimal points, BigDecimal hours, Hours hoursOf, String date) {
        this(requirement, kind, units, credits, options, grade, points, hours, hoursOf, date, List.of());
    }

    /** The requirement of a {@link Kind#GRADE} shortfall: the qualification's grading. */
    public static final String GRADING = "grading";

    public Shortfall {
        options = UnitRefs.immutable(options);
        closedUnits = List.copyOf(closedUnits);
        hours = hours == null ? BigDecimal.ZERO : hours;
    }

    public Shortfall(String requirement, Kind kind, int units, BigDecimal credits, List<String> options,
            BigDecimal hours, Hours hoursOf) {
        this(requirement, kind, units, credits, options, null, null, hours, hoursOf);
    }

    /** Hours a rule can count instead of credits: guided learning hours, total qualification time. */
    public enum Hours {
        GLH("glh"), TQT("tqt");

        private final String field;

        Hours(String field) {
            this.field = field;
        }

        /** The name of the field in JSON, and the spec's word: `glh`, `tqt`. */
        public String field() {
            return field;
        }
    }

    public Shortfall(String requirement, Kind kind, int units, BigDecimal credits, List<String> options) {
        this(requirement, kind, units, credits, options, null, null, BigDecimal.ZERO, null);
    }

    /** Units that meet the rules but none of the grades, where the grading says `otherwise not achieved`. */
    public static Shortfall belowGrade(String lowestGrade, BigDecimal points) {
        return new Shortfall(GRADING, Kind.GRADE, 0, BigDecimal.ZERO, List.of(), lowestGrade, points, BigDecimal.ZERO, null);
    }

    public enum Kind {
        /** more units and/or credits from the rule's units */
        MORE,
        /** the rule must include one of {@code options} */
        INCLUDE,
        /** no combination of the qualification's units meets its rules, whatever the candidate adds */
        UNREACHABLE,
        /**
         * the learner's units meet the rules but none of the grades, and the grading says `otherwise not achieved`
         * (BTEC International: below the Pass threshold the qualification is not achieved)
         */
        GRADE,
        /**
         * a qualification the learner must hold before registering, or a component outside the qualification's units
         * (a co-requisite), not held ({@code requirement}: its id); {@code grade}: for a component held below the
         * level asked, the level it is held at, else null
         */
        REQUISITE,
        /**
         * no unit can count towards the qualification any more ({@code requirement}: {@link #REGISTRATION_CLOSED},
         * {@link #CERTIFICATION_ENDED} or {@link #REGISTRATION_ENDED}; {@code date}: the day it closed or ended;
         * {@code units}: for a registration ended, the units that would still have been needed, else 0); or, with
         * {@link #UNITS_CLOSED}, units closed to the learner on their own stand in the way ({@code closedUnits})
         */
        CLOSED
    }

    /**
     * No unit can count any more: {@code why} one of {@link #REGISTRATION_CLOSED}, {@link #CERTIFICATION_ENDED},
     * {@link #REGISTRATION_ENDED}; {@code unitsShort} the units that would still have been needed (0 when none or
     * not known).
     */
    public static Shortfall closed(String why, String date, int unitsShort) {
        return new Shortfall(why, Kind.CLOSED, unitsShort, BigDecimal.ZERO, List.of(), null, null, BigDecimal.ZERO,
                null, date);
    }

    /**
     * No combination of the units still open to the learner meets the rules: these closed units stand in the way (the
     * closed units the nearest combination would need, were they open).
     */
    public static Shortfall unitsClosed(List<ClosedUnit> inTheWay) {
        return new Shortfall(UNITS_CLOSED, Kind.CLOSED, 0, BigDecimal.ZERO, List.of(), null, null, BigDecimal.ZERO,
                null, null, inTheWay);
    }

    /*
     * equals and hashCode written out: a result writer keys its words by shortfall, and a record's own are
     * method-handle chains that the JVM turns into classes and compiles on every run of a few seconds.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Shortfall s && units == s.units && kind == s.kind
                && Objects.equals(requirement, s.requirement) && Objects.equals(credits, s.credits)
                && Objects.equals(options, s.options) && Objects.equals(grade, s.grade)
                && Objects.equals(points, s.points) && Objects.equals(hours, s.hours) && hoursOf == s.hoursOf
                && Objects.equals(date, s.date) && Objects.equals(closedUnits, s.closedUnits);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(requirement);
        h = 31 * h + Objects.hashCode(kind);
        h = 31 * h + units;
        h = 31 * h + Objects.hashCode(credits);
        h = 31 * h + Objects.hashCode(options);
        h = 31 * h + Objects.hashCode(grade);
        h = 31 * h + Objects.hashCode(points);
        h = 31 * h + Objects.hashCode(hours);
        h = 31 * h + Objects.hashCode(hoursOf);
        h = 31 * h + Objects.hashCode(date);
        return 31 * h + Objects.hashCode(closedUnits);
    }

    /** A prerequisite or co-requisite not held, or (a component) held only at {@code heldLevel}. */
    public static Shortfall requisite(String id, String heldLevel) {
        return new Shortfall(id, Kind.REQUISITE, 0, BigDecimal.ZERO, List.of(), heldLevel, null, BigDecimal.ZERO, null);
    }
}
