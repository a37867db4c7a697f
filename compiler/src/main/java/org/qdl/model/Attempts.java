package org.qdl.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.qdl.syntax.Span;

/**
 * The qualification's rules on time and attempts, checked: how long a registration lasts, how many resits of a unit
 * count, the window a resit must fall in, the grade a resit is capped at, whether a unit once achieved may be
 * resat, the last day a learner may be registered and the certification end date. A candidate's attempt history is
 * read against them; each is absent when the spec does not say it.
 *
 * @param registrationCloses the last day a learner may be registered (`registration closes 2025-08-31`)
 * @param certificationEnds the certification end date (`certification ends 2027-08-31`): no unit achieved after it
 *     counts, and no certificate is issued after it
 */
public record Attempts(Optional<Period> registrationValid, Optional<Integer> resitsPerUnit,
        Optional<Period> resitWithin, Optional<String> resitCap, boolean noResitOnceAchieved,
        Optional<LocalDate> registrationCloses, Optional<LocalDate> certificationEnds, Span span) {

    /** Rules with no dates of the qualification's own. */
    public Attempts(Optional<Period> registrationValid, Optional<Integer> resitsPerUnit, Optional<Period> resitWithin,
            Optional<String> resitCap, boolean noResitOnceAchieved, Span span) {
        this(registrationValid, resitsPerUnit, resitWithin, resitCap, noResitOnceAchieved, Optional.empty(),
                Optional.empty(), span);
    }

    /** A length of time: `3 years`. */
    public record Period(int count, Unit unit) {
        public enum Unit {
            DAYS("day"), WEEKS("week"), MONTHS("month"), YEARS("year");

            private final String word;

            Unit(String word) {
                this.word = word;
            }

            /** The unit a word names (`years`, `year`, `Weeks`), if any. */
            public static Optional<Unit> of(String word) {
                String w = word.toLowerCase(Locale.ROOT);
                for (Unit u : values()) {
                    if (w.equals(u.word) || w.equals(u.word + "s")) {
                        return Optional.of(u);
                    }
                }
                return Optional.empty();
            }
        }

        /** "3 years", "1 week". */
        public String words() {
            return count + " " + unit.word + (count == 1 ? "" : "s");
        }
    }
}
