package org.qdl.runtime.result;

import java.util.List;

/**
 * Something wrong with a candidate's input that did not stop the evaluation, as facts for a renderer to word.
 *
 * @param kind what is wrong; its {@link Kind#code() code} is stable
 * @param unit the unit's reference (as given, when it is not part of the qualification)
 * @param criterion the criterion as given, for {@link Kind#UNKNOWN_CRITERION} and {@link Kind#UNKNOWN_RATING}
 * @param given the value as given: the result, status, date or rating
 * @param choices the names nearest a misspelt unit or criterion worth offering (see
 *     {@link org.qdl.runtime.text.Spelling#offered}), or the labels of the scale a result or rating is not on
 * @param takenAs for {@link Kind#UNKNOWN_RATING}: the label the criterion is taken as instead
 * @param line where in the input the row or record it is about starts: a line of a CSV, JSON or JSON Lines file,
 *     a row of a sheet (0 when not known, as for a candidate not read from a file)
 */
public record Problem(Kind kind, String unit, String criterion, String given, List<String> choices, String takenAs,
        long line) {

    public Problem {
        choices = List.copyOf(choices);
    }

    public Problem(Kind kind, String unit, String criterion, String given, List<String> choices, String takenAs) {
        this(kind, unit, criterion, given, choices, takenAs, 0);
    }

    /** A problem about a unit alone. */
    public static Problem of(Kind kind, String unit) {
        return new Problem(kind, unit, null, null, List.of(), null);
    }

    /** The same problem, about the row or record at {@code where} in the input (this one when that is 0, not known). */
    public Problem at(long where) {
        return where == 0 || where == line ? this : new Problem(kind, unit, criterion, given, choices, takenAs, where);
    }

    public String code() {
        return kind.code();
    }

    /** Several kinds can share a code: the code names the problem, the kind also says what the engine did. */
    public enum Kind {
        /** the unit is not part of the qualification */
        UNKNOWN_UNIT("E001"),
        /** the unit is listed more than once; it counts once */
        DUPLICATE_UNIT("E002"),
        /** likewise, and the later (achieved) entry is the one used */
        DUPLICATE_UNIT_LATER_USED("E002"),
        /** a result for a unit that has no grading scale: the unit is not counted */
        RESULT_WITHOUT_SCALE("E003"),
        /** a result not on the unit's scale: the unit is not counted */
        UNKNOWN_RESULT("E003"),
        /** criterion ratings for a unit that has no criterion scale: they are ignored */
        RATINGS_WITHOUT_SCALE("E004"),
        /** a criterion the unit does not have: its rating is ignored */
        UNKNOWN_CRITERION("E004"),
        /** a rating not on the unit's criterion scale: the criterion takes the scale's default */
        UNKNOWN_RATING("E005"),
        /** a status other than achieved, planned, exempt or rpl: the unit is not counted */
        UNKNOWN_STATUS("E006"),
        /** a date that is not a date: it is ignored */
        INVALID_DATE("E007"),
        /**
         * the exact search used up the candidate's budget ({@code given}: its steps) before it could decide: the
         * result is marked undecided and says nothing about the candidate's units
         */
        UNDECIDED("E008"),
        /**
         * a row of the candidate's that could not be read was left out (with --skip-bad-rows): {@code given} says
         * what is wrong with it, {@code line} where it is, {@code unit} its unit if it has one
         */
        UNREADABLE_ROW("E009"),
        /**
         * a date that reads as two different days (`03/04/2024`): it is ignored; {@code choices} are the two
         * readings as ISO dates, day first
         */
        AMBIGUOUS_DATE("E010"),
        /**
         * another candidate's id differs from this one only in case ({@code given}: that id): they are evaluated as
         * two candidates
         */
        SIMILAR_ID("E011"),
        /**
         * a mark outside the unit's scale of marks (below 0, above its marks, above 100%): the unit is not counted;
         * {@code given} the mark as given, {@code choices} the least and the most marks, {@code line} where it is
         */
        MARK_OUT_OF_RANGE("E012"),
        /**
         * a row for a required component gives a level ({@code given}) that is not a level of the framework: the
         * component is not held at any level; {@code choices} are the framework's levels
         */
        REQUISITE_LEVEL_UNKNOWN("E018"),
        /** a row for a component required at a level gives no level (no result): it is not held at any level */
        REQUISITE_LEVEL_MISSING("E019"),
        /**
         * (read with bad rows skipped) the learner's rows give two registration dates, {@code given} the later row's
         * and {@code choices} the first's, {@code line} the later row's: the registration date is left out, so the
         * rules on registration are not checked for them
         */
        REGISTRATION_CONFLICT("E017"),
        /**
         * a unit's attempt ({@code given}: its date) that would have counted was taken before the end-point
         * assessment's gateway was met ({@code choices}: that day, ISO): it does not count
         */
        BEFORE_GATEWAY("E020");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
