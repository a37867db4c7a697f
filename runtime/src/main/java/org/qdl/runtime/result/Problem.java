package org.qdl.runtime.result;

/**
 * Something wrong with a candidate's input that did not stop the evaluation: codes are stable.
 * E001 unknown unit, E002 unit listed twice, E003 unknown result label, E004 unknown criterion, E005 unknown
 * rating label, E006 unknown status, E007 invalid date; E008 undecided: the exact search used up the candidate's
 * budget before it could decide (the result is marked undecided, and says nothing about the candidate's units).
 */
public record Problem(String code, String unit, String message) {
    public static final String UNKNOWN_UNIT = "E001";
    public static final String DUPLICATE_UNIT = "E002";
    public static final String UNKNOWN_RESULT = "E003";
    public static final String UNKNOWN_CRITERION = "E004";
    public static final String UNKNOWN_RATING = "E005";
    public static final String UNKNOWN_STATUS = "E006";
    public static final String INVALID_DATE = "E007";
    public static final String UNDECIDED = "E008";
}
