package org.qdl.runtime.words;

import java.math.BigDecimal;
import java.util.List;
import org.qdl.runtime.result.Shortfall;

/**
 * "1 more unit from group C: choose from 4427-212, 4427-213", "must include one of 4427-301, 4427-302 (…)": what a
 * rule still needs, for a centre.
 */
final class ShortfallWords {
    /** A long pool is cut after this many units ("and 12 more"): the message stays one line. */
    static final int OPTIONS_SHOWN = 8;

    private ShortfallWords() {
    }

    /**
     * @param ruleText the rule as its author wrote it
     * @param scope the words after the rule's amount ({@link ScopeWords})
     */
    static String of(Shortfall s, String ruleText, String scope) {
        return switch (s.kind()) {
            case MORE -> more(s, scope);
            case INCLUDE -> (s.options().size() == 1 ? "must include " : "must include one of ")
                    + String.join(", ", s.options()) + " (" + ruleText + ")";
            case UNREACHABLE -> "no combination of this qualification's units meets its rules";
            case GRADE -> s.points() != null
                    ? "below the lowest grade, " + s.grade() + " (" + ruleText + "): the best valid combination of "
                            + "these units is worth " + s.points().toPlainString() + " points"
                    : "none of the grades is met, down to the lowest, " + s.grade() + " (" + ruleText + ")";
            // the words ResultWords keeps for a requisite: "must hold … before registering", "needs … at level 5"
            case REQUISITE -> ruleText + (s.grade() == null ? "" : ": held at level " + s.grade() + " only");
            case CLOSED -> closed(s);
        };
    }

    /** Why no unit can count any more, and (a registration ended) what was still missing when it did. */
    private static String closed(Shortfall s) {
        return switch (s.requirement()) {
            case Shortfall.REGISTRATION_CLOSED -> "registered after registration for this qualification closed on "
                    + s.date() + ": none of the learner's units counts towards it";
            case Shortfall.CERTIFICATION_ENDED -> "certification ended on " + s.date()
                    + ": no certificate for this qualification is issued after it" + (s.units() > 0
                            ? ", and no further unit can count" + needed(s.units()) : "");
            case Shortfall.UNITS_CLOSED -> "no combination of the units still open to the learner meets the rules: "
                    + s.closedUnits().stream().map(c -> c.unit() + " cannot be taken again, " + TimingWords.closedWhy(c))
                            .collect(java.util.stream.Collectors.joining("; "));
            default -> "the registration ended on " + s.date() + ": no further unit can count under it"
                    + needed(s.units());
        };
    }

    /** " (2 more units were needed)", or "" for none. */
    private static String needed(int units) {
        return units > 0 ? " (" + units + " more unit" + (units == 1 ? " was" : "s were") + " needed)" : "";
    }

    private static String more(Shortfall s, String scope) {
        List<String> options = s.options();
        int units = s.units();
        BigDecimal credits = s.credits();
        StringBuilder m = new StringBuilder(64 + 12 * Math.min(OPTIONS_SHOWN, options.size()));
        if (units > 0) {
            m.append(units).append(" more unit").append(units == 1 ? "" : "s");
        }
        if (credits.signum() > 0) {
            if (m.length() > 0) {
                m.append(" and ");
            }
            m.append(credits.toPlainString()).append(" more credit")
                    .append(credits.compareTo(BigDecimal.ONE) == 0 ? "" : "s");
        }
        if (s.hours().signum() > 0) {
            if (m.length() > 0) {
                m.append(" and ");
            }
            m.append(s.hours().toPlainString()).append(" more ").append(hoursWords(s.hoursOf()));
        }
        if (!scope.isEmpty()) {
            m.append(' ').append(scope);
        }
        if (!options.isEmpty()) {
            boolean noChoice = units > 0 && credits.signum() == 0 && s.hours().signum() == 0 && options.size() == units;
            m.append(noChoice ? ": " : ": choose from ");
            Lists.firstOf(m, options, OPTIONS_SHOWN);
        }
        return m.toString();
    }

    /** "60 more GLH", "120 more hours of TQT": the handbooks' abbreviations. */
    private static String hoursWords(Shortfall.Hours hours) {
        return switch (hours) {
            case GLH -> "GLH";
            case TQT -> "hours of TQT";
        };
    }
}
