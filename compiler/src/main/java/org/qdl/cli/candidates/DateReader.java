package org.qdl.cli.candidates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates of one file as ISO dates. An ISO date stays as it is; `14/03/2024` (or with dots or dashes) is
 * read day first or month first as {@code --date-format} says, or, by default, as the file's own dates settle it:
 * a first number above 12 means day first, a second one above 12 month first. A date that still reads as two
 * days is never guessed: it is ambiguous, reported on its row (E010) and ignored.
 */
final class DateReader {
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})");

    private final DateOrder order;
    /** The date that settled the order of a file read with {@link DateOrder#AUTO}, if one did. */
    private final String settledBy;

    private DateReader(DateOrder order, String settledBy) {
        this.order = order;
        this.settledBy = settledBy;
    }

    /** The reader for a file whose date values are {@code dates}, read as {@code asked}. */
    static DateReader of(DateOrder asked, Iterable<String> dates) {
        if (asked != DateOrder.AUTO) {
            return new DateReader(asked, null);
        }
        String dayFirst = null;
        String monthFirst = null;
        for (String d : dates) {
            Matcher m = NUMERIC.matcher(d.strip());
            if (m.matches()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(3));
                if (a > 12 && b <= 12 && dayFirst == null) {
                    dayFirst = d.strip();
                } else if (b > 12 && a <= 12 && monthFirst == null) {
                    monthFirst = d.strip();
                }
            }
        }
        if (dayFirst != null && monthFirst == null) {
            return new DateReader(DateOrder.DAY_FIRST, dayFirst);
        }
        if (monthFirst != null && dayFirst == null) {
            return new DateReader(DateOrder.MONTH_FIRST, monthFirst);
        }
        return new DateReader(DateOrder.AUTO, null);
    }

    /** "dates read day first (dd/mm/yyyy), as `14/03/2024` shows", when the file settled it. */
    Optional<String> note() {
        return settledBy == null ? Optional.empty() : Optional.of("dates read " + (order == DateOrder.DAY_FIRST
                ? "day first" : "month first") + " (" + order + "), as `" + settledBy + "` shows; say otherwise "
                + "with --date-format");
    }

    /**
     * The ISO date {@code raw} means; {@code raw} itself when it is not a date this reader reads (the engine then
     * reports it as not a date, E007); null when it reads as two different days.
     */
    String iso(String raw) {
        Matcher m = NUMERIC.matcher(raw.strip());
        if (!m.matches() || order == DateOrder.ISO) {
            return raw;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        int year = Integer.parseInt(m.group(4));
        return switch (order) {
            case DAY_FIRST -> date(year, b, a).orElse(raw);
            case MONTH_FIRST -> date(year, a, b).orElse(raw);
            default -> {
                Optional<String> dayFirst = date(year, b, a);
                Optional<String> monthFirst = date(year, a, b);
                if (dayFirst.isPresent() && monthFirst.isPresent() && !dayFirst.equals(monthFirst)) {
                    yield null;
                }
                yield dayFirst.or(() -> monthFirst).orElse(raw);
            }
        };
    }

    /** The two days an ambiguous date can be, day first then month first, as ISO dates. */
    List<String> readings(String raw) {
        Matcher m = NUMERIC.matcher(raw.strip());
        if (!m.matches()) {
            return List.of();
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        int year = Integer.parseInt(m.group(4));
        return List.of(date(year, b, a).orElseThrow(), date(year, a, b).orElseThrow());
    }

    private static Optional<String> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
