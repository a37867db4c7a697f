package org.qdl.runtime.words;

import java.util.Arrays;
import org.qdl.runtime.candidate.Status;
import org.qdl.runtime.result.Problem;
import org.qdl.runtime.text.Labels;

/** The message for a problem with a candidate's input: what was given, where, and what the engine did about it. */
final class ProblemWords {
    /** "achieved, planned, exempt or rpl": from the statuses themselves, so a new one is named too. */
    private static final String STATUSES = Lists.or(Arrays.stream(Status.values()).map(Status::word).toList());

    private ProblemWords() {
    }

    static String of(Problem p) {
        String unit = "unit " + Lists.quoted(p.unit());
        return switch (p.kind()) {
            case UNKNOWN_UNIT -> unit + " is not part of this qualification" + hint(p);
            case DUPLICATE_UNIT -> unit + " is listed more than once; it counts once";
            case DUPLICATE_UNIT_LATER_USED -> unit + " is listed more than once; it counts once"
                    + " (the later, achieved entry is used)";
            case RESULT_WITHOUT_SCALE -> unit + " has no grading scale, so its result " + Lists.quoted(p.given())
                    + " cannot be judged; it is not counted";
            case UNKNOWN_RESULT -> unit + " has result " + Lists.quoted(p.given()) + ", which is not on its scale ("
                    + String.join(", ", p.choices()) + "); it is not counted"
                    + DidYouMeanWords.question(Labels.meant(p.given(), p.choices())).map(q -> "; " + q).orElse("");
            case RATINGS_WITHOUT_SCALE -> unit + " has no criterion scale, so its criterion ratings are ignored";
            case UNKNOWN_CRITERION -> unit + " has no criterion " + Lists.quoted(p.criterion())
                    + "; its rating is ignored" + hint(p);
            case UNKNOWN_RATING -> "criterion " + Lists.quoted(p.criterion()) + " of " + unit + " is rated "
                    + Lists.quoted(p.given()) + ", which is not on its scale (" + String.join(", ", p.choices())
                    + "); it is taken as " + p.takenAs();
            case UNKNOWN_STATUS -> unit + " has status " + Lists.quoted(p.given()) + "; a status is " + STATUSES;
            case INVALID_DATE -> unit + " has date " + Lists.quoted(p.given())
                    + ", which is not a date like 2024-06-30; the date is ignored";
            case UNDECIDED -> "could not decide within the search budget of " + p.given() + " steps: the rules let "
                    + "this candidate's units combine in too many ways to try them all; give a larger budget "
                    + "(--search-steps) to decide";
            case UNREADABLE_ROW -> "the row at line " + p.line() + (p.unit() == null ? "" : " (" + unit + ")")
                    + " could not be read: " + p.given() + "; it is left out";
            case AMBIGUOUS_DATE -> (p.unit() == null ? "a" : unit + " has") + " date " + Lists.quoted(p.given())
                    + ", which could be " + Lists.or(p.choices()) + "; the date is ignored (say which with "
                    + "--date-format dd/mm/yyyy or mm/dd/yyyy)";
            case MARK_OUT_OF_RANGE -> unit + " has mark " + Lists.quoted(p.given()) + ", which is not a mark from " + String.join(" to ", p.choices())
                    + " (or a percentage to 100%); it is not counted";
            case SIMILAR_ID -> "candidate " + Lists.quoted(p.given()) + " has an id that differs from this one only "
                    + "in case; they are evaluated as two candidates";
            case REQUISITE_LEVEL_UNKNOWN -> Lists.quoted(p.unit()) + " is given at level " + Lists.quoted(p.given())
                    + ", which is not a level of the framework (" + String.join(", ", p.choices())
                    + "); it is not counted at any level";
            case REQUISITE_LEVEL_MISSING -> Lists.quoted(p.unit()) + " is required at a level, and its row gives none "
                    + "(write the level achieved as its result, such as 5); it is not counted at any level";
            case REGISTRATION_CONFLICT -> "registered on " + p.given() + " on line " + p.line() + " but on "
                    + String.join(", ", p.choices()) + " before: the registration date is left out, so the rules on "
                    + "registration were not checked";
            case BEFORE_GATEWAY -> unit + " was taken on " + p.given() + ", before the gateway to assessment was met on " + p.choices().get(0)
                    + "; an assessment taken before the gateway does not count";
        };
    }

    /**
     * The message after where in the input the row it is about is, as a compiler places an error: "orders.csv:1234:
     * unit `4427-999` is not part of this qualification". {@code input} names the input ("orders.csv", "<stdin>"); a
     * problem whose place is not known, or whose message says its line itself (a row that could not be read, a
     * second registration date), is the message alone.
     */
    static String at(Problem p, String input) {
        boolean placed = p.line() > 0 && p.kind() != Problem.Kind.UNREADABLE_ROW
                && p.kind() != Problem.Kind.REGISTRATION_CONFLICT;
        return placed ? input + ":" + p.line() + ": " + of(p) : of(p);
    }

    private static String hint(Problem p) {
        return DidYouMeanWords.question(p.choices()).map(q -> "; " + q).orElse("");
    }
}
