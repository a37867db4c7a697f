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
        return appendTo(new StringBuilder(), p).toString();
    }

    /**
     * The message, appended to {@code out}: the one wording {@link #of} and {@link #at} give, written piece by piece so
     * that a results file's problems cell is made without a string for each piece (a tenth of a run's allocation).
     */
    static StringBuilder appendTo(StringBuilder out, Problem p) {
        return switch (p.kind()) {
            case UNKNOWN_UNIT -> hint(unit(out, p).append(" is not part of this qualification"), p);
            case DUPLICATE_UNIT -> unit(out, p).append(" is listed more than once; it counts once");
            case DUPLICATE_UNIT_LATER_USED -> unit(out, p).append(" is listed more than once; it counts once")
                    .append(" (the later, achieved entry is used)");
            case RESULT_WITHOUT_SCALE -> quoted(unit(out, p).append(" has no grading scale, so its result "), p.given())
                    .append(" cannot be judged; it is not counted");
            case UNKNOWN_RESULT -> {
                quoted(unit(out, p).append(" has result "), p.given()).append(", which is not on its scale (")
                        .append(String.join(", ", p.choices())).append("); it is not counted");
                DidYouMeanWords.question(Labels.meant(p.given(), p.choices()))
                        .ifPresent(q -> out.append("; ").append(q));
                yield out;
            }
            case RATINGS_WITHOUT_SCALE -> unit(out, p)
                    .append(" has no criterion scale, so its criterion ratings are ignored");
            case UNKNOWN_CRITERION -> hint(quoted(unit(out, p).append(" has no criterion "), p.criterion())
                    .append("; its rating is ignored"), p);
            case UNKNOWN_RATING -> quoted(unit(quoted(out.append("criterion "), p.criterion()).append(" of "), p)
                    .append(" is rated "), p.given()).append(", which is not on its scale (")
                    .append(String.join(", ", p.choices())).append("); it is taken as ").append(p.takenAs());
            case UNKNOWN_STATUS -> quoted(unit(out, p).append(" has status "), p.given()).append("; a status is ")
                    .append(STATUSES);
            case INVALID_DATE -> quoted(unit(out, p).append(" has date "), p.given())
                    .append(", which is not a date like 2024-06-30; the date is ignored");
            case UNDECIDED -> out.append("could not decide within the search budget of ").append(p.given())
                    .append(" steps: the rules let this candidate's units combine in too many ways to try them all; ")
                    .append("give a larger budget (--search-steps) to decide");
            case UNREADABLE_ROW -> {
                out.append("the row at line ").append(p.line());
                if (p.unit() != null) {
                    unit(out.append(" ("), p).append(')');
                }
                yield out.append(" could not be read: ").append(p.given()).append("; it is left out");
            }
            case AMBIGUOUS_DATE -> quoted((p.unit() == null ? out.append("a") : unit(out, p).append(" has"))
                    .append(" date "), p.given()).append(", which could be ").append(Lists.or(p.choices()))
                    .append("; the date is ignored (say which with --date-format dd/mm/yyyy or mm/dd/yyyy)");
            case MARK_OUT_OF_RANGE -> quoted(unit(out, p).append(" has mark "), p.given())
                    .append(", which is not a mark from ").append(String.join(" to ", p.choices()))
                    .append(" (or a percentage to 100%); it is not counted");
            case SIMILAR_ID -> quoted(out.append("candidate "), p.given())
                    .append(" has an id that differs from this one only in case; they are evaluated as two candidates");
            case REQUISITE_LEVEL_UNKNOWN -> quoted(quoted(out, p.unit()).append(" is given at level "), p.given())
                    .append(", which is not a level of the framework (").append(String.join(", ", p.choices()))
                    .append("); it is not counted at any level");
            case REQUISITE_LEVEL_MISSING -> quoted(out, p.unit()).append(" is required at a level, and its row gives ")
                    .append("none (write the level achieved as its result, such as 5); it is not counted at any level");
            case REGISTRATION_CONFLICT -> out.append("registered on ").append(p.given()).append(" on line ")
                    .append(p.line()).append(" but on ").append(String.join(", ", p.choices()))
                    .append(" before: the registration date is left out, so the rules on registration were ")
                    .append("not checked");
            case BEFORE_GATEWAY -> unit(out, p).append(" was taken on ").append(p.given())
                    .append(", before the gateway to assessment was met on ").append(p.choices().get(0))
                    .append("; an assessment taken before the gateway does not count");
        };
    }

    /**
     * The message after where in the input the row it is about is, as a compiler places an error: "orders.csv:1234:
     * unit `4427-999` is not part of this qualification". {@code input} names the input ("orders.csv", "<stdin>"); a
     * problem whose place is not known, or whose message says its line itself (a row that could not be read, a
     * second registration date), is the message alone.
     */
    static String at(Problem p, String input) {
        return appendAt(new StringBuilder(), p, input).toString();
    }

    /** The same, appended to {@code out}. */
    static StringBuilder appendAt(StringBuilder out, Problem p, String input) {
        boolean placed = p.line() > 0 && p.kind() != Problem.Kind.UNREADABLE_ROW
                && p.kind() != Problem.Kind.REGISTRATION_CONFLICT;
        if (placed) {
            out.append(input).append(':').append(p.line()).append(": ");
        }
        return appendTo(out, p);
    }

    /** "unit `4427-301`". */
    private static StringBuilder unit(StringBuilder out, Problem p) {
        return quoted(out.append("unit "), p.unit());
    }

    /** `name`, as {@link Lists#quoted} writes it. */
    private static StringBuilder quoted(StringBuilder out, String name) {
        return out.append('`').append(name).append('`');
    }

    private static StringBuilder hint(StringBuilder out, Problem p) {
        DidYouMeanWords.question(p.choices()).ifPresent(q -> out.append("; ").append(q));
        return out;
    }
}
